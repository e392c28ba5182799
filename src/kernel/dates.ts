// Days and times as people type and read them: dd/mm/yyyy (and HH:mm dd/mm/yyyy) in both languages, stored as
// ISO days (yyyy-mm-dd) or UTC instants. One place, so a summary, a list and an export never disagree.
import { DateTime } from "luxon";

export type DayParse = { ok: true; iso: string } | { ok: false; reason: "format" | "unreal" | "several" };

const DAY_LIKE = /\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/g;

/**
 * Reads one day typed as 31/01/2027, 31-1-2027, 31.01.2027 or 2027-01-31. Tells apart a day that does not exist
 * (31/02/2027, 2023-13-01), a period typed where one day is asked (01/01/2027 - 31/12/2027), and anything else.
 */
export function parseDay(input: string): DayParse {
  const found = input.match(DAY_LIKE) ?? [];
  if (found.length > 1) return { ok: false, reason: "several" };
  const typed = input.trim();
  if (found.length === 0 || found[0] !== typed) return { ok: false, reason: "format" };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(typed);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
  if (!year) return { ok: false, reason: "format" };
  const date = DateTime.fromObject({ year: Number(year), month: Number(month), day: Number(day) });
  return date.isValid ? { ok: true, iso: date.toISODate() as string } : { ok: false, reason: "unreal" };
}

/** Days said in words, as people type them: "hôm nay", "mai", "ngày mai", "hôm qua" (and English), folded. */
const DAY_WORDS: Record<string, number> = {
  "hom nay": 0,
  "ngay hom nay": 0,
  today: 0,
  mai: 1,
  "ngay mai": 1,
  tomorrow: 1,
  "hom qua": -1,
  yesterday: -1,
};

/** The day a word names ("mai" → tomorrow where the agency is), or null; `folded` as foldText gives it. */
export function dayFromWords(folded: string, at: Date, timezone: string): string | null {
  const offset = DAY_WORDS[folded.replace(/[.!]+$/, "")];
  if (offset === undefined) return null;
  return DateTime.fromJSDate(at, { zone: timezone }).plus({ days: offset }).toISODate() as string;
}

/** A day to show as an example of how dates are typed. */
export interface DayExample {
  /** dd/mm/yyyy. */
  example: string;
}

/**
 * The example a date question gives: the 15th of next month. Ahead of today, so it reads as a plan and not a slip,
 * and its day cannot be a month, so nobody reads it month first.
 */
export function exampleDay(at: Date, timezone: string): DayExample {
  const next = DateTime.fromJSDate(at, { zone: timezone }).plus({ months: 1 }).set({ day: 15 });
  return { example: next.toFormat("dd/MM/yyyy") };
}

/** The calendar year of an instant where the agency is (the emulation year a command works on by default). */
export function yearOf(at: Date, timezone: string): number {
  return DateTime.fromJSDate(at, { zone: timezone }).year;
}

/** The calendar day of an instant where the agency is. */
export function dayOf(at: Date, timezone: string): string {
  return DateTime.fromJSDate(at, { zone: timezone }).toISODate() as string;
}

/** yyyy-mm-dd → dd/mm/yyyy; anything else is shown as it is. */
export function showDay(isoDay: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDay);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : isoDay;
}

/** An instant as HH:mm dd/mm/yyyy where the agency is. */
export function showTime(at: Date, timezone: string): string {
  return DateTime.fromJSDate(at, { zone: timezone }).toFormat("HH:mm dd/MM/yyyy");
}

/**
 * showTime for a long list of instants: the same text from one Intl formatter made once. Luxon spends about 5 µs an
 * instant finding the zone's offset, which a 50,000-row export paid on every row of each file it wrote.
 */
export function timeFormatter(timezone: string): (at: Date) => string {
  const format = new Intl.DateTimeFormat("en-GB", {
    timeZone: timezone,
    hourCycle: "h23",
    hour: "2-digit",
    minute: "2-digit",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  });
  return (at) => {
    const part: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
    for (const { type, value } of format.formatToParts(at)) part[type] = value;
    return `${part.hour}:${part.minute} ${part.day}/${part.month}/${part.year}`;
  };
}

/** The last moment of a day where the agency is: a deadline "on 15/01" lasts until that evening. */
export function endOfDay(isoDay: string, timezone: string): Date {
  return DateTime.fromISO(isoDay, { zone: timezone }).endOf("day").toJSDate();
}
