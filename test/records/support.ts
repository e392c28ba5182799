// Helpers for the record tests: past decisions imported through the same check and save as the CLI, from rows
// written here as a sheet would read.
import type { TestApp } from "../support/harness";

/** One past decision: [full name (empty for the unit), unit, year, award, number, date, issuer]. */
export type PastRow = [string, string, number | string, string, string, string, string?];

export const AWARD_HEADER = ["full_name", "unit", "year", "award", "decision_no", "decision_date", "issuer"];
export const TO_CHUC = "Phòng Tổ chức, biên chế và Tổ chức phi chính phủ";
export const CCHC = "Phòng Cải cách hành chính";

/** Checks and saves rows as `import-awards` does; throws with the problems when the check refuses them. */
export function importPast(test: TestApp, rows: PastRow[]) {
  const sheet = {
    headers: AWARD_HEADER,
    rows: rows.map((r, i) => ({ line: i + 2, cells: Object.fromEntries(AWARD_HEADER.map((h, j) => [h, String(r[j] ?? "")])) })),
  };
  const { records } = test.app.services;
  const { entries, problems } = records.checkFile(sheet);
  if (problems.length > 0) throw new Error(JSON.stringify(problems));
  return records.imports.apply(entries, { label: "cli" }, "test.csv");
}

/** A yearly campaign for an emulation year (the demo has 2023's only). */
export function yearlyCampaign(test: TestApp, year: number) {
  return test.app.services.campaigns.create({
    code: `TD${year}`,
    title: `Phong trào thi đua năm ${year}`,
    description: "",
    kind: "yearly",
    startsOn: `${year}-01-01`,
    endsOn: `${year}-12-31`,
    awardCodes: ["LDTT", "CSTDCS", "CSTDT", "TTLDTT", "TTLDXS"],
    pledgeDeadline: null,
    createdBy: null,
  });
}
