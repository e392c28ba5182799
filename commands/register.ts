// /register (khai báo): someone not in the roster gives their name and unit; an admin or unit head approves.

import { DomainError } from "../src/core/errors";
import { answers } from "../src/engine/answers";
import { button, say, text } from "../src/kernel/reply";
import { APPROVE_ACTIONS } from "./approve";
import { defineCommand } from "./support/command";

export default defineCommand({
  name: "register",
  aliases: ["khaibao"],
  description: "cmd-register-description",
  homeShortcut: "slack-home-button-register",
  access: "everyone",
  where: "dm",
  form: {
    prefill(ctx) {
      if (ctx.actor) throw new DomainError(ctx.actor.status === "pending" ? "registration-pending" : "already-registered");
      if (ctx.services.directory.units().length === 0) throw new DomainError("unit-not-found", { query: "—" });
      return {};
    },
    fields: [
      { name: "fullName", kind: "text", title: "field-full-name", prompt: "ask-full-name", maxLength: 100 },
      {
        name: "unit",
        kind: "unit",
        title: "field-unit",
        prompt: "ask-unit",
        choices: (ctx) => ctx.services.directory.units().map((u) => ({ value: String(u.id), label: text("raw", { value: u.name }) })),
      },
    ],
  },
  async run(ctx, values) {
    const person = ctx.services.directory.register(ctx.identity, {
      fullName: answers(values).string("fullName"),
      unitId: answers(values).id("unit"),
      locale: ctx.locale,
    });
    const approvers = [...ctx.services.directory.unitHeads(person.unitId), ...ctx.services.directory.withRole("admin")];
    const notice = {
      ...say("register-notify", { name: person.fullName, unit: person.unitName }),
      buttons: [
        [
          button("btn-approve", APPROVE_ACTIONS.yes.payload(person.id), "primary"),
          button("btn-reject", APPROVE_ACTIONS.no.payload(person.id), "danger"),
        ],
      ],
    };
    for (const id of new Set(approvers.map((a) => a.id))) await ctx.services.notifier.notify(id, notice);
    return say("register-pending", { name: person.fullName, unit: person.unitName });
  },
});
