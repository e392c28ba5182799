// Absent members' written opinions (ý kiến bằng văn bản): Nghị định 98/2023 k7 Điều 30 counts them among the
// votes of all members, recorded in the minutes. The secretary copies the signed paper into the bot; its choices
// join the anonymous ballot lines like any other ballot, and a separate row says only that this member's ballot
// came in writing, so the result can say how many did. It is sealed into the session's ballot box like a ballot
// cast in chat (./box.ts), so a reader of the database learns no more from it; the form that carried it lived in
// memory only (commands/written.ts), and the WAL is truncated after the recording, as after a close.

import type { Clock } from "../../kernel/ports";
import { requireRole } from "../directory/service";
import type { Person } from "../directory/types";
import { DomainError } from "../errors";
import type { BallotChoice } from "../nominations/types";
import type { AuditLog, UnitOfWork } from "../ports";
import type { BallotBox } from "./box";
import { type SessionRepo, sessionBox } from "./repo";

/** One answer of a written opinion, as the secretary copies it from the signed paper. */
export interface WrittenLine {
  nominationId: number;
  choice: BallotChoice;
}

export interface WrittenOpinionRepo {
  insert(sessionId: number, personId: number, recordedBy: number, at: Date): void;
  count(sessionId: number): number;
  /** The members whose ballot came in writing (never what they chose): the minutes name them. */
  members(sessionId: number): number[];
}

export type WrittenOpinionService = ReturnType<typeof createWrittenOpinions>;

export function createWrittenOpinions(deps: {
  sessions: SessionRepo;
  box: BallotBox<BallotChoice>;
  repo: WrittenOpinionRepo;
  audit: AuditLog;
  clock: Clock;
  uow: UnitOfWork;
  /** The agency's rule (catalog/agency.json council.absentInWriting). */
  allowed: boolean;
  /** Folds the WAL into the file and truncates it (as the close does), so no page image of the recording stays. */
  forgetWal?: () => void;
}) {
  const { sessions, repo, audit, clock, uow } = deps;

  return {
    count: (sessionId: number) => repo.count(sessionId),
    /** Who gave their opinion in writing, for the minutes (Nghị định 98/2023 k7 Điều 30: recorded in the minutes). */
    writtenBy: (sessionId: number) => repo.members(sessionId),

    /** Members of an open session who have not voted: those whose written opinion may be recorded. */
    absent(sessionId: number): number[] {
      return sessions.members(sessionId).filter((id) => !sessions.hasVoted(sessionId, id));
    },

    record(actor: Person | null, sessionId: number, memberId: number, lines: WrittenLine[]): void {
      const secretary = requireRole(actor, "secretary");
      if (!deps.allowed) throw new DomainError("written-not-allowed");
      const session = sessions.get(sessionId);
      if (!session) throw new DomainError("not-found");
      if (!sessions.members(sessionId).includes(memberId)) throw new DomainError("session-not-member", { id: sessionId });
      const items = sessions.items(sessionId).map((i) => i.nominationId);
      const chosen = new Map(lines.map((l) => [l.nominationId, l.choice]));
      if (chosen.size !== lines.length || items.length !== chosen.size || items.some((id) => !chosen.has(id))) {
        throw new DomainError("ballot-incomplete");
      }
      const ballot = lines.map((l) => ({ itemId: l.nominationId, choice: l.choice }));
      uow.transaction(() => {
        // checked inside the transaction, as for a ballot cast in chat: one ballot per member
        if (sessions.get(sessionId)?.status !== "open") throw new DomainError("session-closed", { id: sessionId });
        if (sessions.hasVoted(sessionId, memberId)) throw new DomainError("session-already-voted", { id: sessionId });
        const now = clock.now();
        sessions.markVoted(sessionId, memberId, now);
        deps.box.cast(sessionBox(sessionId), ballot);
        repo.insert(sessionId, memberId, secretary.id, now);
        audit.record({
          actorPersonId: secretary.id,
          action: "session.written_opinion",
          entity: "review_session",
          entityId: sessionId,
          details: { member: memberId },
        });
      });
      deps.forgetWal?.();
    },
  };
}
