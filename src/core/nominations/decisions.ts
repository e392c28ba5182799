// Recording the decision (số, ngày, người ký) for nominations the council approved or the Sở may decide without a
// vote, telling those concerned and announcing it to everyone; and what goes up to the province instead.
import { DateTime } from "luxon";
import { say } from "../../kernel/reply";
import { normalizeText } from "../../kernel/text";
import { requireRole } from "../directory/service";
import type { Person } from "../directory/types";
import { DomainError } from "../errors";
import { judgeDecision } from "../rules/judge";
import type { NominationContext } from "./context";
import type { Nomination } from "./types";

export interface DecisionInput {
  number: string;
  /** YYYY-MM-DD */
  date: string;
  signer: string;
}

export function createNominationDecisions(ctx: NominationContext) {
  const { deps, judgeDeps, get, award, nomineeName, today, rulesFor, candidate, isDecidable, tell, concerned } = ctx;
  const { repo, audit, clock, uow, announcer, book } = deps;

  return {
    /** What the secretary may record a decision for now. */
    decidable(actor: Person | null): Nomination[] {
      requireRole(actor, "secretary");
      return repo.list({}).filter(isDecidable);
    },

    /** Approved nominations for titles and forms the Sở does not grant: to be proposed to the province. */
    upward(actor: Person | null): Nomination[] {
      requireRole(actor, "secretary", "leader");
      return repo.list({ status: "approved" }).filter((n) => !rulesFor(n).grantsItself(n.awardCode));
    },
    /** Records the decision (số, ngày, người ký) for approved nominations and tells those concerned. */
    async decide(actor: Person | null, nominationIds: number[], input: DecisionInput): Promise<Nomination[]> {
      const secretary = requireRole(actor, "secretary");
      const number = normalizeText(input.number);
      const signer = normalizeText(input.signer);
      if (!number) throw new DomainError("invalid-input", { field: { key: "decision-field-number" }, max: 100 });
      if (!signer) throw new DomainError("invalid-input", { field: { key: "decision-field-signer" }, max: 100 });
      const ids = [...new Set(nominationIds)];
      if (ids.length === 0) throw new DomainError("invalid-input", { field: { key: "decision-field-nominations" }, max: 0 });
      uow.transaction(() => {
        for (const id of ids) {
          const n = get(id);
          if (!isDecidable(n)) throw new DomainError("nomination-wrong-status", { id });
          // no award while under review either (Điều 4), even for a nomination proposed before the review began
          judgeDecision(candidate(n), rulesFor(n), book.onDate(today()), today(), judgeDeps);
          repo.update(id, { status: "decided", decisionNo: number, decisionDate: input.date, decisionSigner: signer }, clock.now());
          deps.records.recordDecision(get(id));
          audit.record({
            actorPersonId: secretary.id,
            action: "nomination.decided",
            entity: "nomination",
            entityId: id,
            details: { decisionNo: number },
          });
        }
      });
      const decided = ids.map(get);
      // a calendar date, shown as written on the decision (no time of day, no time-zone shift)
      const when = DateTime.fromISO(input.date).toFormat("dd/MM/yyyy");
      for (const n of decided) {
        await tell(
          concerned(n),
          say("decision-notify", { id: n.id, nominee: nomineeName(n), award: award(n.awardCode).name, number, date: when, signer }),
        );
      }
      await announcer({
        kind: "decision",
        reply: {
          blocks: [
            { type: "heading", text: { key: "decision-announce-title", args: { number, date: when, signer } } },
            {
              type: "list",
              items: decided.map((n) => ({ key: "decision-announce-line", args: { nominee: nomineeName(n), award: award(n.awardCode).name } })),
            },
          ],
        },
      });
      return decided;
    },
  };
}
