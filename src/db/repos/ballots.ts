// SQLite implementation of review sessions and of the sealed ballot box.
import { and, asc, count, eq } from "drizzle-orm";
import type { BallotBox, SealedBallotStore } from "../../core/ballots/box";
import { type SessionRepo, sessionBox } from "../../core/ballots/repo";
import type { BallotChoice } from "../../core/nominations/types";
import type { Db } from "../client";
import { inTransaction } from "../client";
import { flushPendingWrites } from "../commit-batch";
import { legacyBallots, reviewSessions, sealedBallots, sessionItems, sessionMembers, sessionVoters } from "../schema";

export function createSessionRepo(db: Db): SessionRepo {
  return {
    get: (id) => db.select().from(reviewSessions).where(eq(reviewSessions.id, id)).get() ?? null,
    all: () => db.select().from(reviewSessions).orderBy(asc(reviewSessions.id)).all(),
    open: () => db.select().from(reviewSessions).where(eq(reviewSessions.status, "open")).orderBy(asc(reviewSessions.id)).all(),
    insert(session, nominationIds, memberIds) {
      const id = db
        .insert(reviewSessions)
        .values({ ...session, status: "open" })
        .returning({ id: reviewSessions.id })
        .get().id;
      for (const nominationId of nominationIds) db.insert(sessionItems).values({ sessionId: id, nominationId }).run();
      for (const personId of memberIds) db.insert(sessionMembers).values({ sessionId: id, personId }).run();
      return id;
    },
    items: (sessionId) => db.select().from(sessionItems).where(eq(sessionItems.sessionId, sessionId)).orderBy(asc(sessionItems.nominationId)).all(),
    members: (sessionId) =>
      db
        .select({ personId: sessionMembers.personId })
        .from(sessionMembers)
        .where(eq(sessionMembers.sessionId, sessionId))
        .all()
        .map((r) => r.personId),
    hasVoted: (sessionId, personId) =>
      db
        .select()
        .from(sessionVoters)
        .where(and(eq(sessionVoters.sessionId, sessionId), eq(sessionVoters.personId, personId)))
        .get() !== undefined,
    voterCount: (sessionId) => db.select({ n: count() }).from(sessionVoters).where(eq(sessionVoters.sessionId, sessionId)).get()?.n ?? 0,
    markVoted(sessionId, personId, at) {
      db.insert(sessionVoters).values({ sessionId, personId, votedAt: at }).run();
    },
    close(sessionId, at, voterCount, quorumMet, results) {
      db.update(reviewSessions).set({ status: "closed", closedAt: at, voterCount, quorumMet }).where(eq(reviewSessions.id, sessionId)).run();
      for (const r of results) {
        db.update(sessionItems)
          .set({ approve: r.approve, reject: r.reject, abstain: r.abstain, passed: r.passed })
          .where(and(eq(sessionItems.sessionId, sessionId), eq(sessionItems.nominationId, r.nominationId)))
          .run();
      }
    },
  };
}

/**
 * Sealed ballots in SQLite. The connection runs with secure_delete on (see ../client.ts), so a deleted ballot's
 * bytes are overwritten in the file; `forget` then truncates the WAL, which still holds the pages as written.
 */
export function createSealedBallotStore(db: Db): SealedBallotStore {
  return {
    put: (box, id, sealed) =>
      void db
        .insert(sealedBallots)
        .values({ id, box, sealed: Buffer.from(sealed) })
        .run(),
    list: (box) =>
      db
        .select({ sealed: sealedBallots.sealed })
        .from(sealedBallots)
        .where(eq(sealedBallots.box, box))
        .all()
        .map((r) => r.sealed),
    destroy: (box) => void db.delete(sealedBallots).where(eq(sealedBallots.box, box)).run(),
    forget: () => truncateWal(db),
  };
}

/**
 * Sessions an older version closed without a quorum kept their counts, which with one or two ballots are members'
 * choices: the counts are deleted (nothing was decided by them), then the WAL emptied. Returns how many sessions.
 * Sessions that met their quorum keep theirs: decisions were taken on them.
 */
export function withholdUnpublishedCounts(db: Db): number {
  const sessions = db.$client
    .prepare(
      "select distinct s.id from review_sessions s join session_items i on i.session_id = s.id where s.status = 'closed' and s.quorum_met = 0 and i.approve is not null",
    )
    .pluck()
    .all() as number[];
  if (sessions.length === 0) return 0;
  inTransaction(db, () => {
    for (const id of sessions)
      db.update(sessionItems).set({ approve: null, reject: null, abstain: null }).where(eq(sessionItems.sessionId, id)).run();
  });
  truncateWal(db);
  return sessions.length;
}

/** Folds the WAL into the database file and truncates it to zero bytes. ":memory:" has no WAL: a no-op there. */
export function truncateWal(db: Db): void {
  // an open write batch would keep its pages out of the checkpoint: commit it first
  flushPendingWrites(db.$client);
  db.$client.pragma("wal_checkpoint(TRUNCATE)");
}

/**
 * Moves plaintext ballot lines left by a version before sealing into the sealed box (sessions still open) or
 * deletes them (closed sessions, whose counts are already stored), in one transaction, then empties the WAL.
 * Each line becomes a sealed ballot of its own: the tally counts lines, so the result is the same.
 */
export function sealLegacyBallots(db: Db, box: BallotBox<BallotChoice>): number {
  const rows = db
    .select({
      sessionId: legacyBallots.sessionId,
      nominationId: legacyBallots.nominationId,
      choice: legacyBallots.choice,
      status: reviewSessions.status,
    })
    .from(legacyBallots)
    .innerJoin(reviewSessions, eq(reviewSessions.id, legacyBallots.sessionId))
    .all();
  if (rows.length === 0) return 0;
  inTransaction(db, () => {
    for (const row of rows.filter((r) => r.status === "open"))
      box.cast(sessionBox(row.sessionId), [{ itemId: row.nominationId, choice: row.choice }]);
    db.delete(legacyBallots).run();
  });
  truncateWal(db);
  return rows.length;
}
