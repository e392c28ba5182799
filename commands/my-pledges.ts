// /mypledges (xem đăng ký): the person's pledges, with Edit and Withdraw while the deadline allows.

import { PLEDGERS } from "../src/core/roles";
import { type Button, button, type Reply, say, text } from "../src/kernel/reply";
import type { CommandContext } from "./support/command";
import { defineCommand, handlers } from "./support/command";
import { MYPLEDGES_ACTIONS, PLEDGE_ACTIONS } from "./support/pledge-actions";
import { pledgeLine } from "./support/pledge-view";

function list(ctx: CommandContext): Reply {
  const pledges = ctx.services.pledges.mine(ctx.actor);
  if (pledges.length === 0) return say("mypledges-empty");
  const now = ctx.services.clock.now().getTime();
  const rows: Button[][] = [];
  for (const pledge of pledges) {
    const deadline = ctx.services.campaigns.get(pledge.campaignId).pledgeDeadline;
    if (deadline && deadline.getTime() >= now) {
      rows.push([
        button(text("btn-edit-pledge", { id: pledge.id }), PLEDGE_ACTIONS.edit.payload(pledge.id)),
        button(text("btn-withdraw-pledge", { id: pledge.id }), PLEDGE_ACTIONS.withdraw.payload(pledge.id), "danger"),
      ]);
    }
  }
  return {
    blocks: [
      { type: "heading", text: text("mypledges-title") },
      { type: "list", items: pledges.map((p) => pledgeLine(ctx, p)) },
    ],
    buttons: rows,
  };
}

export default defineCommand({
  name: "mypledges",
  aliases: ["xemdangky", "camket"],
  description: "cmd-mypledges-description",
  homeShortcut: "slack-home-button-mypledges",
  access: PLEDGERS,
  where: "dm",
  run: list,
  actions: handlers(MYPLEDGES_ACTIONS, { list }),
});
