// Abuse control that cannot identify anyone later: counts live in SQLite (shared by every process, kept across a
// restart) under a hash keyed with a secret of the day (see AbuseCounters), never under the sender's id, and
// with no time finer than the day. Wrong codes are counted per clock hour: the hour is part of the hashed name
// of the count, not a stored value.
import { DateTime } from "luxon";
import type { AbuseCounters, Clock, PlatformIdentity } from "../ports";

export const WRONG_CODE_LIMIT = 20;

/** Counts of wrong codes per clock hour, for any code a person types (receipts, link codes). */
export function createCodeGuard(deps: { clock: Clock; counters: AbuseCounters; timezone: string; purpose: string; limit: number }) {
  const now = () => DateTime.fromJSDate(deps.clock.now(), { zone: deps.timezone });
  const window = () => {
    const at = now();
    return { day: at.toISODate() as string, hour: at.toFormat("yyyy-MM-dd'T'HH") };
  };
  return {
    /** False while this identity has typed `limit` wrong codes within the current hour. */
    mayTry(who: PlatformIdentity): boolean {
      const { day, hour } = window();
      return deps.counters.get(deps.purpose, who, hour, day) < deps.limit;
    },
    result(who: PlatformIdentity, right: boolean): void {
      const { day, hour } = window();
      if (right) deps.counters.reset(deps.purpose, who, hour, day);
      else deps.counters.add(deps.purpose, who, hour, day);
    },
  };
}

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
