// Remembers which platform deliveries were already acted on, so a retry or a replay acts once. Kept in SQLite so
// a restart between the try and the retry still dedupes. Rows older than the window are pruned: Slack retries
// within minutes, Telegram redelivers unconfirmed updates for up to a day.
import { lt } from "drizzle-orm";
import type { SeenRequests } from "../../core/ports";
import type { Db } from "../client";
import { seenRequests } from "../schema";

const KEEP_MS = 24 * 60 * 60 * 1000;
const PRUNE_EVERY = 500;

export function createSeenRequests(db: Db, now: () => number = Date.now): SeenRequests {
  let inserts = 0;
  return {
    firstTime(key: string): boolean {
      const result = db
        .insert(seenRequests)
        .values({ key, seenAt: new Date(now()) })
        .onConflictDoNothing()
        .run();
      if (++inserts % PRUNE_EVERY === 0)
        db.delete(seenRequests)
          .where(lt(seenRequests.seenAt, new Date(now() - KEEP_MS)))
          .run();
      return result.changes > 0;
    },
  };
}
