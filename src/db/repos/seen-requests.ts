// Which platform deliveries were already acted on, so a retry or a replay acts once, also across a restart and
// across processes on one database. Nothing stored dates a request: the key is HMAC(key, platform id), so neither
// Telegram's increasing update_ids nor the time inside a Slack trigger_id survives, and each row carries only a
// generation number. A generation holds GENERATION_SIZE keys; the two newest are kept, older ones pruned. Slack
// retries within minutes and Telegram redelivers for up to a day: 2 × 20,000 requests is days of this bot's traffic.
//
// The stored key is two HMACs, shortened: one of the platform id without its last three digits (its group), then one
// of the id itself. Telegram's update_ids follow each other, so the updates of one burst share a group and land on a
// few neighbouring pages of the key's index: a group commit of 100 updates writes a handful of pages instead of one
// page each (1.4 ms → 0.5 ms a commit). The group is keyed like the rest and says no more than the rows' order in
// the file already does (which ones came together); it dates nothing. Keys written before this form (43 characters,
// one HMAC) are still recognised until their generations are pruned.
import { createHmac } from "node:crypto";
import { lt, max } from "drizzle-orm";
import type { SeenRequests } from "../../kernel/ports";
import { type Db, inTransaction } from "../client";
import { seenRequests } from "../schema";

export const GENERATION_SIZE = 20_000;
/** The stored key's parts, in base64url characters: the group's 48 bits, then the id's 132. */
const GROUP_CHARS = 8;
const ID_CHARS = 22;
/** A whole HMAC-SHA-256 in base64url: the form keys were stored in before they were grouped. */
const LEGACY_CHARS = 43;
/** How often (in inserts) a process looks at the current generation's size. */
const CHECK_EVERY = 200;

export function createSeenRequestStore(db: Db, hashKey: Uint8Array, generationSize = GENERATION_SIZE): SeenRequests {
  let generation =
    db
      .select({ g: max(seenRequests.generation) })
      .from(seenRequests)
      .get()?.g ?? 0;
  let inserts = 0;
  const hmac = (text: string) => createHmac("sha256", hashKey).update(text).digest("base64url");
  const stored = (key: string) => hmac(`group:${key.replace(/\d{1,3}$/, "")}`).slice(0, GROUP_CHARS) + hmac(key).slice(0, ID_CHARS);
  const storedBefore = (key: string) => hmac(key);
  const hasKeysBefore = db.$client.prepare<[], number>(`select exists(select 1 from seen_requests where length(key) = ${LEGACY_CHARS})`).pluck();
  const find = db.$client.prepare<[string], number>("select 1 from seen_requests where key = ?").pluck();
  /** Rows of the older form remain (written before an upgrade): a request may be recorded under that form. */
  let keysBefore = hasKeysBefore.get() === 1;
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
    if (keysBefore) keysBefore = hasKeysBefore.get() === 1;
  }

  const store: SeenRequests = {
    // one transaction for a batch of keys: one commit (one fsync) for the updates that arrive together
    firstTimeEach: (keys) => inTransaction(db, () => keys.map((key) => store.firstTime(key))),
    firstTime(key) {
      if (++inserts % Math.min(CHECK_EVERY, generationSize) === 0) advanceIfFull();
      const fresh = insert.run(stored(key), generation).changes > 0;
      if (fresh && keysBefore && find.get(storedBefore(key)) !== undefined) return false;
      return fresh;
    },
  };
  return store;
}
