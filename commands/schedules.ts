// /schedules (lịch gửi): the announcements waiting to be sent, shown in words, to pause, resume or cancel.

import { describeRepeat } from "../src/core/broadcasts/repeat";
import { ANNOUNCERS } from "../src/core/roles";
import { actionsOf } from "../src/kernel/actions";
import { button, type Reply, say, text } from "../src/kernel/reply";
import { preview } from "../src/kernel/text";
import { type CommandContext, defineCommand, handlers, openForm } from "./support/command";

// "cancel" only asks (a habit-typed number must not delete); "remove" deletes once the person said yes
export const SCHEDULES_ACTIONS = actionsOf("schedules", ["list", "edit", "pause", "resume", "cancel", "remove"]);

function list(ctx: CommandContext): Reply {
  const schedules = ctx.services.broadcasts.schedules(ctx.actor);
  if (schedules.length === 0) return say("schedules-empty");
  return {
    blocks: [
      { type: "heading", text: text("schedules-title", { count: schedules.length }) },
      {
        type: "list",
        items: schedules.map((s) =>
          text("schedules-line", {
            id: s.id,
            when: describeRepeat(s.repeat, s.timezone),
            // a one-off send not yet gone is waiting, not "running"
            status: text(`schedule-status-${s.status === "active" && s.repeat.kind === "once" ? "waiting" : s.status}`),
            preview: preview(s.announcement.text, 80),
          }),
        ),
      },
    ],
    buttons: schedules.map((s) => [
      s.status === "active"
        ? button(text("btn-schedule-pause", { id: s.id }), SCHEDULES_ACTIONS.pause.payload(s.id))
        : button(text("btn-schedule-resume", { id: s.id }), SCHEDULES_ACTIONS.resume.payload(s.id)),
      button(text("btn-schedule-edit", { id: s.id }), SCHEDULES_ACTIONS.edit.payload(s.id)),
      button(text("btn-schedule-cancel", { id: s.id }), SCHEDULES_ACTIONS.cancel.payload(s.id), "danger"),
    ]),
  };
}

export default defineCommand({
  name: "schedules",
  aliases: ["lichgui"],
  description: "cmd-schedules-description",
  access: ANNOUNCERS,
  where: "dm",
  run: list,
  actions: handlers(SCHEDULES_ACTIONS, {
    list: (ctx) => list(ctx),
    edit: (_ctx, id) => openForm("announce", { scheduleId: id }),
    pause: (ctx, id) => [say("schedule-paused", { id: ctx.services.broadcasts.setScheduleStatus(ctx.actor, Number(id), "paused").id }), list(ctx)],
    resume: (ctx, id) => [say("schedule-resumed", { id: ctx.services.broadcasts.setScheduleStatus(ctx.actor, Number(id), "active").id }), list(ctx)],
    cancel: (ctx, id) => {
      const schedule = ctx.services.broadcasts.schedules(ctx.actor).find((s) => s.id === Number(id));
      if (!schedule) return list(ctx);
      return {
        ...say("schedule-remove-confirm", { id: schedule.id, when: describeRepeat(schedule.repeat, schedule.timezone) }),
        buttons: [
          [button(text("btn-schedule-remove-yes", { id: schedule.id }), SCHEDULES_ACTIONS.remove.payload(schedule.id), "danger")],
          [button("btn-schedule-keep", SCHEDULES_ACTIONS.list.payload())],
        ],
      };
    },
    remove: (ctx, id) => [
      say("schedule-cancelled", { id: ctx.services.broadcasts.setScheduleStatus(ctx.actor, Number(id), "cancelled").id }),
      list(ctx),
    ],
  }),
});
