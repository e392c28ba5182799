// The rules that look back over earlier years (CSTĐ cấp tỉnh: three consecutive CSTĐCS; any title or form needing
// earlier ones) read the record of achievements, and say which years they found, with the decisions, and which are
// missing: for a refusal, and for /upward, which shows the history that qualifies each proposal.

import type { LocalizedText, Text } from "../../kernel/reply";
import type { NomineeKind } from "../nominations/types";
import type { Prerequisite } from "../rules/book";

/** A year the record holds the award for, with the decision that granted it. */
export interface FoundYear {
  year: number;
  decisionNo: string;
  decisionDate: string | null;
}

export interface LookBackResult {
  rule: Prerequisite;
  /** The years the rule asks for, oldest first. */
  years: number[];
  found: FoundYear[];
  missing: number[];
}

/** Valid entries of the record: the look-back's only source for earlier years. */
export type HeldReader = (holder: { kind: NomineeKind; id: number }, awardCode: string, years: number[]) => FoundYear[];

/** Every earlier-years prerequisite of an award for a nominee and year, as found in the record. */
export function lookBack(
  prerequisites: Prerequisite[],
  nominee: { kind: NomineeKind; id: number },
  year: number,
  held: HeldReader,
): LookBackResult[] {
  return prerequisites
    .filter((p) => !p.sameYear)
    .map((rule) => {
      const years = Array.from({ length: rule.years }, (_, i) => year - rule.years + i);
      const found = held(nominee, rule.award, years).sort((a, b) => a.year - b.year);
      const have = new Set(found.map((f) => f.year));
      return { rule, years, found, missing: years.filter((y) => !have.has(y)) };
    });
}

const day = (iso: string | null) => (iso ? iso.split("-").reverse().join("/") : null);

/** "2024 (số 21/QĐ-SNV, 10/01/2025)": one found year, in words. */
export function foundYearText(f: FoundYear): Text {
  const date = day(f.decisionDate);
  return date
    ? { key: "lookback-found-year", args: { year: String(f.year), number: f.decisionNo, date } }
    : { key: "lookback-found-year-undated", args: { year: String(f.year), number: f.decisionNo } };
}

/** What a look-back found and lacks, as the reason of a refusal or a line of /upward. */
export function lookBackText(result: LookBackResult, requiredName: LocalizedText | string, year: number): Text {
  return {
    key: "lookback-summary",
    args: {
      required: requiredName,
      years: result.years.length,
      year: String(year),
      span: `${result.years[0]}–${result.years.at(-1)}`,
      foundCount: result.found.length,
      found: result.found.map(foundYearText),
      missingCount: result.missing.length,
      missing: result.missing.map(String).join(", "),
    },
  };
}
