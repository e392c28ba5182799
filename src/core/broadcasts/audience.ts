// Who an announcement goes to: the people its audience names, each reached once, on one account. The account is
// the one the person chose (/reach), else the one they last wrote from; blocked accounts are passed over. People
// with no usable account are still recipients, marked unreachable, so the report counts and names them. When a
// send fails for good on one account (blocked, refused, out of retries), the outbox asks here for the next one.

import { isLocale } from "../../kernel/locale";
import { PLATFORMS, type Platform } from "../../kernel/platform";
import type { Account, Person } from "../directory/types";
import type { BroadcastContext } from "./context";
import type { Audience, Delivery, Recipient, Unreachable } from "./types";

/** Where a person wants announcements, and where they last wrote from. */
export type Reach = Pick<Person, "preferredPlatform" | "lastPlatform">;

/** A person's usable accounts, best first: their chosen platform, then the last used, then PLATFORMS order. */
export function rankAccounts(accounts: Account[], reach: Reach): Account[] {
  const rank = (a: Account) => [
    a.platform === reach.preferredPlatform ? 0 : 1,
    a.platform === reach.lastPlatform ? 0 : 1,
    PLATFORMS.indexOf(a.platform),
  ];
  return accounts
    .filter((a) => !a.blockedAt)
    .sort((a, b) => {
      const [ra, rb] = [rank(a), rank(b)];
      for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return (ra[i] as number) - (rb[i] as number);
      return 0;
    });
}

/**
 * The account to try next for a person: never a blocked one or one of a platform already tried (see rankAccounts).
 * When none is left, why: every account blocked, or none at all.
 */
export function chooseAccount(accounts: Account[], reach: Reach, tried: readonly Platform[] = []): Account | { unreachable: Unreachable } {
  const open = accounts.filter((a) => !tried.includes(a.platform));
  const best = rankAccounts(open, reach)[0];
  if (best) return best;
  return { unreachable: accounts.some((a) => a.blockedAt) ? "blocked" : "no-account" };
}

export function createAudience(ctx: BroadcastContext) {
  const { repo, directory } = ctx;

  function peopleOf(audience: Exclude<Audience, { kind: "chats" }>): Person[] {
    // the whole roster in one query, in unit order (issue 22: per-unit queries made 50,000 people slow)
    const byUnit = directory.activeByUnit();
    const active = directory.units().flatMap((u) => byUnit.get(u.id) ?? []);
    switch (audience.kind) {
      case "everyone":
        return active;
      case "units":
        return active.filter((p) => audience.unitIds.includes(p.unitId));
      case "roles":
        return active.filter((p) => p.roles.some((r) => audience.roles.includes(r)));
      case "not-pledged": {
        const missing = new Set(ctx.pledges.unpledged(audience.campaignId).map((p) => p.id));
        return active.filter((p) => missing.has(p.id));
      }
      case "pending-reviewers":
        return active.filter((p) => p.roles.includes("unit_head") && ctx.pledges.reviewQueue(p).length > 0);
    }
  }

  /** One recipient per person, reachable or not. */
  function personRecipient(person: Person, accounts = directory.accountsOf(person.id)): Recipient {
    const choice = chooseAccount(accounts, person);
    const reach = "unreachable" in choice ? { platform: null, externalId: null, unreachable: choice.unreachable } : { ...choice, unreachable: null };
    return {
      personId: person.id,
      chatId: null,
      unitId: person.unitId,
      platform: reach.platform,
      externalId: reach.externalId,
      locale: person.locale && isLocale(person.locale) ? person.locale : ctx.defaultLocale,
      unreachable: reach.unreachable,
    };
  }

  return {
    /** Everyone the audience names: each person once; each registered chat once. */
    recipients(audience: Audience): Recipient[] {
      if (audience.kind === "chats") {
        return repo.chats().map((c) => ({
          personId: null,
          chatId: c.id,
          unitId: null,
          platform: c.platform,
          externalId: c.externalId,
          locale: ctx.defaultLocale,
          unreachable: null,
        }));
      }
      // every account in one query rather than one per person
      const accounts = directory.accountsByPerson();
      return peopleOf(audience).map((person) => personRecipient(person, accounts.get(person.id) ?? []));
    },
    personRecipient,

    /**
     * Moves a person's delivery that failed for good to their next account (that platform's queue picks it up);
     * false when there is none (a group chat's row, or every account tried or blocked): the caller records the
     * failure, with the reason of the last attempt.
     */
    fallback(delivery: Delivery, reason: string): boolean {
      if (delivery.personId === null) return false;
      const person = directory.getPerson(delivery.personId);
      const tried: Platform[] = [...delivery.tried, delivery.platform];
      const next = chooseAccount(directory.accountsOf(person.id), person, tried);
      if ("unreachable" in next) return false;
      repo.reroute(delivery.id, next, tried, reason);
      return true;
    },
  };
}

export type AudienceResolver = ReturnType<typeof createAudience>;
