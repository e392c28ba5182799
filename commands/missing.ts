// /missing (chưa đăng ký): the secretary sees, unit by unit, who has not pledged yet.

import { DomainError } from "../src/core/errors";
import { pledgeProgressBlocks } from "../src/core/reports/charts";
import { PLEDGE_OVERSEERS } from "../src/core/roles";
import { say, type Text, text } from "../src/kernel/reply";
import { defineCommand } from "./support/command";

export default defineCommand({
  name: "missing",
  aliases: ["chuadangky"],
  description: "cmd-missing-description",
  access: PLEDGE_OVERSEERS,
  where: "dm",
  async run(ctx) {
    const campaign = ctx.services.campaigns.latestWithPledges();
    if (!campaign) throw new DomainError("no-open-campaign");
    const report = ctx.services.pledges.missing(ctx.actor, campaign.id);
    const items: Text[] = report.units.map((u) =>
      text(u.missing.length === 0 ? "missing-unit-complete" : "missing-unit-line", {
        unit: u.unit.name,
        pledged: u.pledged,
        members: u.members,
        names: u.missing.map((p) => p.fullName),
        collective: text(u.unitPledged ? "missing-collective-done" : "missing-collective-missing"),
      }),
    );
    const total = report.units.reduce((n, u) => n + u.missing.length, 0);
    if (items.length === 0) return say("missing-no-units");
    return {
      blocks: [
        { type: "heading", text: text("missing-title", { campaign: campaign.title, deadline: campaign.pledgeDeadline ?? "—", total }) },
        { type: "list", items },
        ...(await pledgeProgressBlocks(ctx, report)),
      ],
    };
  },
});
