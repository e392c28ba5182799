// Which platform deliveries were already acted on, so a retry or a replay acts once, also across a restart and
// across processes on one database. Nothing stored dates a request: the key is HMAC(key, platform id), so neither
// Telegram's increasing update_ids nor the time inside a Slack trigger_id survives, and each row carries only a
// generation number. A generation holds GENERATION_SIZE keys; the two newest are kept, older ones pruned. Slack
// retries within minutes and Telegram redelivers for up to a day: 2 × 20,000 requests is days of this bot's traffic.
import { createHmac } from "node:crypto";
import { lt, max } from "drizzle-orm";
import type { SeenRequests } from "../../kernel/ports";
import { type Db, inTransaction } from "../client";
import { seenRequests } from "../schema";

export const GENERATION_SIZE = 20_000;
/** How often (in inserts) a process looks at the current generation's size. */
const CHECK_EVERY = 200;

export function createSeenRequestStore(db: Db, hashKey: Uint8Array, generationSize = GENERATION_SIZE): SeenRequests {
  let generation =
    db
      .select({ g: max(seenRequests.generation) })
      .from(seenRequests)
      .get()?.g ?? 0;
  let inserts = 0;
  const hash = (key: string) => createHmac("sha256", hashKey).update(key).digest("base64url");
  // one insert per inbound update: prepared once
  const insert = db.$client.prepare("insert into seen_requests (key, generation) values (?, ?) on conflict do nothing");
  // A generation's size from the span of its rowids, two seeks in the generation index, where count(*) walked all
  // 20,000 entries (0.4 ms, every 200 updates). Rows are never deleted from the newest generation, so the span is
  // its size, or a little more when a lagging process still wrote rows of the one before (it then turns a little early).
  const generationSpan = db.$client
    .prepare<{ g: number }, number | null>(
      "select (select max(rowid) from seen_requests where generation = :g) - (select min(rowid) from seen_requests where generation = :g) + 1",
    )
    .pluck();

  function advanceIfFull(): void {
    // another process may have moved on: follow it, then start a new generation if this one is full
    generation = Math.max(
      generation,
      db
        .select({ g: max(seenRequests.generation) })
        .from(seenRequests)
        .get()?.g ?? 0,
    );
    const size = generationSpan.get({ g: generation }) ?? 0;
    if (size < generationSize) return;
    generation++;
    db.delete(seenRequests)
      .where(lt(seenRequests.generation, generation - 1))
      .run();
  }

  const store: SeenRequests = {
    // one transaction for a batch of keys: one commit (one fsync) for the updates that arrive together
    firstTimeEach: (keys) => inTransaction(db, () => keys.map((key) => store.firstTime(key))),
    firstTime(key) {
      if (++inserts % Math.min(CHECK_EVERY, generationSize) === 0) advanceIfFull();
      return insert.run(hash(key), generation).changes > 0;
    },
  };
  return store;
}
