// Abuse control that cannot identify anyone later: counts live in SQLite (shared by every process, kept across a
// restart) under a hash keyed with a secret of the day (see AbuseCounters), never under the sender's id, and
// with no time finer than the day. Wrong receipt codes are counted by ../code-guard.ts.
import { DateTime } from "luxon";
import type { PlatformIdentity } from "../../kernel/platform";
import type { Clock } from "../../kernel/ports";
import { createCodeGuard } from "../code-guard";
import type { AbuseCounters } from "../ports";

export const WRONG_CODE_LIMIT = 20;

export function createSenderGuard(deps: { clock: Clock; dailyLimit: number; timezone: string; counters: AbuseCounters }) {
  const codes = createCodeGuard({ ...deps, purpose: "case-code", limit: WRONG_CODE_LIMIT });
  return {
    /** Counts a submission; false when the sender has reached today's limit. */
    allowSubmission(sender: PlatformIdentity): boolean {
      const day = DateTime.fromJSDate(deps.clock.now(), { zone: deps.timezone }).toISODate() as string;
      if (deps.counters.get("case-submit", sender, day, day) >= deps.dailyLimit) return false;
      deps.counters.add("case-submit", sender, day, day);
      return true;
    },
    /** False while a sender who typed too many wrong receipt codes this hour is locked out. */
    mayTryCode: (sender: PlatformIdentity) => codes.mayTry(sender),
    codeResult: (sender: PlatformIdentity, right: boolean) => codes.result(sender, right),
  };
}
