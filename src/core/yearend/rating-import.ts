// Checks a ratings file (CSV/XLSX: full_name, unit, year, rating, and optionally staff_category: công chức, viên chức,
// hợp đồng) before anything is saved: every bad row is reported by its line, and nothing is imported until the file
// is clean (like the roster import).

import { foldText, normalizeName } from "../../kernel/text";
import type { RosterRow } from "../directory/roster";
import type { Person, Unit } from "../directory/types";
import { parseCategory, parseGrade, type RatingEntry } from "./ratings";

export const RATING_COLUMNS = ["full_name", "unit", "year", "rating", "staff_category"] as const;
const REQUIRED = ["full_name", "year", "rating"] as const;

export interface RatingProblem {
  line: number;
  key: string;
  args?: Record<string, string | number>;
}

/** What the check needs of the directory: everyone active, and the units. */
export interface RatingDirectory {
  people(): Person[];
  units(): Unit[];
}

export function checkRatingHeader(headers: string[]): RatingProblem[] {
  return REQUIRED.filter((c) => !headers.includes(c)).map((column) => ({ line: 1, key: "ratings-missing-column", args: { column } }));
}

export function validateRatings(rows: RosterRow[], directory: RatingDirectory): { entries: RatingEntry[]; problems: RatingProblem[] } {
  const unitByName = new Map(directory.units().map((u) => [foldText(u.name), u.id]));
  // people grouped once by folded name, so a row costs a map lookup whatever the roster size
  const byName = new Map<string, Person[]>();
  for (const person of directory.people()) {
    const key = foldText(person.fullName);
    byName.set(key, [...(byName.get(key) ?? []), person]);
  }
  const entries: RatingEntry[] = [];
  const problems: RatingProblem[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const cell = (name: string) => normalizeName(row.cells[name] ?? "");
    if (RATING_COLUMNS.every((c) => cell(c) === "")) continue;
    const name = cell("full_name");
    const unitName = cell("unit");
    const grade = parseGrade(cell("rating"));
    const year = Number(cell("year"));
    const category = cell("staff_category") === "" ? null : parseCategory(cell("staff_category"));
    const before = problems.length;
    if (!grade) problems.push({ line: row.line, key: "ratings-bad-grade", args: { value: cell("rating") } });
    if (cell("staff_category") !== "" && !category)
      problems.push({ line: row.line, key: "ratings-bad-category", args: { value: cell("staff_category") } });
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      problems.push({ line: row.line, key: "ratings-bad-year", args: { value: cell("year") } });
    let candidates = byName.get(foldText(name)) ?? [];
    const unitId = unitName === "" ? null : unitByName.get(foldText(unitName));
    if (unitId !== null) candidates = candidates.filter((p) => p.unitId === unitId);
    if (unitId === undefined) problems.push({ line: row.line, key: "ratings-unknown-unit", args: { unit: unitName } });
    else if (name === "") problems.push({ line: row.line, key: "ratings-missing-name" });
    else if (candidates.length === 0) problems.push({ line: row.line, key: "ratings-unknown-person", args: { name } });
    else if (candidates.length > 1) problems.push({ line: row.line, key: "ratings-ambiguous-person", args: { name } });
    const person = candidates[0];
    if (problems.length > before || !person || !grade) continue;
    const key = `${person.id}:${year}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({ line: row.line, key: "ratings-duplicate", args: { name, year, other: earlier } });
      continue;
    }
    seen.set(key, row.line);
    entries.push({ line: row.line, personId: person.id, year, grade, category });
  }
  return { entries, problems };
}
