// A unit's year-end review (họp bình xét): the unit head chooses candidates (a member and the title the unit would
// propose), each checked against the year's rules first; they become candidates under review, and every active
// member of the unit gets a secret ballot in the same sealed ballot box as the council's (./box.ts), so the same
// secrecy holds. What passes is proposed to the council (see close() in ./service.ts); the threshold and quorum
// are the agency's (catalog/agency.json unitReview).

import type { Clock } from "../../kernel/ports";
import { button, type Reply, say } from "../../kernel/reply";
import { normalizeText } from "../../kernel/text";
import { type DirectoryService, hasRole, requireRole } from "../directory/service";
import type { Person } from "../directory/types";
import { DomainError } from "../errors";
import type { NominationService } from "../nominations/service";
import type { ReviewSession } from "../nominations/types";
import { VOTE_NOTICE } from "../notice-actions";
import type { AuditLog, Notifier, UnitOfWork } from "../ports";
import { PLEDGERS } from "../roles";
import type { ReviewReadiness } from "../yearend/readiness";
import type { SessionRepo } from "./repo";

export interface UnitCandidate {
  personId: number;
  awardCode: string;
  achievements: string;
}

export type UnitReviews = ReturnType<typeof createUnitReviews>;

export function createUnitReviews(deps: {
  repo: SessionRepo;
  nominations: NominationService;
  directory: DirectoryService;
  audit: AuditLog;
  clock: Clock;
  uow: UnitOfWork;
  notifier: Notifier;
  /** Who is ready for the review (a confirmed pledge, a rating): src/core/yearend/readiness.ts. */
  readiness?: ReviewReadiness;
}) {
  const { repo, nominations, directory, audit, clock, uow, notifier } = deps;
  const get = (id: number): ReviewSession => {
    const session = repo.get(id);
    if (!session) throw new DomainError("not-found");
    return session;
  };

  return {
    /** Units that held a review of a campaign's candidates. */
    reviewedUnits(campaignId: number): Set<number> {
      const units = new Set<number>();
      for (const s of repo.all()) {
        if (s.scope !== "unit" || s.unitId === null) continue;
        if (repo.items(s.id).some((i) => nominations.get(i.nominationId).campaignId === campaignId)) units.add(s.unitId);
      }
      return units;
    },

    /** The unit's members who vote in its review: its active staff. */
    electorate: (unitId: number): Person[] => directory.activeMembers(unitId).filter((p) => hasRole(p, ...PLEDGERS)),

    /**
     * A unit head opens the unit's year-end review (họp bình xét): the chosen candidates (each a person and the title
     * the unit would propose) are checked against the year's rules first, then become candidates under review, and
     * every active member of the unit gets a secret ballot in the same sealed ballot box as the council's. What
     * passes is proposed to the council; the threshold and quorum are the agency's (catalog/agency.json unitReview).
     */
    async open(
      actor: Person | null,
      input: { title: string; campaignId: number; candidates: UnitCandidate[]; endsAt: Date },
    ): Promise<ReviewSession> {
      const head = requireRole(actor, "unit_head");
      const title = normalizeText(input.title);
      if (input.candidates.length === 0) throw new DomainError("session-empty");
      if (input.endsAt.getTime() <= clock.now().getTime()) throw new DomainError("session-end-past", { endsAt: input.endsAt });
      const members = directory.activeMembers(head.unitId).filter((p) => hasRole(p, ...PLEDGERS));
      if (members.length === 0) throw new DomainError("session-empty");
      const gaps = deps.readiness?.gaps(
        input.campaignId,
        input.candidates.map((c) => c.personId),
      );
      for (const c of input.candidates) {
        const person = directory.getPerson(c.personId);
        if (person.unitId !== head.unitId) throw new DomainError("not-allowed");
        // no pledge confirmed, or no rating yet: not eligible, whatever a forged choice says
        if ((gaps?.get(c.personId) ?? []).length > 0) throw new DomainError("unit-review-not-ready", { name: person.fullName });
        const refusal = nominations.refusalOf(head, {
          nominee: "person",
          nomineeId: c.personId,
          awardCode: c.awardCode,
          kind: "year_end",
          campaignId: input.campaignId,
        });
        if (refusal) throw refusal;
      }
      const ids: number[] = [];
      for (const c of input.candidates) {
        const created = await nominations.propose(head, {
          nominee: "person",
          nomineeId: c.personId,
          awardCode: c.awardCode,
          kind: "year_end",
          campaignId: input.campaignId,
          achievements: c.achievements,
          stage: "unit_review",
        });
        ids.push(created.id);
      }
      const now = clock.now();
      const id = uow.transaction(() => {
        const sessionId = repo.insert(
          { title, scope: "unit", unitId: head.unitId, openedBy: head.id, openedAt: now, endsAt: input.endsAt, memberCount: members.length },
          ids,
          members.map((m) => m.id),
        );
        audit.record({
          actorPersonId: head.id,
          action: "unit_review.opened",
          entity: "review_session",
          entityId: sessionId,
          details: { candidates: ids.length, members: members.length },
        });
        return sessionId;
      });
      const invitation: Reply = {
        ...say("unit-review-invitation", { id, title, count: ids.length, endsAt: input.endsAt }),
        buttons: [[button("btn-ballot-open", VOTE_NOTICE.open.payload(id), "primary")]],
      };
      await Promise.all(members.map((m) => notifier.notify(m.id, invitation)));
      return get(id);
    },
  };
}
