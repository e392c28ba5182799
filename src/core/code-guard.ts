// Lock-out after too many wrong codes (receipt codes, link codes), counted per clock hour in the shared abuse
// counters: the hour is part of the hashed name of the count, not a stored value, so no row dates a try.
import { DateTime } from "luxon";
import type { PlatformIdentity } from "../kernel/platform";
import type { Clock } from "../kernel/ports";
import type { AbuseCounters } from "./ports";

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
