// The roster's columns as people type them: the English codes or their Vietnamese headers ("Họ và tên", "Đơn vị",
// "Ngày sinh", "Chức vụ"…), and the optional profile columns the achievement report needs, checked cell by cell.
import { DateTime } from "luxon";
import { foldText, visibleLength } from "../../kernel/text";
import type { PersonProfile } from "./profile";

export const PROFILE_COLUMNS = ["birth_date", "hometown", "position", "qualification", "political_theory"] as const;

/** Folded Vietnamese headers (and common spellings) → the column they name. */
const HEADER_ALIASES: Record<string, string> = {
  "ho va ten": "full_name",
  "ho ten": "full_name",
  "don vi": "unit",
  "phong ban": "unit",
  "vai tro": "roles",
  telegram: "telegram_user_id",
  slack: "slack_user_id",
  zalo: "zalo_user_id",
  "thu dien tu": "email",
  "e mail": "email",
  "ngon ngu": "language",
  "ngay sinh": "birth_date",
  "ngay thang nam sinh": "birth_date",
  "que quan": "hometown",
  "chuc vu": "position",
  "trinh do chuyen mon": "qualification",
  "trinh do chuyen mon nghiep vu": "qualification",
  "ly luan chinh tri": "political_theory",
  "trinh do ly luan chinh tri": "political_theory",
};

/** The column a header names, or null when it names none. */
export function rosterColumn(header: string): string | null {
  const plain = header.trim().toLowerCase();
  if (/^[a-z_]+$/.test(plain)) return plain;
  const folded = foldText(header)
    .replace(/[^a-z0-9 ]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return HEADER_ALIASES[folded] ?? HEADER_ALIASES[folded.replace(/ /g, "")] ?? null;
}

/** A row's cells keyed by column; `cache` keeps each header's column, so 50,000 rows fold each header once. */
export function rosterCells(cells: Record<string, string>, cache: Map<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [header, value] of Object.entries(cells)) {
    let column = cache.get(header);
    if (column === undefined) {
      column = rosterColumn(header) ?? header;
      cache.set(header, column);
    }
    out[column] = value;
  }
  return out;
}

const TEXT_MAX = 200;

/**
 * "12/3/1985", "1985-03-12" or the date an XLSX cell holds (read as an ISO time at UTC midnight) → "1985-03-12";
 * null when it is not a date in the past 120 years.
 */
export function parseBirthDate(value: string, today = DateTime.utc()): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(T00:00:00(\.000)?Z)?$/.exec(value);
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const day = iso
    ? DateTime.utc(Number(iso[1]), Number(iso[2]), Number(iso[3]))
    : vn
      ? DateTime.utc(Number(vn[3]), Number(vn[2]), Number(vn[1]))
      : null;
  if (!day?.isValid || day > today || day.year < today.year - 120) return null;
  return day.toISODate();
}

/** The profile columns a row filled, each checked; a problem is reported through `problem` with its message key. */
export function profileCells(
  cell: (column: string) => string,
  problem: (key: string, args: Record<string, string | number>) => void,
): Partial<PersonProfile> {
  const profile: Partial<PersonProfile> = {};
  const birth = cell("birth_date");
  if (birth) {
    const date = parseBirthDate(birth);
    if (date) profile.birthDate = date;
    else problem("roster-bad-date", { column: "birth_date", value: birth });
  }
  for (const [column, field] of [
    ["hometown", "hometown"],
    ["position", "position"],
    ["qualification", "qualification"],
    ["political_theory", "politicalTheory"],
  ] as const) {
    const value = cell(column);
    if (!value) continue;
    if (value.length > TEXT_MAX && visibleLength(value) > TEXT_MAX) problem("roster-too-long", { column, max: TEXT_MAX });
    else profile[field] = value;
  }
  return profile;
}
