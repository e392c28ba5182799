// "Các hình thức đã được khen thưởng" of a person or a collective: what the achievement report lists, read from the
// record of achievements (src/core/records: the bot's own decisions and the imported history of the years before it).
import type { Records } from "../core/records";

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

/**
 * The record's valid entries before the report's year. The form asks for the issuing body ("cơ quan ban hành"): for the
 * bot's own decisions (whose record keeps the signer's name) and imported ones without an issuer, it is whoever grants
 * that award in its year (`issuerOf`).
 */
export function awardsFromRecord(deps: {
  records: Pick<Records, "awardsReceived">;
  issuerOf: (awardCode: string, year: number) => string;
}): AwardsReceived {
  return (subject, beforeYear) =>
    deps.records
      .awardsReceived(subject.kind === "person" ? { kind: "person", id: subject.personId } : { kind: "unit", id: subject.unitId })
      .filter((a) => a.year < beforeYear)
      .sort((a, b) => a.year - b.year || (a.decisionDate ?? "").localeCompare(b.decisionDate ?? ""))
      .map((a) => ({
        year: a.year,
        kind: a.kind,
        name: a.award.vi,
        decisionNo: a.decisionNo || null,
        decisionDate: a.decisionDate,
        issuer: a.fromBot || !a.issuer ? deps.issuerOf(a.awardCode, a.year) : a.issuer,
      }));
}
