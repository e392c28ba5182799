// /campaigns (các phong trào): the campaigns, their periods and pledge deadlines; leaders get an edit button.

import { CAMPAIGN_READERS } from "../src/core/roles";
import { actionsOf } from "../src/kernel/actions";
import { showDay } from "../src/kernel/dates";
import { button, say, text } from "../src/kernel/reply";
import { defineCommand, handlers, openForm } from "./support/command";

export const CAMPAIGNS_ACTIONS = actionsOf("campaigns", ["edit"]);

export default defineCommand({
  name: "campaigns",
  aliases: ["cacphongtrao"],
  description: "cmd-campaigns-description",
  access: CAMPAIGN_READERS,
  where: "anywhere",
  groupMenu: true,
  run(ctx) {
    const all = ctx.services.campaigns.all();
    if (all.length === 0) return say("campaigns-empty");
    const mayEdit = ctx.actor?.roles.some((r) => r === "leader" || r === "secretary" || r === "admin") ?? false;
    return {
      blocks: [
        { type: "heading", text: text("campaigns-title", { count: all.length }) },
        {
          type: "list",
          items: all.map((c) =>
            text(c.pledgeDeadline ? "campaigns-line-pledges" : "campaigns-line", {
              code: c.code,
              title: c.title,
              kind: text(`campaign-kind-${c.kind}`),
              from: showDay(c.startsOn),
              to: showDay(c.endsOn),
              deadline: c.pledgeDeadline ?? "—",
            }),
          ),
        },
      ],
      // editing is a private flow: offered in a private chat only
      buttons:
        mayEdit && ctx.chat.kind === "dm"
          ? all.slice(-10).map((c) => [button(text("btn-campaign-edit", { code: c.code }), CAMPAIGNS_ACTIONS.edit.payload(c.id))])
          : [],
    };
  },
  actions: handlers(CAMPAIGNS_ACTIONS, {
    edit: (_ctx, id) => openForm("campaign", { campaignId: id }),
  }),
});
