// A generated history for the scale bench: every person of the big roster (./big-roster.ts) over `years` years,
// as a file of past decisions — LĐTT for most, CSTĐCS for one in ten, a Giấy khen for one in twenty, and each unit's
// TTLĐTT — imported as `npm run cli -- import-awards` does.
import { writeFileSync } from "node:fs";
import type { App } from "../../src/app";
import { AWARD_FILE_LIMITS, readRosterFile } from "../../src/roster/read";
import { bigName, UNIT_SIZE } from "./big-roster";

/** Writes the history of `size` people over the `years` years before `lastYear` (included) to `path`; returns its rows. */
export function writeBigAwards(path: string, size: number, years: number, lastYear: number): number {
  const lines = ["full_name,unit,year,award,decision_no,decision_date,issuer"];
  for (let y = lastYear - years + 1; y <= lastYear; y++) {
    const date = `15/12/${y}`;
    for (let i = 0; i < size; i++) {
      const unit = `Đơn vị số ${String(Math.floor(i / UNIT_SIZE) + 1).padStart(4, "0")}`;
      if (i % UNIT_SIZE === 0) lines.push(`,${unit},${y},TTLĐTT,${y % 100}0/QĐ-SNV,${date},Giám đốc Sở`);
      if (i % 7 !== 6) lines.push(`${bigName(i)},${unit},${y},LĐTT,${y % 100}1/QĐ-SNV,${date},Giám đốc Sở`);
      if (i % 10 === 3) lines.push(`${bigName(i)},${unit},${y},CSTĐCS,${y % 100}2/QĐ-SNV,${date},Giám đốc Sở`);
      if (i % 20 === 5) lines.push(`${bigName(i)},${unit},${y},Giấy khen,${y % 100}3/QĐ-SNV,${date},Giám đốc Sở`);
    }
  }
  writeFileSync(path, `${lines.join("\n")}\n`);
  return lines.length - 1;
}

/** What `npm run cli -- import-awards FILE` does, in this process. */
export async function importAwards(app: App, path: string) {
  const sheet = await readRosterFile(path, AWARD_FILE_LIMITS);
  const { entries, problems } = app.services.records.checkFile(sheet);
  if (problems.length > 0) throw new Error(`bad rows: ${problems.length}, first: ${JSON.stringify(problems[0])}`);
  return app.services.records.imports.apply(entries, { label: "cli" }, path);
}
