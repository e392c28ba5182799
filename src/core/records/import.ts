// Checks a file of past decisions (import-awards: CSV or XLSX, English or Vietnamese headers) before anything is
// saved: every bad row is reported by its line, people and units are matched as the roster import matches them,
// titles and forms as the catalog and the record's list spell them. A row with an empty name is the unit's own
// award; a row whose award is a grade of the annual rating ("Hoàn thành xuất sắc nhiệm vụ") is that year's rating.
import { closest } from "fastest-levenshtein";
import { DateTime } from "luxon";
import type { Args } from "../../kernel/reply";
import { foldText, normalizeName, visibleLength } from "../../kernel/text";
import type { RosterRow } from "../directory/roster";
import type { Person, Unit } from "../directory/types";
import { parseGrade } from "../yearend/ratings";
import type { RatingGrade } from "../yearend/types";
import type { RecordAwards } from "./awards";
import type { NewRecordEntry, RecordLevel } from "./types";

export const AWARD_COLUMNS = ["full_name", "unit", "year", "award", "decision_no", "decision_date", "issuer"] as const;
type Column = (typeof AWARD_COLUMNS)[number];
const REQUIRED: Column[] = ["full_name", "unit", "year", "award", "decision_no", "decision_date"];

/** Vietnamese (and other common) headers, folded, for each column. */
const HEADER_SPELLINGS: Record<Column, string[]> = {
  full_name: ["ho ten", "ho va ten", "ten", "ca nhan", "name"],
  unit: ["don vi", "tap the", "tap the don vi", "co quan don vi", "phong ban"],
  year: ["nam", "nam thi dua", "nam khen thuong"],
  award: ["danh hieu hinh thuc", "danh hieu", "hinh thuc", "hinh thuc khen thuong", "danh hieu hinh thuc khen thuong", "danh hieu hoac hinh thuc"],
  decision_no: ["so quyet dinh", "so qd", "quyet dinh so", "so"],
  decision_date: ["ngay quyet dinh", "ngay qd", "ngay ky", "ngay ban hanh"],
  issuer: ["co quan ban hanh", "cap ban hanh", "nguoi ky", "co quan quyet dinh", "noi ban hanh"],
};
/** Columns spreadsheets often carry, and those /record's export adds, that the import reads past without a word. */
const IGNORED = new Set(["stt", "so tt", "tt", "ghi chu", "note", "notes", "no", "cap", "level", "ma muc", "entry"]);
/** The state column of /record's export: a row not valid there (annulled, removed) is not imported again. */
const STATUS_HEADERS = new Set(["trang thai", "status"]);
const VALID_STATES = new Set(["", "hieu luc", "valid", "con hieu luc"]);

const MAX = { decision_no: 100, issuer: 200 } as const;

export interface AwardProblem {
  line: number;
  key: string;
  args?: Args;
}

export type AwardImportEntry =
  | { line: number; kind: "award"; entry: NewRecordEntry; identity: string }
  | { line: number; kind: "rating"; personId: number; year: number; grade: RatingGrade };

/** What the check needs: the directory matched as the roster import matches it, the awards, levels and today. */
export interface AwardCheckDeps {
  lookup: {
    unit(name: string): Unit | null;
    person(fullName: string, unitId: number): Person | null;
    named(fullName: string): Person[];
    units(): Unit[];
  };
  awards: RecordAwards;
  levelOf(awardCode: string, year: number): RecordLevel;
  identityOf(entry: NewRecordEntry): string;
  /** The agency's calendar day (YYYY-MM-DD): no decision is dated after it, and no year is later. */
  today: string;
}

const headerKey = (h: string) =>
  foldText(h)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/** Maps each header of the file to a column, and reports missing and unknown ones. */
export function readAwardHeader(headers: string[]): { columns: Map<string, Column>; status: string | null; problems: AwardProblem[] } {
  const columns = new Map<string, Column>();
  const problems: AwardProblem[] = [];
  let status: string | null = null;
  for (const header of headers) {
    const key = headerKey(header ?? "");
    if (STATUS_HEADERS.has(key)) status = header;
    if (key === "" || IGNORED.has(key) || STATUS_HEADERS.has(key)) continue;
    const column = AWARD_COLUMNS.find((c) => c === key.replace(/ /g, "_") || HEADER_SPELLINGS[c].includes(key));
    if (column) columns.set(header, column);
    else problems.push({ line: 1, key: "awards-unknown-column", args: { column: header, columns: AWARD_COLUMNS.join(", ") } });
  }
  const found = new Set(columns.values());
  for (const column of REQUIRED) if (!found.has(column)) problems.push({ line: 1, key: "awards-missing-column", args: { column } });
  return { columns, status, problems };
}

/** Parses a decision date as people and spreadsheets write it; null when it is not a real date. */
export function parseDecisionDate(raw: string): string | null {
  const value = raw.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:T00:00:00(?:\.000)?Z)?$/.exec(value);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
  if (!year) return null;
  const date = DateTime.fromObject({ year: Number(year), month: Number(month), day: Number(day) });
  return date.isValid ? (date.toISODate() as string) : null;
}

/** Validates every row; returns the entries only when no row has a problem. */
export function validateAwardRows(
  rows: RosterRow[],
  header: { columns: Map<string, Column>; status: string | null },
  deps: AwardCheckDeps,
): { entries: AwardImportEntry[]; problems: AwardProblem[] } {
  const { columns } = header;
  const headerOf = new Map<Column, string>();
  for (const [header, column] of columns) if (!headerOf.has(column)) headerOf.set(column, header);
  const thisYear = Number(deps.today.slice(0, 4));
  const entries: AwardImportEntry[] = [];
  const problems: AwardProblem[] = [];
  const seen = new Map<string, number>();
  const unitNames = deps.lookup.units().map((u) => u.name);
  // a file repeats the same few dates and awards on every line: each is parsed once
  const dates = new Map<string, string | null>();
  const dateOf = (text: string) => {
    if (!dates.has(text)) dates.set(text, parseDecisionDate(text));
    return dates.get(text) ?? null;
  };
  const grades = new Map<string, RatingGrade | null>();
  const gradeOf = (text: string) => {
    if (!grades.has(text)) grades.set(text, parseGrade(text));
    return grades.get(text) ?? null;
  };

  // a file names the same units, and each person once a year: each is looked up once
  const units = new Map<string, Unit | null>();
  const unitOf = (name: string) => {
    if (!units.has(name)) units.set(name, deps.lookup.unit(name));
    return units.get(name) ?? null;
  };
  const people = new Map<string, Person | null>();
  const personOf = (name: string, unitId: number) => {
    const key = `${unitId}|${name}`;
    if (!people.has(key)) people.set(key, deps.lookup.person(name, unitId));
    return people.get(key) ?? null;
  };

  for (const { line, cells } of rows) {
    const values = new Map<Column, string>(AWARD_COLUMNS.map((c) => [c, normalizeName(cells[headerOf.get(c) ?? ""] ?? "")]));
    const cell = (c: Column) => values.get(c) ?? "";
    if (AWARD_COLUMNS.every((c) => cell(c) === "")) continue;
    if (header.status !== null && !VALID_STATES.has(headerKey(cells[header.status] ?? ""))) continue;
    const before = problems.length;
    const problem = (key: string, args?: AwardProblem["args"]) => problems.push({ line, key, ...(args ? { args } : {}) });

    const unitName = cell("unit");
    const unit = unitName === "" ? null : unitOf(unitName);
    if (unitName === "") problem("awards-empty", { column: "unit" });
    else if (!unit) problem("awards-unknown-unit", { unit: unitName, suggestion: nearestName(unitName, unitNames) ?? "—" });

    const fullName = cell("full_name");
    let person: Person | null = null;
    if (fullName !== "" && unit) {
      person = personOf(fullName, unit.id);
      if (!person) {
        const elsewhere = deps.lookup.named(fullName).map((p) => p.unitName);
        problem(elsewhere.length > 0 ? "awards-person-elsewhere" : "awards-unknown-person", {
          name: fullName,
          unit: unit.name,
          units: [...new Set(elsewhere)].join("; "),
        });
      }
    }

    const yearText = cell("year").replace(/\.0+$/, "");
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : Number.NaN;
    if (yearText === "") problem("awards-empty", { column: "year" });
    else if (!(year >= 1945 && year <= thisYear)) problem("awards-bad-year", { value: cell("year"), max: String(thisYear) });

    const awardText = cell("award");
    const grade = awardText === "" ? null : gradeOf(awardText);
    const subject = fullName === "" ? "collective" : "individual";
    const match = awardText === "" || grade ? null : deps.awards.match(awardText, subject);
    if (awardText === "") problem("awards-empty", { column: "award" });
    else if (grade && fullName === "") problem("awards-rating-for-unit", { value: awardText });
    else if (match && match.code === null) {
      if (match.otherSubject) problem(subject === "collective" ? "awards-award-for-people" : "awards-award-for-units", { award: match.otherSubject });
      else problem("awards-unknown-award", { value: awardText, suggestion: match.suggestion ?? "—" });
    }

    if (grade) {
      if (problems.length > before || !person) continue;
      const key = `rating|${person.id}|${year}`;
      const first = seen.get(key);
      if (first !== undefined) problem("awards-duplicate", { first });
      else {
        seen.set(key, line);
        entries.push({ line, kind: "rating", personId: person.id, year, grade });
      }
      continue;
    }

    const decisionNo = cell("decision_no");
    if (decisionNo === "") problem("awards-empty", { column: "decision_no" });
    else if (decisionNo.length > MAX.decision_no && visibleLength(decisionNo) > MAX.decision_no)
      problem("awards-too-long", { column: "decision_no", max: MAX.decision_no });
    const dateText = cell("decision_date");
    const decisionDate = dateText === "" ? null : dateOf(dateText);
    if (dateText === "") problem("awards-empty", { column: "decision_date" });
    else if (!decisionDate) problem("awards-bad-date", { value: dateText });
    else if (decisionDate > deps.today) problem("awards-date-future", { date: showDay(decisionDate) });
    else if (Number.isInteger(year) && decisionDate < `${year}-01-01`)
      problem("awards-date-before-year", { date: showDay(decisionDate), year: String(year) });
    const issuer = cell("issuer");
    if (issuer.length > MAX.issuer && visibleLength(issuer) > MAX.issuer) problem("awards-too-long", { column: "issuer", max: MAX.issuer });

    if (problems.length > before || !unit || !match?.code) continue;
    const entry: NewRecordEntry = {
      subject: person ? "person" : "unit",
      personId: person?.id ?? null,
      unitId: unit.id,
      awardCode: match.code,
      year,
      level: deps.levelOf(match.code, year),
      decisionNo,
      decisionDate,
      issuer,
      source: "import",
      nominationId: null,
    };
    const identity = deps.identityOf(entry);
    const first = seen.get(identity);
    if (first !== undefined) {
      problem("awards-duplicate", { first });
      continue;
    }
    seen.set(identity, line);
    entries.push({ line, kind: "award", entry, identity });
  }
  return problems.length > 0 ? { entries: [], problems } : { entries, problems };
}

const showDay = (iso: string) => iso.split("-").reverse().join("/");

/** The name sharing most words with what was typed (folded), the closest spelling among equals. */
export function nearestName(typed: string, names: string[]): string | null {
  const words = new Set(
    foldText(typed)
      .split(/[^a-z0-9]+/)
      .filter(Boolean),
  );
  const shared = (name: string) =>
    foldText(name)
      .split(/[^a-z0-9]+/)
      .filter((w) => words.has(w)).length;
  const best = Math.max(0, ...names.map(shared));
  const candidates = names.filter((n) => shared(n) === best);
  return candidates.length === 0 ? null : closest(typed, candidates);
}
