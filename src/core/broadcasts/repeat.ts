// Schedule arithmetic in the schedule's time zone: the latest slot at or before a moment, the cron expression
// node-cron fires on, and the words people read ("every Monday at 08:00", never "0 8 * * 1").
import { DateTime } from "luxon";
import { type Text, text } from "../../kernel/reply";
import type { Repeat } from "./types";

/** The latest time the schedule was due at or before `now`, or null (a one-off not yet due). */
export function latestSlot(repeat: Repeat, timezone: string, now: Date): Date | null {
  const local = DateTime.fromJSDate(now, { zone: timezone });
  switch (repeat.kind) {
    case "once": {
      const at = new Date(repeat.at);
      return at.getTime() <= now.getTime() ? at : null;
    }
    case "daily": {
      let slot = local.set({ hour: repeat.hour, minute: repeat.minute, second: 0, millisecond: 0 });
      if (slot > local) slot = slot.minus({ days: 1 });
      return slot.toJSDate();
    }
    case "weekly": {
      let slot = local.set({ hour: repeat.hour, minute: repeat.minute, second: 0, millisecond: 0 });
      const back = (slot.weekday - repeat.weekday + 7) % 7;
      slot = slot.minus({ days: back });
      if (slot > local) slot = slot.minus({ weeks: 1 });
      return slot.toJSDate();
    }
    case "monthly": {
      const inMonth = (month: DateTime) =>
        month.set({ day: Math.min(repeat.day, month.daysInMonth ?? 28), hour: repeat.hour, minute: repeat.minute, second: 0, millisecond: 0 });
      let slot = inMonth(local);
      if (slot > local) slot = inMonth(local.startOf("month").minus({ months: 1 }));
      return slot.toJSDate();
    }
  }
}

/** node-cron's expression for the schedule, evaluated in its time zone. */
export function cronOf(repeat: Repeat, timezone: string): string {
  switch (repeat.kind) {
    case "once": {
      const at = DateTime.fromISO(repeat.at, { zone: timezone });
      return `${at.minute} ${at.hour} ${at.day} ${at.month} *`;
    }
    case "daily":
      return `${repeat.minute} ${repeat.hour} * * *`;
    case "weekly":
      return `${repeat.minute} ${repeat.hour} * * ${repeat.weekday % 7}`;
    case "monthly":
      // days past a month's end (31 in April) fire on the last day, which cron cannot say: check daily from the 28th
      return repeat.day > 28 ? `${repeat.minute} ${repeat.hour} 28-31 * *` : `${repeat.minute} ${repeat.hour} ${repeat.day} * *`;
  }
}

const two = (n: number) => String(n).padStart(2, "0");

/** The schedule in words, for lists and confirmations. */
export function describeRepeat(repeat: Repeat, timezone: string): Text {
  switch (repeat.kind) {
    case "once": {
      const at = DateTime.fromISO(repeat.at, { zone: timezone });
      return text("repeat-once", { time: at.toFormat("HH:mm"), date: at.toFormat("dd/MM/yyyy") });
    }
    case "daily":
      return text("repeat-daily", { time: `${two(repeat.hour)}:${two(repeat.minute)}` });
    case "weekly":
      return text("repeat-weekly", { weekday: text(`weekday-${repeat.weekday}`), time: `${two(repeat.hour)}:${two(repeat.minute)}` });
    case "monthly":
      return text("repeat-monthly", { day: repeat.day, time: `${two(repeat.hour)}:${two(repeat.minute)}` });
  }
}
