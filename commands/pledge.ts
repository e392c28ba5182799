// /pledge (đăng ký thi đua): a staff member registers the titles they aim for and their commitments.

import { PLEDGERS } from "../src/core/roles";
import { button, say, text } from "../src/kernel/reply";
import { defineCommand, handlers, openForm } from "./support/command";
import { MYPLEDGES_ACTIONS, PLEDGE_ACTIONS } from "./support/pledge-actions";
import { pledgeForm, savePledge } from "./support/pledge-form";

export default defineCommand({
  name: "pledge",
  aliases: ["dangky", "dangkythidua"],
  description: "cmd-pledge-description",
  homeShortcut: "slack-home-button-pledge",
  access: PLEDGERS,
  where: "dm",
  form: pledgeForm("person"),
  run: (ctx, values) => savePledge(ctx, "person", values),
  actions: handlers(PLEDGE_ACTIONS, {
    /** Opens the form filled with the pledge's answers; the summary lets the person change any of them. */
    edit(ctx, id) {
      const pledge = ctx.services.pledges.editable(ctx.actor, Number(id));
      const values = { pledgeId: pledge.id, campaign: String(pledge.campaignId), titles: pledge.awardCodes, commitments: pledge.commitments };
      return openForm(pledge.subject === "unit" ? "unitpledge" : "pledge", values);
    },
    withdraw(ctx, id) {
      const pledge = ctx.services.pledges.editable(ctx.actor, Number(id));
      return {
        blocks: [{ type: "paragraph", text: text("pledge-withdraw-confirm", { id: pledge.id }) }],
        buttons: [
          [button("btn-withdraw", PLEDGE_ACTIONS.withdrawok.payload(pledge.id), "danger"), button("btn-keep", MYPLEDGES_ACTIONS.list.payload())],
        ],
      };
    },
    async withdrawok(ctx, id) {
      const pledge = await ctx.services.pledges.withdraw(ctx.actor, Number(id));
      return say("pledge-withdrawn", { id: pledge.id });
    },
  }),
});
