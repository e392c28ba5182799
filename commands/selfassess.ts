// /selfassess (tự đánh giá): in the evaluation window, a person assesses each commitment of their pledge and writes
// their main achievements; saved as they go, editable until the window closes.

import { DomainError } from "../src/core/errors";
import { SELFASSESS_NOTICE } from "../src/core/notice-actions";
import { PLEDGERS } from "../src/core/roles";
import { actionsOf } from "../src/kernel/actions";
import { button, type Reply, say, text } from "../src/kernel/reply";
import { assessmentReply, parseItemId } from "./support/assessment-view";
import { type CommandContext, defineCommand, handlers, openForm } from "./support/command";

export const SELFASSESS_ACTIONS = { ...SELFASSESS_NOTICE, ...actionsOf("selfassess", ["show", "item", "achievements"]) };

/** The assessment of one of the actor's pledges, with its buttons. */
export function showAssessment(ctx: CommandContext, pledgeId: number): Reply {
  const entry = ctx.services.yearEnd.assessments.assessable(ctx.actor).find((e) => e.pledge.id === pledgeId);
  if (!entry) throw new DomainError("evaluation-closed");
  return assessmentReply(entry.assessment, entry.campaign.title, entry.window.closesAt, {
    item: (id) => SELFASSESS_ACTIONS.item.payload(id),
    achievements: (id) => SELFASSESS_ACTIONS.achievements.payload(id),
  });
}

function overview(ctx: CommandContext, campaignId?: number): Reply {
  const open = ctx.services.yearEnd.assessments.assessable(ctx.actor).filter((e) => campaignId === undefined || e.campaign.id === campaignId);
  const only = open.length === 1 ? open[0] : undefined;
  if (only) return showAssessment(ctx, only.pledge.id);
  if (open.length === 0) return say("selfassess-none");
  return {
    ...say("selfassess-choose"),
    buttons: open.map((e) => [button(text("btn-selfassess-campaign", { campaign: e.campaign.title }), SELFASSESS_ACTIONS.show.payload(e.pledge.id))]),
  };
}

export default defineCommand({
  name: "selfassess",
  aliases: ["tudanhgia", "danhgia"],
  description: "cmd-selfassess-description",
  access: PLEDGERS,
  where: "dm",
  run: (ctx) => overview(ctx),
  actions: handlers(SELFASSESS_ACTIONS, {
    open: (ctx, id) => overview(ctx, Number(id)),
    show: (ctx, id) => showAssessment(ctx, Number(id)),
    item(ctx, id) {
      const { pledgeId, index } = parseItemId(id);
      ctx.services.yearEnd.assessments.get(ctx.actor, pledgeId);
      return openForm("assessitem", { pledge: pledgeId, index });
    },
    achievements(ctx, id) {
      ctx.services.yearEnd.assessments.get(ctx.actor, Number(id));
      return openForm("achievements", { pledge: Number(id) });
    },
  }),
});
