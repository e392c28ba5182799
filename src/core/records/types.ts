// The record of achievements (hồ sơ thành tích): every title and form a person or a collective received, with its
// year, level, decision number, date and issuer; filled by the bot's own decisions and by imports of past ones.
import type { RatingGrade, RatingSource } from "../yearend/types";

export const RECORD_SUBJECTS = ["person", "unit"] as const;
export type RecordSubject = (typeof RECORD_SUBJECTS)[number];

/** Who granted it: the Sở itself, the province (or a ministry's equal), or the central level (Chính phủ, Nhà nước). */
export const RECORD_LEVELS = ["so", "province", "central"] as const;
export type RecordLevel = (typeof RECORD_LEVELS)[number];

/** bot: recorded by /decide; import: a past decision from a file (the CLI or a file sent in chat). */
export const RECORD_SOURCES = ["bot", "import"] as const;
export type RecordSource = (typeof RECORD_SOURCES)[number];

/** valid; annulled: its decision was annulled (kept, shown struck out); removed: the secretary took out an entry made in error. */
export const RECORD_STATUSES = ["valid", "annulled", "removed"] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

/** A person or a unit whose record is read. */
export interface RecordHolder {
  kind: RecordSubject;
  id: number;
}

export interface RecordEntry {
  id: number;
  subject: RecordSubject;
  personId: number | null;
  /** The collective itself, or the person's unit when the award was given. */
  unitId: number;
  awardCode: string;
  year: number;
  level: RecordLevel;
  decisionNo: string;
  /** YYYY-MM-DD, as written on the decision; null when a bot decision was recorded without one. */
  decisionDate: string | null;
  /** The body or person who signed, as the decision says (e.g. "Giám đốc Sở Nội vụ"). */
  issuer: string;
  source: RecordSource;
  nominationId: number | null;
  status: RecordStatus;
  /** Why it was annulled or removed. */
  note: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export type NewRecordEntry = Omit<RecordEntry, "id" | "createdAt" | "updatedAt" | "status" | "note">;

/** What a year's annual quality rating contributes to a person's record (read from the ratings, never copied). */
export interface RecordRating {
  year: number;
  grade: RatingGrade;
  source: RatingSource;
}

/** The key that makes an entry once: a title once a year per holder; a form once per decision. */
export function identityOf(
  e: Pick<NewRecordEntry, "subject" | "personId" | "unitId" | "awardCode" | "year" | "decisionNo">,
  isTitle: boolean,
): string {
  const holder = e.subject === "person" ? `p${e.personId}` : `u${e.unitId}`;
  const base = `${holder}|${e.awardCode}|${e.year}`;
  return isTitle ? base : `${base}|${e.decisionNo.normalize("NFC").toLowerCase().replace(/\s+/g, "")}`;
}
