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
// Over 300 lines: opening, casting, closing and reporting a review session share the sealed box and the session
// rules; the unit review (unit-review.ts) and written opinions (written.ts) are already apart. Next split: results.
import type { AwardCatalog } from "../campaigns/catalog";
import { type DirectoryService, hasRole, requireRole } from "../directory/service";
import type { Person } from "../directory/types";
import { DomainError } from "../errors";
import type { NominationService } from "../nominations/service";
import type { BallotChoice, Nomination, ReviewSession, SessionItem } from "../nominations/types";
import { VOTE_NOTICE } from "../notice-actions";
import type { AuditLog, Clock, Logger, Notifier, UnitOfWork } from "../ports";
import { button, type Reply, say } from "../reply";
import { normalizeText } from "../text";
import type { BallotBox } from "./box";

export interface SessionRepo {
  get(id: number): ReviewSession | null;
  all(): ReviewSession[];
  open(): ReviewSession[];
  insert(
    session: Omit<ReviewSession, "id" | "status" | "closedAt" | "voterCount" | "quorumMet">,
    nominationIds: number[],
    memberIds: number[],
  ): number;
  items(sessionId: number): SessionItem[];
  members(sessionId: number): number[];
  hasVoted(sessionId: number, personId: number): boolean;
  voterCount(sessionId: number): number;
  /** Records that a member voted. Call inside the transaction that seals their ballot. */
  markVoted(sessionId: number, personId: number, at: Date): void;
  close(sessionId: number, at: Date, voterCount: number, quorumMet: boolean, results: SessionItem[]): void;
}

/** The sealed box of one review session. */
export const sessionBox = (sessionId: number) => `review_session:${sessionId}`;

/** When a result passes: the rule set's vote for the nomination's year, or the agency's (src/core/rules/book.ts). */
export interface VoteRule {
  threshold: number;
  of: "members" | "cast";
  strict: boolean;
}

/** Quorum: at least `share` of the session's members cast a ballot (the agency's rule; half by default). */
export function quorumMet(voters: number, members: number, share = 0.5): boolean {
  return voters > 0 && voters * 1000 >= Math.round(share * 1000) * members;
}

export function passes(rule: VoteRule, approve: number, cast: number, members: number): boolean {
  const base = rule.of === "members" ? members : cast;
  if (base === 0) return false;
  // integer arithmetic on a per-mille threshold, so 0.7 × 10 members is exactly 7
  const needed = Math.round(rule.threshold * 1000) * base;
  return rule.strict ? approve * 1000 > needed : approve * 1000 >= needed;
}

export interface SessionResult {
  session: ReviewSession;
  items: Array<SessionItem & { nomination: Nomination; rule: VoteRule }>;
}

export type BallotService = ReturnType<typeof createBallotService>;

export function createBallotService(deps: {
  repo: SessionRepo;
  /** Where cast ballots are sealed until the close. */
  box: BallotBox<BallotChoice>;
  nominations: NominationService;
  /** Moves nominations between statuses as sessions open and close. */
  setStatus: (nominationId: number, status: Nomination["status"], at: Date) => void;
  catalog: AwardCatalog;
  directory: DirectoryService;
  audit: AuditLog;
  clock: Clock;
  uow: UnitOfWork;
  notifier: Notifier;
  log: Logger;
  /** A unit's review (bình xét): its quorum share and its vote rule, from the agency's rules (catalog/agency.json). */
  unitReview?: { quorumShare: number; vote: VoteRule };
  /** The agency's quorum (catalog/agency.json). */
  quorumShare?: number;
  /** How many of a session's ballots an absent member gave in writing (src/core/ballots/written.ts). */
  writtenCount?: (sessionId: number) => number;
}) {
  const { repo, box, nominations, setStatus, catalog, directory, audit, clock, uow, notifier, log } = deps;

  /** The threshold of the nomination's own year: a 2023 CSTĐCS and a 2024 one are not voted alike. */
  function voteRule(n: Nomination): VoteRule {
    const { threshold, of, strict } = nominations.rulesFor(n).vote(n.awardCode);
    return { threshold, of, strict };
  }
  /** Unfinished ballots: `${sessionId}:${personId}` → nomination → choice. Memory only, by design. */
  const drafts = new Map<string, Map<number, BallotChoice>>();

  function get(id: number): ReviewSession {
    const session = repo.get(id);
    if (!session) throw new DomainError("not-found");
    return session;
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

  function results(sessionId: number): SessionResult {
    const session = get(sessionId);
    return {
      session,
      items: repo.items(sessionId).map((item) => {
        const nomination = nominations.get(item.nominationId);
        return { ...item, nomination, rule: session.scope === "unit" && deps.unitReview ? deps.unitReview.vote : voteRule(nomination) };
      }),
    };
  }

  async function close(sessionId: number, closedBy: Person | null): Promise<SessionResult> {
    const now = clock.now();
    const closed = uow.transaction(() => {
      const session = get(sessionId);
      if (session.status !== "open") return false;
      const voters = repo.voterCount(sessionId);
      const unit = session.scope === "unit" ? deps.unitReview : undefined;
      const quorum = quorumMet(voters, session.memberCount, unit ? unit.quorumShare : deps.quorumShare);
      // opened, shuffled and counted here, deleted below in the same transaction: a crash keeps both or neither
      const counts = box.count(sessionBox(sessionId));
      const items = repo.items(sessionId).map((item): SessionItem => {
        const { approve = 0, reject = 0, abstain = 0 } = counts.get(item.nominationId) ?? {};
        const nomination = nominations.get(item.nominationId);
        const passed = quorum && passes(unit ? unit.vote : voteRule(nomination), approve, approve + reject + abstain, session.memberCount);
        // without a quorum nothing was decided: the nomination goes back to the pool for another session; a unit's
        // review passes its candidates on to the council as proposals
        const next = unit ? (passed ? "proposed" : "rejected") : passed ? "approved" : "rejected";
        setStatus(item.nominationId, quorum ? next : unit ? "unit_review" : "proposed", now);
        return { ...item, approve, reject, abstain, passed };
      });
      repo.close(sessionId, now, voters, quorum, items);
      box.destroy(sessionBox(sessionId));
      audit.record({
        actorPersonId: closedBy?.id ?? null,
        actorLabel: closedBy ? undefined : "timer",
        action: "session.closed",
        entity: "review_session",
        entityId: sessionId,
        details: { voters, members: session.memberCount, quorum },
      });
      return true;
    });
    const result = results(sessionId);
    if (!closed) return result;
    box.forget();
    log.info({ sessionId }, "review session closed");
    if (result.session.scope === "unit") await nominations.tellProposed(result.items.filter((i) => i.passed).map((i) => i.nominationId));
    const report = resultReply(result);
    const told = new Set([...repo.members(sessionId), result.session.openedBy, ...directory.withRole("secretary").map((p) => p.id)]);
    await Promise.all([...told].map((id) => notifier.notify(id, report)));
    return result;
  }

  /** Closes every open session whose end time has passed. A scheduler calls this; so does every ballot action. */
  async function closeDueSessions(now: Date): Promise<number[]> {
    const due = repo.open().filter((s) => s.endsAt.getTime() <= now.getTime());
    for (const session of due) await close(session.id, null);
    return due.map((s) => s.id);
  }

  /** The secretary closes any session early; a unit head also their own unit's review (họp bình xét). */
  function mayClose(actor: Person | null, session: ReviewSession): boolean {
    if (actor?.status !== "active") return false;
    if (hasRole(actor, "secretary")) return true;
    return session.scope === "unit" && session.unitId === actor.unitId && hasRole(actor, "unit_head");
  }

  /** Says how many ballots came as absent members' written opinions, as the minutes must. */
  function writtenNote(sessionId: number): Reply["blocks"] {
    const written = deps.writtenCount?.(sessionId) ?? 0;
    return written > 0 ? [{ type: "paragraph", text: { key: "session-result-written", args: { written } } }] : [];
  }

  function resultReply(result: SessionResult): Reply {
    const { session } = result;
    return {
      blocks: [
        { type: "heading", text: { key: "session-result-title", args: { id: session.id, title: session.title } } },
        {
          type: "paragraph",
          // a unit's staff are not council members: their review is worded as the unit's
          text: {
            key:
              session.scope === "unit"
                ? session.quorumMet
                  ? "session-result-turnout-unit"
                  : "session-result-no-quorum-unit"
                : session.quorumMet
                  ? "session-result-turnout"
                  : "session-result-no-quorum",
            args: { voters: session.voterCount ?? 0, members: session.memberCount },
          },
        },
        ...writtenNote(session.id),
        {
          type: "list",
          items: result.items.map((item) => ({
            key: item.passed ? "session-result-line-passed" : "session-result-line-failed",
            args: {
              id: item.nominationId,
              nominee: nominations.nomineeName(item.nomination),
              award: catalog.get(item.nomination.awardCode)?.name ?? item.nomination.awardCode,
              approve: item.approve ?? 0,
              reject: item.reject ?? 0,
              abstain: item.abstain ?? 0,
              percent: Math.round(item.rule.threshold * 100),
              base: { key: `session-base-${item.rule.of}${session.scope === "unit" && item.rule.of === "members" ? "-unit" : ""}` },
              cmp: { key: item.rule.strict ? "session-cmp-over" : "session-cmp-from" },
            },
          })),
        },
      ],
    };
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
