// /approve (duyệt tài khoản): an admin or unit head accepts or refuses pending self-registrations.

import { APPROVERS } from "../src/core/roles";
import { actionsOf } from "../src/kernel/actions";
import { button, type Reply, say, text } from "../src/kernel/reply";
import { type CommandContext, defineCommand, handlers } from "./support/command";

export const APPROVE_ACTIONS = actionsOf("approve", ["yes", "no"]);

function pending(ctx: CommandContext): Reply {
  const people = ctx.services.directory.pendingRegistrations(ctx.actor);
  if (people.length === 0) return say("approve-empty");
  return {
    blocks: [
      { type: "heading", text: text("approve-title", { count: people.length }) },
      { type: "list", items: people.map((p) => text("approve-line", { id: p.id, name: p.fullName, unit: p.unitName })) },
    ],
    buttons: people.map((p) => [
      button(text("btn-approve-person", { id: p.id }), APPROVE_ACTIONS.yes.payload(p.id), "primary"),
      button(text("btn-reject-person", { id: p.id }), APPROVE_ACTIONS.no.payload(p.id), "danger"),
    ]),
  };
}

async function decide(ctx: CommandContext, id: string, approve: boolean): Promise<Reply> {
  const person = ctx.services.directory.decideRegistration(ctx.actor, Number(id), approve);
  if (approve) await ctx.services.notifier.notify(person.id, say("register-approved-notice", { unit: person.unitName }));
  return say(approve ? "approve-done" : "reject-done", { name: person.fullName });
}

export default defineCommand({
  name: "approve",
  aliases: ["duyettaikhoan"],
  description: "cmd-approve-description",
  access: APPROVERS,
  where: "dm",
  run: pending,
  actions: handlers(APPROVE_ACTIONS, { yes: (ctx, id) => decide(ctx, id, true), no: (ctx, id) => decide(ctx, id, false) }),
});
