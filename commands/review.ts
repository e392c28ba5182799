// /review (duyệt đăng ký): a unit head confirms or returns the unit's submitted pledges.

import { REVIEW_NOTICE } from "../src/core/notice-actions";
import { PLEDGE_REVIEWERS } from "../src/core/roles";
import { actionsOf } from "../src/kernel/actions";
import { button, type Reply, say, text } from "../src/kernel/reply";
import { type CommandContext, defineCommand, handlers, openForm } from "./support/command";
import { pledgeLine } from "./support/pledge-view";

export const REVIEW_ACTIONS = { ...REVIEW_NOTICE, ...actionsOf("review", ["ok", "back"]) };

function queue(ctx: CommandContext): Reply {
  const pending = ctx.services.pledges.reviewQueue(ctx.actor);
  if (pending.length === 0) return say("review-empty");
  return {
    blocks: [
      { type: "heading", text: text("review-title", { count: pending.length }) },
      { type: "list", items: pending.map((p) => pledgeLine(ctx, p)) },
    ],
    buttons: pending.map((p) => [
      button(text("btn-confirm-pledge", { id: p.id }), REVIEW_ACTIONS.ok.payload(p.id), "primary"),
      button(text("btn-return-pledge", { id: p.id }), REVIEW_ACTIONS.back.payload(p.id), "danger"),
    ]),
  };
}

export default defineCommand({
  name: "review",
  aliases: ["duyet", "duyetdangky"],
  description: "cmd-review-description",
  homeShortcut: "slack-home-button-review",
  access: PLEDGE_REVIEWERS,
  where: "dm",
  run: queue,
  actions: handlers(REVIEW_ACTIONS, {
    open(ctx, id) {
      const pledge = ctx.services.pledges.reviewable(ctx.actor, Number(id));
      return {
        blocks: [{ type: "list", items: [pledgeLine(ctx, pledge)] }],
        buttons: [
          [
            button("btn-confirm", REVIEW_ACTIONS.ok.payload(pledge.id), "primary"),
            button("btn-return", REVIEW_ACTIONS.back.payload(pledge.id), "danger"),
          ],
        ],
      };
    },
    async ok(ctx, id) {
      const pledge = await ctx.services.pledges.confirm(ctx.actor, Number(id));
      const rest = ctx.services.pledges.reviewQueue(ctx.actor).length;
      return [say("pledge-confirmed", { id: pledge.id, remaining: rest }), ...(rest > 0 ? [queue(ctx)] : [])];
    },
    back(ctx, id) {
      ctx.services.pledges.reviewable(ctx.actor, Number(id));
      return openForm("returnpledge", { pledge: id });
    },
  }),
});
