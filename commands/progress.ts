// /progress (tiến độ): how far the campaign's pledges have got, unit by unit, as a chart with its figures in words.

import { DomainError } from "../src/core/errors";
import { pledgeProgressBlocks } from "../src/core/reports/charts";
import { PLEDGE_OVERSEERS } from "../src/core/roles";
import { text } from "../src/kernel/reply";
import { defineCommand } from "./support/command";

export default defineCommand({
  name: "progress",
  aliases: ["tiendo", "tiendodangky"],
  description: "cmd-progress-description",
  access: PLEDGE_OVERSEERS,
  where: "dm",
  async run(ctx) {
    const campaign = ctx.services.campaigns.latestWithPledges();
    if (!campaign) throw new DomainError("no-open-campaign");
    // the same role check as /missing, and the figures the chart is drawn from
    const report = ctx.services.pledges.missing(ctx.actor, campaign.id);
    return {
      blocks: [{ type: "heading", text: text("chart-progress-heading", { campaign: campaign.title }) }, ...(await pledgeProgressBlocks(ctx, report))],
    };
  },
});
