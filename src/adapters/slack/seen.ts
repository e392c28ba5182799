// Remembers which Slack events and interactions were already acted on, so a retry (X-Slack-Retry-Num) or a replay
// of the same event_id / trigger_id acts once. Kept in SQLite so a restart between the try and the retry still
// dedupes; rows older than a day are pruned (Slack retries within minutes; signatures expire after five).
import { lt } from "drizzle-orm";
import type { Db } from "../../db/client";
import { slackSeenRequests } from "../../db/schema";

const KEEP_MS = 24 * 60 * 60 * 1000;
const PRUNE_EVERY = 500;

export function createSeenRequests(db: Db, now: () => number = Date.now) {
  let inserts = 0;
  return {
    /** True the first time a key is seen; false for every repeat. */
    firstTime(key: string): boolean {
      const result = db.insert(slackSeenRequests).values({ key, seenAt: new Date(now()) }).onConflictDoNothing().run();
      if (++inserts % PRUNE_EVERY === 0) db.delete(slackSeenRequests).where(lt(slackSeenRequests.seenAt, new Date(now() - KEEP_MS))).run();
      return result.changes > 0;
    },
  };
}

/** The id that names one delivery of a request: event_id for events, trigger_id for commands and interactions. */
export function requestKey(body: Record<string, unknown>): string | null {
  if (typeof body.event_id === "string") return `e:${body.event_id}`;
  if (typeof body.trigger_id === "string") return `t:${body.trigger_id}`;
  return null;
}
