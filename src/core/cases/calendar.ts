// Counts periods in calendar days or working days (ngày làm việc), skipping weekends and the official days off
// of catalog/holidays.json, and counting the weekend days that are worked in exchange for a bridged day.
import { DateTime } from "luxon";
import { z } from "zod";
import type { PeriodRule } from "./rules";

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a day written YYYY-MM-DD");
const namedDay = z.object({ date: isoDay, name: z.string().min(1) });
/**
 * What a year's list only assumes until the government's announcement is checked: a day (a bridge day, a new
 * holiday) or, with no date, the whole year's schedule. Named at start-up and in /caserules until removed.
 */
const assumption = z.object({ date: isoDay.nullable(), note: z.string().min(1) });

export const holidaysSchema = z.object({
  version: z.literal(1),
  note: z.string(),
  /** Who checked the list against the government's announcement, and when; null until someone does. */
  checkedBy: z.string().nullable(),
  years: z.record(
    z.string().regex(/^\d{4}$/),
    z.object({
      status: z.enum(["official", "quoted", "lead"]),
      source: z.string().min(1),
      daysOff: z.array(namedDay),
      workdays: z.array(namedDay),
      assumed: z.array(assumption).default([]),
    }),
  ),
});
export type Holidays = z.infer<typeof holidaysSchema>;

export interface WorkCalendar {
  isWorkingDay(day: string): boolean;
  /**
   * The last day of a period of `days` counted from the day after `from` (a period "kể từ ngày" starts the next
   * day). With `endsOnWorkingDay`, a calendar period that ends on a day off ends on the next working day.
   */
  periodEnd(from: string, rule: Pick<PeriodRule, "days" | "unit">, endsOnWorkingDay: boolean): string;
  /** Calendar days from one day to another (negative if before). */
  daysBetween(from: string, to: string): number;
  addCalendarDays(from: string, days: number): string;
  /** Years the file covers, so the operator can be told when next year is missing. */
  years(): string[];
  /** Every assumption of the list, year by year, to be named until someone confirms it. */
  assumed(): Array<{ year: string; date: string | null; note: string }>;
}

export function createWorkCalendar(holidays: Holidays): WorkCalendar {
  const off = new Set(Object.values(holidays.years).flatMap((y) => y.daysOff.map((d) => d.date)));
  const worked = new Set(Object.values(holidays.years).flatMap((y) => y.workdays.map((d) => d.date)));
  const day = (iso: string) => DateTime.fromISO(iso, { zone: "utc" });
  const iso = (date: DateTime) => date.toISODate() as string;

  function isWorkingDay(date: string): boolean {
    if (worked.has(date)) return true;
    return day(date).weekday <= 5 && !off.has(date);
  }

  function nextWorkingDay(date: string): string {
    let current = date;
    while (!isWorkingDay(current)) current = iso(day(current).plus({ days: 1 }));
    return current;
  }

  return {
    isWorkingDay,
    periodEnd(from, rule, endsOnWorkingDay) {
      if (rule.unit === "calendar") {
        const end = iso(day(from).plus({ days: rule.days }));
        return endsOnWorkingDay ? nextWorkingDay(end) : end;
      }
      let current = day(from);
      for (let counted = 0; counted < rule.days; ) {
        current = current.plus({ days: 1 });
        if (isWorkingDay(iso(current))) counted++;
      }
      return iso(current);
    },
    daysBetween: (from, to) => Math.round(day(to).diff(day(from), "days").days),
    addCalendarDays: (from, days) => iso(day(from).plus({ days })),
    years: () => Object.keys(holidays.years).sort(),
    assumed: () =>
      Object.entries(holidays.years)
        .sort(([a], [b]) => a.localeCompare(b))
        .flatMap(([year, entry]) => entry.assumed.map((a) => ({ year, ...a }))),
  };
}
