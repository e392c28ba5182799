// Tables that hold sealed data and abuse counters without saying who or when: sealed ballots (readable only with
// a key that lives outside the database), the check values that tell a wrong key at start, and counters kept
// under a daily keyed hash.
import { blob, index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * One cast ballot, sealed (AES-256-GCM) under a key derived from BALLOT_KEY for its box ("review_session:12").
 * The id is random, and as an INTEGER PRIMARY KEY it is the rowid, so storage order says nothing of the order
 * of casting. No voter, no time. Deleted (with secure_delete) once the box is tallied.
 */
export const sealedBallots = sqliteTable(
  "sealed_ballots",
  {
    id: integer("id").primaryKey(),
    box: text("box").notNull(),
    sealed: blob("sealed", { mode: "buffer" }).notNull(),
  },
  // the tally and the deletion read one box
  (t) => [index("sealed_ballots_box_idx").on(t.box)],
);

/** A short value derived from each outside key, so a missing or changed key is refused at start. */
export const keyChecks = sqliteTable("key_checks", {
  name: text("name").primaryKey(),
  check: text("check").notNull(),
});

/**
 * Abuse counters (cases a day, wrong codes an hour), shared by every process on the database and kept across a
 * restart. The key is HMAC(a key derived from BALLOT_KEY for that day, purpose:platform:id[:hour]), so a row names
 * nobody, and only the day is stored in clear, to prune.
 */
export const abuseCounters = sqliteTable(
  "abuse_counters",
  {
    key: text("key").primaryKey(),
    day: text("day").notNull(),
    count: integer("count").notNull(),
  },
  // pruning drops past days
  (t) => [index("abuse_counters_day_idx").on(t.day)],
);
