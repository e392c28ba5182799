// /export (xuất danh sách): the secretary gets the pledge list as XLSX and CSV files.

import { DomainError } from "../src/core/errors";
import { pledgeTable } from "../src/core/pledges/table";
import { PLEDGE_OVERSEERS } from "../src/core/roles";
import { text } from "../src/kernel/reply";
import { defineCommand } from "./support/command";

export default defineCommand({
  name: "export",
  aliases: ["xuatdanhsach", "xuat"],
  description: "cmd-export-description",
  access: PLEDGE_OVERSEERS,
  where: "dm",
  async run(ctx) {
    const campaign = ctx.services.campaigns.latestWithPledges();
    if (!campaign) throw new DomainError("no-open-campaign");
    const pledges = ctx.services.pledges.list(ctx.actor, campaign.id);
    const { directory, catalog, translator, exporter } = ctx.services;
    const table = pledgeTable(pledges, { directory, catalog, locale: ctx.locale, translate: (key, args) => translator.t(ctx.locale, key, args) });
    const stamp = ctx.services.clock.now().toISOString().slice(0, 10);
    const base = `dang-ky-thi-dua-${campaign.code}-${stamp}`;
    return {
      blocks: [
        { type: "paragraph", text: text("export-ready", { count: pledges.length, campaign: campaign.title }) },
        {
          type: "file",
          fileName: `${base}.xlsx`,
          mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          data: await exporter.xlsx(table),
        },
        { type: "file", fileName: `${base}.csv`, mimeType: "text/csv", data: await exporter.csv(table) },
      ],
    };
  },
});
