// Abuse counters in SQLite: every process on the database sees the same counts, and a restart forgets none.
// Each row is keyed by HMAC(key of the day, purpose|platform:id|window), where the key of the day is derived
// from BALLOT_KEY and the day: the database alone cannot tell whose count a row is, nor match a row of one day
// to a row of another. Only the day is stored in clear, to prune: rows of days before yesterday are deleted.
import { createHmac } from "node:crypto";
import { eq, lt, sql } from "drizzle-orm";
import { deriveKey } from "../../core/ballots/box";
import type { AbuseCounters } from "../../core/ports";
import type { PlatformIdentity } from "../../kernel/platform";
import type { Db } from "../client";
import { abuseCounters } from "../schema";

export function createAbuseCounters(db: Db, master: Uint8Array): AbuseCounters {
  let keyDay = "";
  let dayKey: Buffer = Buffer.alloc(0);
  const rowKey = (purpose: string, who: PlatformIdentity, window: string, day: string) => {
    if (day !== keyDay) {
      keyDay = day;
      dayKey = deriveKey(master, `abuse counters|${day}`);
      prune(day);
    }
    return createHmac("sha256", dayKey).update(`${purpose}|${who.platform}:${who.externalId}|${window}`).digest("base64url");
  };

  function prune(today: string): void {
    // ISO days compare as strings; yesterday's rows stay until tomorrow, so a count spanning midnight holds
    const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    db.delete(abuseCounters).where(lt(abuseCounters.day, yesterday)).run();
  }

  return {
    get: (purpose, who, window, day) =>
      db
        .select({ count: abuseCounters.count })
        .from(abuseCounters)
        .where(eq(abuseCounters.key, rowKey(purpose, who, window, day)))
        .get()?.count ?? 0,
    add(purpose, who, window, day) {
      const key = rowKey(purpose, who, window, day);
      return (
        db
          .insert(abuseCounters)
          .values({ key, day, count: 1 })
          .onConflictDoUpdate({ target: abuseCounters.key, set: { count: sql`${abuseCounters.count} + 1` } })
          .returning({ count: abuseCounters.count })
          .get()?.count ?? 1
      );
    },
    reset(purpose, who, window, day) {
      db.delete(abuseCounters)
        .where(eq(abuseCounters.key, rowKey(purpose, who, window, day)))
        .run();
    },
  };
}
