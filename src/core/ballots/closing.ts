// Closing a review session: the sealed box opened, shuffled and counted, the counts stored and the sealed ballots
// deleted in one transaction, the write-ahead log forgotten, the unit's passed candidates handed to the council,
// and the result sent to the members and the secretary. Also what a closed session's result says.
import type { Clock, Logger } from "../../kernel/ports";
import type { Reply } from "../../kernel/reply";
import type { AwardCatalog } from "../campaigns/catalog";
import type { DirectoryService } from "../directory/service";
import type { Person } from "../directory/types";
import type { NominationService } from "../nominations/service";
import type { BallotChoice, Nomination, ReviewSession, SessionItem } from "../nominations/types";
import type { AuditLog, Notifier, UnitOfWork } from "../ports";
import type { BallotBox } from "./box";
import { type SessionRepo, sessionBox } from "./repo";
import { countsPublished, countsShown, MIN_BALLOTS_FOR_COUNTS, passes, quorumMet, type VoteRule } from "./tally";

export interface BallotDeps {
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
}

export interface SessionResult {
  session: ReviewSession;
  items: Array<SessionItem & { nomination: Nomination; rule: VoteRule }>;
}

export function createSessionClosing(deps: BallotDeps, get: (id: number) => ReviewSession) {
  const { repo, box, nominations, setStatus, catalog, directory, audit, clock, uow, notifier, log } = deps;

  /** The threshold of the nomination's own year: a 2023 CSTĐCS and a 2024 one are not voted alike. */
  function voteRule(n: Nomination): VoteRule {
    const { threshold, of, strict } = nominations.rulesFor(n).vote(n.awardCode);
    return { threshold, of, strict };
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
      const published = countsPublished({ quorumMet: quorum, voterCount: voters });
      // opened, shuffled and counted here, deleted below in the same transaction: a crash keeps both or neither.
      // Counts that may not be published are not even taken: the box is destroyed unopened
      const counts = published ? box.count(sessionBox(sessionId)) : new Map();
      const items = repo.items(sessionId).map((item): SessionItem => {
        if (!published) {
          // nothing was decided: the nomination goes back to the pool for another session (a unit's to its review)
          setStatus(item.nominationId, unit ? "unit_review" : "proposed", now);
          return { ...item, approve: null, reject: null, abstain: null, passed: false };
        }
        const { approve = 0, reject = 0, abstain = 0 } = counts.get(item.nominationId) ?? {};
        const nomination = nominations.get(item.nominationId);
        const passed = passes(unit ? unit.vote : voteRule(nomination), approve, approve + reject + abstain, session.memberCount);
        // a unit's review passes its candidates on to the council as proposals
        setStatus(item.nominationId, unit ? (passed ? "proposed" : "rejected") : passed ? "approved" : "rejected", now);
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
    // whoever closed it reads the result as the answer to closing: not a second time as a notice
    if (closedBy) told.delete(closedBy.id);
    await Promise.all([...told].map((id) => notifier.notify(id, report)));
    return result;
  }

  /** Closes every open session whose end time has passed. A scheduler calls this; so does every ballot action. */
  async function closeDueSessions(now: Date): Promise<number[]> {
    const due = repo.open().filter((s) => s.endsAt.getTime() <= now.getTime());
    for (const session of due) await close(session.id, null);
    return due.map((s) => s.id);
  }

  /** Says how many ballots came as absent members' written opinions, as the minutes must. */
  function writtenNote(sessionId: number): Reply["blocks"] {
    const written = deps.writtenCount?.(sessionId) ?? 0;
    return written > 0 ? [{ type: "paragraph", text: { key: "session-result-written", args: { written } } }] : [];
  }

  function resultReply(result: SessionResult): Reply {
    const { session } = result;
    const turnout = { voters: session.voterCount ?? 0, members: session.memberCount };
    if (!countsShown(result.items)) {
      // how many voted and that nothing passed; no count, so no member's choice can be read from it
      return {
        blocks: [
          { type: "heading", text: { key: "session-result-title", args: { id: session.id, title: session.title } } },
          {
            type: "paragraph",
            text: {
              // a unit's staff are not council members: their review is worded as the unit's
              key:
                session.scope === "unit"
                  ? session.quorumMet
                    ? "session-result-too-few-unit"
                    : "session-result-no-quorum-unit"
                  : session.quorumMet
                    ? "session-result-too-few"
                    : "session-result-no-quorum",
              args: { ...turnout, min: MIN_BALLOTS_FOR_COUNTS },
            },
          },
          {
            type: "list",
            items: result.items.map((item) => ({
              key: "session-result-line-returned",
              args: {
                id: item.nominationId,
                nominee: nominations.nomineeName(item.nomination),
                award: catalog.get(item.nomination.awardCode)?.name ?? item.nomination.awardCode,
              },
            })),
          },
        ],
      };
    }
    return {
      blocks: [
        { type: "heading", text: { key: "session-result-title", args: { id: session.id, title: session.title } } },
        { type: "paragraph", text: { key: session.scope === "unit" ? "session-result-turnout-unit" : "session-result-turnout", args: turnout } },
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

  return { results, resultReply, close, closeDueSessions };
}
