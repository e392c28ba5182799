// SQLite implementation of review sessions and the anonymous ballot box.
import { and, asc, count, eq } from "drizzle-orm";
import type { SessionRepo } from "../../core/ballots/service";
import type { Db } from "../client";
import { ballots, reviewSessions, sessionItems, sessionMembers, sessionVoters } from "../schema";

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
    cast(sessionId, personId, at, lines) {
      db.insert(sessionVoters).values({ sessionId, personId, votedAt: at }).run();
      for (const line of lines) db.insert(ballots).values({ id: line.id, sessionId, nominationId: line.nominationId, choice: line.choice }).run();
    },
    tally: (sessionId) =>
      db
        .select({ nominationId: ballots.nominationId, choice: ballots.choice, count: count() })
        .from(ballots)
        .where(eq(ballots.sessionId, sessionId))
        .groupBy(ballots.nominationId, ballots.choice)
        .all(),
    close(sessionId, at, voterCount, quorumMet, results) {
      db.update(reviewSessions).set({ status: "closed", closedAt: at, voterCount, quorumMet }).where(eq(reviewSessions.id, sessionId)).run();
      for (const r of results) {
        db.update(sessionItems)
          .set({ approve: r.approve, reject: r.reject, abstain: r.abstain, passed: r.passed })
          .where(and(eq(sessionItems.sessionId, sessionId), eq(sessionItems.nominationId, r.nominationId)))
          .run();
      }
    },
    checkpoint() {
      // ":memory:" databases have no WAL; the pragma is then a no-op
      db.$client.pragma("wal_checkpoint(TRUNCATE)");
    },
  };
}
