// Annulling a recorded decision (hủy bỏ quyết định khen thưởng): on one of the law's grounds, with the reason and
// the article, audited, and told to the people concerned. The nomination stays, marked annulled, so the record
// of what was decided and undone is kept.
import { DateTime } from "luxon";
import type { Clock } from "../../kernel/ports";
import { say } from "../../kernel/reply";
import { normalizeText } from "../../kernel/text";
import { requireRole } from "../directory/service";
import type { Person } from "../directory/types";
import { DomainError } from "../errors";
import type { AuditLog, UnitOfWork } from "../ports";
import type { Records } from "../records";
import type { NominationService } from "./service";
import type { Nomination } from "./types";

/**
 * The grounds of Luật 06/2022 khoản 2 Điều 93: a) fraud in declaring achievements; b) false information or forged
 * files; c) appraisal against the law; d) a conclusion, decision or judgment of any competent body (not only a court
 * or an inspectorate, whatever the stored code `court_or_inspection`, kept so recorded annulments still read).
 */
export const ANNULMENT_GROUNDS = ["fraud", "false_information", "wrong_appraisal", "court_or_inspection"] as const;
export type AnnulmentGround = (typeof ANNULMENT_GROUNDS)[number];

export const MAX_ANNULMENT_TEXT = 1000;

export interface Annulment {
  nominationId: number;
  ground: AnnulmentGround;
  reason: string;
  article: string;
  annulledBy: number;
  annulledAt: Date;
}

export interface AnnulmentRepo {
  get(nominationId: number): Annulment | null;
  /** Writes the annulment and marks the nomination annulled. Call inside a transaction. */
  insert(annulment: Annulment): void;
}

export type AnnulmentService = ReturnType<typeof createAnnulmentService>;

export function createAnnulmentService(deps: {
  repo: AnnulmentRepo;
  nominations: NominationService;
  audit: AuditLog;
  clock: Clock;
  uow: UnitOfWork;
  /** The record of achievements: the decision's entry is marked annulled. */
  records: Pick<Records, "recordAnnulment">;
}) {
  const { repo, nominations, audit, clock, uow } = deps;

  return {
    get: (nominationId: number) => repo.get(nominationId),

    async annul(
      actor: Person | null,
      nominationId: number,
      input: { ground: AnnulmentGround; reason: string; article: string },
    ): Promise<Nomination> {
      const secretary = requireRole(actor, "secretary");
      const reason = normalizeText(input.reason);
      const article = normalizeText(input.article);
      if (!reason || reason.length > MAX_ANNULMENT_TEXT)
        throw new DomainError("invalid-input", { field: { key: "annul-field-reason" }, max: MAX_ANNULMENT_TEXT });
      if (!article || article.length > MAX_ANNULMENT_TEXT)
        throw new DomainError("invalid-input", { field: { key: "annul-field-article" }, max: MAX_ANNULMENT_TEXT });
      const before = nominations.get(nominationId);
      uow.transaction(() => {
        // read again inside the transaction: two secretaries pressing at once annul once
        if (nominations.get(nominationId).status !== "decided") throw new DomainError("nomination-not-annullable", { id: nominationId });
        const now = clock.now();
        repo.insert({ nominationId, ground: input.ground, reason, article, annulledBy: secretary.id, annulledAt: now });
        deps.records.recordAnnulment(nominationId, reason);
        audit.record({
          actorPersonId: secretary.id,
          action: "nomination.annulled",
          entity: "nomination",
          entityId: nominationId,
          details: { ground: input.ground, decisionNo: before.decisionNo },
        });
      });
      const annulled = nominations.get(nominationId);
      await nominations.tell(
        nominations.concerned(annulled),
        say("annul-notify", {
          id: nominationId,
          nominee: nominations.nomineeName(annulled),
          award: nominations.awardName(annulled.awardCode),
          number: annulled.decisionNo ?? "—",
          date: annulled.decisionDate ? DateTime.fromISO(annulled.decisionDate).toFormat("dd/MM/yyyy") : "—",
          ground: { key: `annul-ground-${input.ground}` },
          reason,
          article,
        }),
      );
      return annulled;
    },
  };
}
