// "Các hình thức đã được khen thưởng" of a person or a collective: the port the achievement report reads. Today it
// lists what the bot's own recorded decisions hold; the record of achievements (issue 29, with imported history)
// plugs in here by giving the paperwork another `AwardsReceived`.
import type { AwardCatalog } from "../core/campaigns/catalog";
import type { NominationService } from "../core/nominations/service";
import type { Nomination } from "../core/nominations/types";

export type AwardSubject = { kind: "person"; personId: number; unitId: number } | { kind: "unit"; unitId: number };

export interface ReceivedAward {
  year: number;
  kind: "title" | "form";
  name: string;
  decisionNo: string | null;
  /** YYYY-MM-DD. */
  decisionDate: string | null;
  /** Who issued the decision: "Giám đốc Sở Nội vụ", "Chủ tịch Ủy ban nhân dân tỉnh …". */
  issuer: string;
}

/** The awards a subject received in the years before `beforeYear`, oldest first. */
export type AwardsReceived = (subject: AwardSubject, beforeYear: number) => ReceivedAward[];

export function awardsFromDecisions(deps: {
  nominations: Pick<NominationService, "history">;
  catalog: AwardCatalog;
  issuerOf: (awardCode: string, year: number) => string;
}): AwardsReceived {
  return (subject, beforeYear) => {
    // history() reads only who the nominee is and the year
    const probe = {
      nominee: subject.kind,
      personId: subject.kind === "person" ? subject.personId : null,
      unitId: subject.unitId,
      year: beforeYear,
    } as Nomination;
    return deps.nominations
      .history(probe)
      .filter((n) => n.status === "decided")
      .sort((a, b) => a.year - b.year || a.id - b.id)
      .map((n) => {
        const award = deps.catalog.get(n.awardCode);
        return {
          year: n.year,
          kind: award?.kind ?? "form",
          name: award?.name.vi ?? n.awardCode,
          decisionNo: n.decisionNo,
          decisionDate: n.decisionDate,
          issuer: deps.issuerOf(n.awardCode, n.year),
        };
      });
  };
}
