// /announce (phát động, thông báo): a leader or the secretary writes an announcement, sees it as recipients will,
// picks who gets it, and sends it now or on a schedule (once, or every day / week / month at a time).

import { DateTime } from "luxon";
import { z } from "zod";
import { announcementBlocks, senderOf } from "../src/core/broadcasts/message";
import { describeRepeat } from "../src/core/broadcasts/repeat";
import { MAX_ANNOUNCEMENT_LENGTH } from "../src/core/broadcasts/service";
import type { Audience, Repeat } from "../src/core/broadcasts/types";
import { DomainError } from "../src/core/errors";
import { ANNOUNCERS, ROLES } from "../src/core/roles";
import { answers } from "../src/engine/answers";
import { fieldError } from "../src/engine/forms";
import { actionsOf } from "../src/kernel/actions";
import { dayOf, showDay } from "../src/kernel/dates";
import { button, say, text } from "../src/kernel/reply";
import { REPORT_ACTIONS } from "./report";
import { SCHEDULES_ACTIONS } from "./schedules";
import { type CommandContext, defineCommand, type FormValues, handlers, openForm } from "./support/command";
import { unreachableBlocks } from "./support/unreachable";

export const ANNOUNCE_ACTIONS = actionsOf("announce", ["new"]);

const AUDIENCES = ["everyone", "units", "roles", "notpledged", "chats"] as const;
const WHEN = ["now", "once", "daily", "weekly", "monthly"] as const;
const TIME = /^([01]?\d|2[0-3])[:h.]([0-5]\d)$/;

function audienceOf(ctx: CommandContext, values: FormValues): Audience {
  const a = answers(values);
  switch (a.oneOf("audience", AUDIENCES)) {
    case "units":
      return { kind: "units", unitIds: a.list("units").map(Number) };
    case "roles":
      return { kind: "roles", roles: a.listOf("roles", ROLES) };
    case "notpledged": {
      const campaign = ctx.services.campaigns.latestWithPledges();
      if (!campaign) throw new DomainError("no-open-campaign");
      return { kind: "not-pledged", campaignId: campaign.id };
    }
    case "chats":
      return { kind: "chats" };
    default:
      return { kind: "everyone" };
  }
}

function audienceValues(audience: Audience): FormValues {
  switch (audience.kind) {
    case "units":
      return { audience: "units", units: audience.unitIds.map(String) };
    case "roles":
      return { audience: "roles", roles: audience.roles };
    case "not-pledged":
      return { audience: "notpledged" };
    case "chats":
      return { audience: "chats" };
    default:
      return { audience: "everyone" };
  }
}

function repeatValues(repeat: Repeat, timezone: string): FormValues {
  const time = (hour: number, minute: number) => `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
  switch (repeat.kind) {
    case "once": {
      const at = DateTime.fromISO(repeat.at, { zone: timezone });
      return { when: "once", date: at.toISODate(), time: time(at.hour, at.minute) };
    }
    case "daily":
      return { when: "daily", time: time(repeat.hour, repeat.minute) };
    case "weekly":
      return { when: "weekly", weekday: String(repeat.weekday), time: time(repeat.hour, repeat.minute) };
    case "monthly":
      return { when: "monthly", day: String(repeat.day), time: time(repeat.hour, repeat.minute) };
  }
}

/** A time typed as 8:00, 08h00 or 8.00; null when it is not one. */
function timeOf(typed: string | null): { hour: number; minute: number } | null {
  const [, hour, minute] = TIME.exec(typed ?? "") ?? [];
  return hour === undefined ? null : { hour: Number(hour), minute: Number(minute) };
}

/** The moment a one-off announcement goes out, where the agency is. */
function onceAt(ctx: CommandContext, day: string, time: { hour: number; minute: number }): DateTime {
  return DateTime.fromISO(day, { zone: ctx.services.settings.timezone }).set({ ...time, second: 0, millisecond: 0 });
}

function repeatOf(ctx: CommandContext, values: FormValues): Repeat | null {
  const a = answers(values);
  const when = a.oneOf("when", WHEN);
  if (when === "now") return null;
  const time = timeOf(a.string("time")) ?? { hour: 8, minute: 0 };
  switch (when) {
    case "once":
      return { kind: "once", at: onceAt(ctx, a.day("date"), time).toUTC().toISO() as string };
    case "daily":
      return { kind: "daily", ...time };
    case "weekly":
      return { kind: "weekly", weekday: a.id("weekday"), ...time };
    default:
      return { kind: "monthly", day: a.id("day"), ...time };
  }
}

/** A one-off announcement is planned for today or later, and today only for a time still to come. */
const checkDate = (_value: unknown, ctx: CommandContext, values: FormValues) => {
  const today = dayOf(ctx.services.clock.now(), ctx.services.settings.timezone);
  return answers(values).day("date") < today
    ? fieldError({ title: "field-announce-date" }, "check-announce-date-past", { today: showDay(today) })
    : null;
};

const checkTime = (value: unknown, ctx: CommandContext, values: FormValues) => {
  // "25:61" is told the format, not only that it is wrong
  if (typeof value === "string" && !TIME.test(value.trim()))
    return fieldError({ title: "field-announce-time" }, "check-announce-time-format", { typed: value });
  const a = answers(values);
  const [day, time] = [a.optionalDay("date"), timeOf(a.optionalString("time"))];
  if (a.optionalString("when") !== "once" || !day || !time) return null;
  const late = onceAt(ctx, day, time).toMillis() <= ctx.services.clock.now().getTime();
  return late ? fieldError({ title: "field-announce-time" }, "check-announce-time-past", { time: a.string("time") }) : null;
};

export default defineCommand({
  name: "announce",
  aliases: ["thongbao"],
  description: "cmd-announce-description",
  homeShortcut: "slack-home-button-announce",
  access: ANNOUNCERS,
  where: "dm",
  form: {
    /** Editing a schedule from /schedules: its answers filled in, every one of them changeable. */
    prefill(ctx, initial) {
      if (!initial.scheduleId) return {};
      const schedule = ctx.services.broadcasts.schedule(Number(initial.scheduleId));
      const announcement = schedule ? ctx.services.broadcasts.announcement(schedule.announcementId) : null;
      if (!schedule || !announcement) throw new DomainError("not-found");
      return { text: announcement.text, ...audienceValues(announcement.audience), ...repeatValues(schedule.repeat, schedule.timezone) };
    },
    fields: [
      { name: "text", kind: "longtext", title: "field-announce-text", prompt: "ask-announce-text", maxLength: MAX_ANNOUNCEMENT_LENGTH },
      {
        name: "audience",
        kind: "choice",
        title: "field-announce-audience",
        prompt: "ask-announce-audience",
        choices: () => AUDIENCES.map((a) => ({ value: a, label: text(`announce-audience-${a}`) })),
      },
      {
        name: "units",
        kind: "multichoice",
        title: "field-announce-units",
        prompt: "ask-announce-units",
        skip: (_ctx, v) => v.audience !== "units",
        choices: (ctx) => ctx.services.directory.units().map((u) => ({ value: String(u.id), label: text("raw", { value: u.name }) })),
      },
      {
        name: "roles",
        kind: "multichoice",
        title: "field-announce-roles",
        prompt: "ask-announce-roles",
        skip: (_ctx, v) => v.audience !== "roles",
        choices: () => ROLES.map((r) => ({ value: r, label: text(`role-${r}`) })),
      },
      {
        name: "when",
        kind: "choice",
        title: "field-announce-when",
        prompt: "ask-announce-when",
        choices: () => WHEN.map((w) => ({ value: w, label: text(`announce-when-${w}`) })),
      },
      {
        name: "date",
        kind: "date",
        title: "field-announce-date",
        prompt: "ask-announce-date",
        skip: (_ctx, v) => v.when !== "once",
        check: checkDate,
      },
      {
        name: "weekday",
        kind: "choice",
        title: "field-announce-weekday",
        prompt: "ask-announce-weekday",
        skip: (_ctx, v) => v.when !== "weekly",
        choices: () => [1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: String(d), label: text(`weekday-${d}`) })),
      },
      {
        name: "day",
        kind: "text",
        title: "field-announce-day",
        prompt: "ask-announce-day",
        maxLength: 2,
        skip: (_ctx, v) => v.when !== "monthly",
        schema: z.string().regex(/^([1-9]|[12]\d|3[01])$/),
      },
      {
        name: "time",
        kind: "text",
        title: "field-announce-time",
        prompt: "ask-announce-time",
        maxLength: 5,
        skip: (_ctx, v) => v.when === "now" || v.when === undefined,
        check: checkTime,
      },
    ],
    fixes: { "schedule-in-past": "time", "audience-empty": "audience" },
    preview: (ctx, values) => [
      { type: "paragraph", text: text("announce-preview-title") },
      ...announcementBlocks(
        answers(values).optionalString("text") ?? "",
        // a scheduled send is dated when it goes out, not when it was written
        ctx.actor
          ? { sender: senderOf(ctx.actor), at: values.when === "now" || values.when === undefined ? ctx.services.clock.now() : null }
          : undefined,
      ),
      // who it would not reach, before anything is sent (a schedule's audience is read again at each slot)
      ...unreachableBlocks(ctx.services.broadcasts.preview(ctx.actor, audienceOf(ctx, values)).unreachable),
    ],
  },
  actions: handlers(ANNOUNCE_ACTIONS, {
    /** "Announce it" under a launched campaign: the same form. */
    new: () => openForm("announce", {}),
  }),
  run(ctx, values) {
    const repeat = repeatOf(ctx, values);
    const a = answers(values);
    const id = a.optionalId("scheduleId");
    if (id) {
      const { runId } = ctx.services.broadcasts.editSchedule(ctx.actor, id, { text: a.string("text"), audience: audienceOf(ctx, values), repeat });
      // no run now means it stays scheduled, so it has a repeat to describe
      return runId === null && repeat
        ? {
            ...say("schedule-edited", { id, when: describeRepeat(repeat, ctx.services.settings.timezone) }),
            buttons: [[button("btn-schedules", SCHEDULES_ACTIONS.list.payload())]],
          }
        : say("schedule-sent-now", { id });
    }
    const result = ctx.services.broadcasts.announce(ctx.actor, { text: a.string("text"), audience: audienceOf(ctx, values), repeat });
    const report = [[button("btn-announce-report", REPORT_ACTIONS.show.payload(result.announcementId))]];
    if (repeat) {
      return {
        ...{
          blocks: [
            {
              type: "paragraph" as const,
              text: text("announce-scheduled", { id: result.scheduleId ?? 0, when: describeRepeat(repeat, ctx.services.settings.timezone) }),
            },
          ],
        },
        buttons: [[button("btn-schedules", SCHEDULES_ACTIONS.list.payload())]],
      };
    }
    const run = ctx.services.broadcasts.report(ctx.actor, result.announcementId).runs[0];
    const unitName = (unitId: number | null) => (unitId === null ? "" : (ctx.services.directory.unit(unitId)?.name ?? ""));
    return {
      blocks: [
        { type: "paragraph", text: text("announce-sent", { count: run?.total ?? 0 }) },
        ...unreachableBlocks((run?.unreachable ?? []).map((p) => ({ ...p, unitName: unitName(p.unitId) }))),
      ],
      buttons: report,
    };
  },
});
