// Which account reaches a person, and why none does. Only a platform the bot runs on now can carry a message (a row
// for Telegram on a Zalo-only deployment would wait for ever), so a person's accounts are ranked among the running
// platforms: the one they chose (/reach), the one they last wrote from, then PLATFORMS order; blocked accounts and
// platforms already tried are passed over. A person reachable nowhere is told apart by why: they never wrote to
// the bot where it runs, their accounts are all on platforms it does not run, or they blocked it. Announcements
// (./audience.ts) and notifications (src/wiring/notifications.ts) choose the same way.

import { PLATFORMS, type Platform } from "../../kernel/platform";
import type { Account, Person } from "../directory/types";

/** Where a person wants announcements, and where they last wrote from. */
export type Reach = Pick<Person, "preferredPlatform" | "lastPlatform">;

/** Why a person gets no message: see UnreachableReason. */
export const UNREACHABLE_KINDS = ["no-account", "platform-off", "blocked"] as const;
export type Unreachable = (typeof UNREACHABLE_KINDS)[number];

/**
 * Why a person gets no message, with the platforms it is about: "no-account", the platforms running where they
 * never wrote to the bot; "platform-off", the platforms of their accounts, none of which runs; "blocked", the
 * platforms whose account told the bot it may not write (a block, or a platform refusing for good).
 */
export interface UnreachableReason {
  kind: Unreachable;
  platforms: Platform[];
}

/** The platforms the bot runs on now; until the runtime says (tests, the CLI), every platform. */
export interface RunningPlatforms {
  has(platform: Platform): boolean;
  list(): Platform[];
  /** Said once at start by the runtime: the platforms with an outbox worker. */
  set(platforms: readonly Platform[]): void;
}

export function createRunningPlatforms(): RunningPlatforms {
  let running: Platform[] | null = null;
  return {
    has: (platform) => running === null || running.includes(platform),
    list: () => running ?? [...PLATFORMS],
    set(platforms) {
      running = PLATFORMS.filter((p) => platforms.includes(p));
    },
  };
}

/** A person's accounts that can be used now, best first (the chosen platform, the last used, PLATFORMS order). */
export function rankAccounts(accounts: Account[], reach: Reach, running: (platform: Platform) => boolean = () => true): Account[] {
  const rank = (a: Account) => [
    a.platform === reach.preferredPlatform ? 0 : 1,
    a.platform === reach.lastPlatform ? 0 : 1,
    PLATFORMS.indexOf(a.platform),
  ];
  return accounts
    .filter((a) => !a.blockedAt && running(a.platform))
    .sort((a, b) => {
      const [ra, rb] = [rank(a), rank(b)];
      for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return (ra[i] as number) - (rb[i] as number);
      return 0;
    });
}

export interface ChooseOptions {
  /** The platforms the bot runs on; by default every one. */
  running?: RunningPlatforms;
  /** Platforms already tried for this delivery, each failed for good. */
  tried?: readonly Platform[];
}

/** The account to try next for a person, or why there is none. */
export function chooseAccount(accounts: Account[], reach: Reach, options: ChooseOptions = {}): Account | { unreachable: UnreachableReason } {
  const tried = options.tried ?? [];
  const running = options.running ?? createRunningPlatforms();
  const best = rankAccounts(
    accounts.filter((a) => !tried.includes(a.platform)),
    reach,
    running.has,
  )[0];
  if (best) return best;
  const live = accounts.filter((a) => running.has(a.platform));
  const blocked = live.filter((a) => a.blockedAt || tried.includes(a.platform));
  const named = (some: Account[]) => PLATFORMS.filter((p) => some.some((a) => a.platform === p));
  if (blocked.length > 0) return { unreachable: { kind: "blocked", platforms: named(blocked) } };
  if (accounts.length > 0) return { unreachable: { kind: "platform-off", platforms: named(accounts) } };
  return { unreachable: { kind: "no-account", platforms: running.list() } };
}

/** How a reason is kept in a delivery row's `error`: "platform-off:telegram,console". */
export function reasonCode(reason: UnreachableReason): string {
  return reason.platforms.length > 0 ? `${reason.kind}:${reason.platforms.join(",")}` : reason.kind;
}

/** A row's stored `error` read back as a reason, or null when it is a platform's own error code (http-400 …). */
export function parseReason(error: string | null): UnreachableReason | null {
  if (error === null) return null;
  const [kind = "", list = ""] = error.split(":", 2);
  if (!(UNREACHABLE_KINDS as readonly string[]).includes(kind)) return null;
  const platforms = list.split(",").filter((p): p is Platform => (PLATFORMS as readonly string[]).includes(p));
  return { kind: kind as Unreachable, platforms };
}
