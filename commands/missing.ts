// /missing (chưa đăng ký): the secretary sees, unit by unit, who has not pledged yet and whose pledge was returned
// and waits to be fixed, with the progress chart; the list can be had as an Excel file to hand to the units.

import { DomainError } from "../src/core/errors";
import { missingTable } from "../src/core/pledges/missing-table";
import { pledgeProgressBlocks } from "../src/core/reports/charts";
import { PLEDGE_OVERSEERS } from "../src/core/roles";
import { actionsOf } from "../src/kernel/actions";
import { button, say, type Text, text } from "../src/kernel/reply";
import { datedFileName } from "../src/kernel/text";
import { defineCommand, handlers } from "./support/command";

export const MISSING_ACTIONS = actionsOf("missing", ["xlsx"]);
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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
    const items: Text[] = report.units.flatMap((u) => [
      text(u.missing.length === 0 ? "missing-unit-complete" : "missing-unit-line", {
        unit: u.unit.name,
        pledged: u.pledged,
        members: u.members,
        names: u.missing.map((p) => p.fullName),
        collective: text(u.unitPledged ? "missing-collective-done" : "missing-collective-missing"),
      }),
      ...(u.returned.length > 0 ? [text("missing-unit-returned", { unit: u.unit.name, names: u.returned.map((p) => p.fullName) })] : []),
    ]);
    const total = report.units.reduce((n, u) => n + u.missing.length, 0);
    if (items.length === 0) return say("missing-no-units");
    return {
      blocks: [
        { type: "heading", text: text("missing-title", { campaign: campaign.title, deadline: campaign.pledgeDeadline ?? "—", total }) },
        { type: "list", items },
        ...(await pledgeProgressBlocks(ctx, report)),
      ],
      buttons: [[button("btn-missing-xlsx", MISSING_ACTIONS.xlsx.payload(campaign.id))]],
    };
  },
  actions: handlers(MISSING_ACTIONS, {
    /** The people still to pledge (or to fix a returned pledge), as an Excel file to hand to the units. */
    async xlsx(ctx, id) {
      const campaign = ctx.services.campaigns.get(Number(id));
      const report = ctx.services.pledges.missing(ctx.actor, campaign.id);
      const table = missingTable(report, (key) => ctx.services.translator.t(ctx.locale, key));
      const day = new Intl.DateTimeFormat("en-CA", { timeZone: ctx.services.settings.timezone }).format(ctx.services.clock.now());
      return {
        blocks: [
          { type: "paragraph", text: text("missing-xlsx-ready", { campaign: campaign.title }) },
          {
            type: "file",
            fileName: datedFileName(`chua dang ky ${campaign.code}`, day, "xlsx"),
            mimeType: XLSX,
            data: await ctx.services.exporter.xlsx(table),
          },
        ],
      };
    },
  }),
});
