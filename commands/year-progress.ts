// /yearprogress (tổng kết): how far the year has got, unit by unit (pledged, self-assessed, rated), who is proposed
// for a title that reads the rating without one yet, and whose "excellent" ratings exceed their decree's cap, with a
// button to remind those who are behind.

import { DomainError } from "../src/core/errors";
import { YEAR_END_ORGANISERS } from "../src/core/roles";
import { actionsOf } from "../src/kernel/actions";
import { button, type Reply, say, text } from "../src/kernel/reply";
import { type CommandContext, defineCommand, handlers } from "./support/command";
import { capLines } from "./support/rating-view";

export const YEARPROGRESS_ACTIONS = actionsOf("yearprogress", ["remind"]);

function progressReply(ctx: CommandContext): Reply {
  const campaign = ctx.services.campaigns.latestWithPledges();
  if (!campaign) throw new DomainError("no-open-campaign");
  const progress = ctx.services.yearEnd.progress.of(ctx.actor, campaign.id);
  const behind = progress.units.filter((u) => u.notAssessed.length > 0 || u.notRated.length > 0);
  const unrated = progress.units.filter((u) => u.proposedUnrated.length > 0);
  return {
    blocks: [
      { type: "heading", text: text("yearprogress-title", { campaign: campaign.title, year: String(progress.year) }) },
      {
        type: "list",
        items: progress.units.map((u) =>
          text("yearprogress-unit", {
            unit: u.unit.name,
            members: u.members,
            pledged: u.pledged,
            assessed: u.assessed,
            rated: u.rated,
            reviewed: ctx.services.translator.t(ctx.locale, u.reviewed ? "yearprogress-reviewed" : "yearprogress-not-reviewed"),
            proposed: u.proposed,
            notAssessed: u.notAssessed.map((p) => p.fullName),
          }),
        ),
      },
      // the rating is due before the year-end review (catalog/ratings.json): proposals that cannot be judged on it yet
      ...(unrated.length > 0
        ? [
            {
              type: "heading" as const,
              text: text("yearprogress-unrated-title", { count: unrated.reduce((n, u) => n + u.proposedUnrated.length, 0) }),
            },
            {
              type: "list" as const,
              items: unrated.map((u) =>
                text("yearprogress-unrated-unit", { unit: u.unit.name, names: u.proposedUnrated.map((p) => p.fullName).join(", ") }),
              ),
            },
          ]
        : []),
      ...capLines(ctx, progress.year),
    ],
    buttons: behind.length > 0 ? [[button("btn-yearprogress-remind", YEARPROGRESS_ACTIONS.remind.payload(campaign.id))]] : [],
  };
}

export default defineCommand({
  name: "yearprogress",
  aliases: ["tongket", "tongketnam"],
  description: "cmd-yearprogress-description",
  access: YEAR_END_ORGANISERS,
  where: "dm",
  run: progressReply,
  actions: handlers(YEARPROGRESS_ACTIONS, {
    async remind(ctx, id) {
      const { people, heads } = await ctx.services.yearEnd.progress.remindBehind(ctx.actor, Number(id));
      return say("yearprogress-reminded", { people, heads });
    },
  }),
});
