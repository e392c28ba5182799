// Review sessions (phiên họp Hội đồng Thi đua – Khen thưởng) and the council's secret ballot.
//
// Secrecy by design:
// - `session_voters` records THAT a member voted (and when). The ballot itself goes, in the same transaction,
//   into a sealed ballot box (./box.ts): encrypted under a key derived from BALLOT_KEY, which is not in the
//   database. A reader of the database, its -wal or a backup sees that a member voted and a sealed blob of the
//   same length as everyone else's, never the choice.
// - A ballot being filled in (choices not yet cast) lives only in this process's memory, never in SQLite,
//   and is forgotten once cast; a restart loses unfinished ballots, not secrecy, and never a cast one.
// - At the close the box is opened, shuffled and counted, the counts stored and the sealed ballots deleted in
//   one transaction; then the write-ahead log is truncated, so afterwards not even the key links a vote to a voter.
// - The audit log says "member voted in session X", never a choice. Logs carry neither.
// Opening a session and casting ballots are here; closing and its result in closing.ts, the quorum and pass rules
// in tally.ts, the unit's own review in unit-review.ts, absent members' written opinions in written.ts.

import { button, type Reply, say } from "../../kernel/reply";
import { normalizeText } from "../../kernel/text";
import { hasRole, requireRole } from "../directory/service";
import type { Person } from "../directory/types";
import { DomainError } from "../errors";
import type { BallotChoice, Nomination, ReviewSession } from "../nominations/types";
import { VOTE_NOTICE } from "../notice-actions";
import { type BallotDeps, createSessionClosing, type SessionResult } from "./closing";
import { sessionBox } from "./repo";

export type BallotService = ReturnType<typeof createBallotService>;

export function createBallotService(deps: BallotDeps) {
  const { repo, box, nominations, setStatus, directory, audit, clock, uow, notifier } = deps;
  /** Unfinished ballots: `${sessionId}:${personId}` → nomination → choice. Memory only, by design. */
  const drafts = new Map<string, Map<number, BallotChoice>>();

  function get(id: number): ReviewSession {
    const session = repo.get(id);
    if (!session) throw new DomainError("not-found");
    return session;
  }

  const { results, resultReply, close, closeDueSessions } = createSessionClosing(deps, get);

  /** The secretary closes any session early; a unit head also their own unit's review (họp bình xét). */
  function mayClose(actor: Person | null, session: ReviewSession): boolean {
    if (actor?.status !== "active") return false;
    if (hasRole(actor, "secretary")) return true;
    return session.scope === "unit" && session.unitId === actor.unitId && hasRole(actor, "unit_head");
  }

  /**
   * A member of this session who has not voted, in an open session. Closes the session first if it is due. The
   * electorate was fixed when the session opened (council members, or a unit's staff), so membership is the check.
   */
  async function assertMayVote(actor: Person | null, sessionId: number): Promise<{ person: Person; session: ReviewSession }> {
    if (actor?.status !== "active") throw new DomainError("not-allowed");
    const person = actor;
    await closeDueSessions(clock.now());
    const session = get(sessionId);
    if (!repo.members(sessionId).includes(person.id)) throw new DomainError("session-not-member", { id: sessionId });
    if (session.status !== "open") throw new DomainError("session-closed", { id: sessionId });
    if (repo.hasVoted(sessionId, person.id)) throw new DomainError("session-already-voted", { id: sessionId });
    return { person, session };
  }

  return {
    get,
    results,
    resultReply,
    closeDueSessions,

    /** Sessions still taking ballots (after closing any that are due). */
    async openSessions(): Promise<ReviewSession[]> {
      await closeDueSessions(clock.now());
      return repo.open();
    },

    all: () => repo.all(),
    items: (sessionId: number) => repo.items(sessionId),
    voterCount: (sessionId: number) => repo.voterCount(sessionId),
    hasVoted: (sessionId: number, personId: number) => repo.hasVoted(sessionId, personId),
    isMember: (sessionId: number, personId: number) => repo.members(sessionId).includes(personId),

    /** The secretary opens a session on proposed nominations; every council member is sent a ballot. */
    async open(actor: Person | null, input: { title: string; nominationIds: number[]; endsAt: Date }): Promise<ReviewSession> {
      const secretary = requireRole(actor, "secretary");
      const title = normalizeText(input.title);
      const ids = [...new Set(input.nominationIds)];
      if (ids.length === 0) throw new DomainError("session-empty");
      if (input.endsAt.getTime() <= clock.now().getTime()) throw new DomainError("session-end-past", { endsAt: input.endsAt });
      const members = directory.withRole("council");
      if (members.length === 0) throw new DomainError("session-empty");
      const now = clock.now();
      const id = uow.transaction(() => {
        for (const nominationId of ids) {
          if (nominations.get(nominationId).status !== "proposed") throw new DomainError("nomination-wrong-status", { id: nominationId });
          setStatus(nominationId, "under_review", now);
        }
        const sessionId = repo.insert(
          { title, scope: "council", unitId: null, openedBy: secretary.id, openedAt: now, endsAt: input.endsAt, memberCount: members.length },
          ids,
          members.map((m) => m.id),
        );
        audit.record({
          actorPersonId: secretary.id,
          action: "session.opened",
          entity: "review_session",
          entityId: sessionId,
          details: { nominations: ids.length, members: members.length },
        });
        return sessionId;
      });
      const invitation: Reply = {
        ...say("ballot-invitation", { id, title, count: ids.length, endsAt: input.endsAt }),
        buttons: [[button("btn-ballot-open", VOTE_NOTICE.open.payload(id), "primary")]],
      };
      await Promise.all(members.map((m) => notifier.notify(m.id, invitation)));
      return get(id);
    },

    /** The member's unfinished ballot: every nomination with the choice made so far (if any). */
    async draft(
      actor: Person | null,
      sessionId: number,
    ): Promise<{ session: ReviewSession; lines: Array<{ nomination: Nomination; choice: BallotChoice | null }> }> {
      const { person, session } = await assertMayVote(actor, sessionId);
      const picked = drafts.get(`${sessionId}:${person.id}`) ?? new Map<number, BallotChoice>();
      const lines = repo
        .items(sessionId)
        .map((item) => ({ nomination: nominations.get(item.nominationId), choice: picked.get(item.nominationId) ?? null }));
      return { session, lines };
    },

    async pick(actor: Person | null, sessionId: number, nominationId: number, choice: BallotChoice): Promise<void> {
      const { person } = await assertMayVote(actor, sessionId);
      if (!repo.items(sessionId).some((i) => i.nominationId === nominationId)) throw new DomainError("not-found");
      const key = `${sessionId}:${person.id}`;
      const picked = drafts.get(key) ?? new Map<number, BallotChoice>();
      picked.set(nominationId, choice);
      drafts.set(key, picked);
    },

    /** Casts the member's whole ballot at once; final, as a paper ballot in the box. */
    async cast(actor: Person | null, sessionId: number): Promise<void> {
      const { person } = await assertMayVote(actor, sessionId);
      const key = `${sessionId}:${person.id}`;
      const picked = drafts.get(key);
      const items = repo.items(sessionId);
      if (!picked || items.some((i) => !picked.has(i.nominationId))) throw new DomainError("ballot-incomplete");
      const lines = items.map((i) => ({ itemId: i.nominationId, choice: picked.get(i.nominationId) as BallotChoice }));
      uow.transaction(() => {
        // checked again inside the transaction: two quick presses of "cast" must not vote twice
        if (repo.hasVoted(sessionId, person.id)) throw new DomainError("session-already-voted", { id: sessionId });
        if (get(sessionId).status !== "open") throw new DomainError("session-closed", { id: sessionId });
        repo.markVoted(sessionId, person.id, clock.now());
        box.cast(sessionBox(sessionId), lines);
        audit.record({ actorPersonId: person.id, action: "session.voted", entity: "review_session", entityId: sessionId });
      });
      drafts.delete(key);
    },

    /** The secretary closes a session before its end time; a unit's head closes the unit's own review too. */
    async close(actor: Person | null, sessionId: number): Promise<SessionResult> {
      const session = get(sessionId);
      if (!mayClose(actor, session)) throw new DomainError("not-allowed");
      if (session.status !== "open") throw new DomainError("session-closed", { id: sessionId });
      return close(sessionId, actor);
    },

    /** Whether this person may close this session early (see close). */
    mayClose: (actor: Person | null, sessionId: number) => mayClose(actor, get(sessionId)),

    /** The electorate of a session (council members when it opened). */
    members: (sessionId: number): Person[] => repo.members(sessionId).map((id) => directory.getPerson(id)),

    /** A closed session's totals per nomination, for its minutes; never anything about who voted how. */
    result(sessionId: number): SessionResult {
      const found = get(sessionId);
      if (found.status !== "closed") throw new DomainError("session-still-open", { id: sessionId });
      return results(sessionId);
    },

    /** Whether this person may see a session's agenda at all. */
    maySee(actor: Person | null, sessionId: number): boolean {
      return hasRole(actor, "secretary", "leader") || (actor !== null && repo.members(sessionId).includes(actor.id));
    },
  };
}
