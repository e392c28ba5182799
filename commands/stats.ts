// /stats (/thongke): titles and forms of the record of achievements per year, per unit and per level, with a chart
// and the spreadsheet; "/thongke 2020-2026" chooses the years (the last five by default).

import { DomainError } from "../src/core/errors";
import { RECORD_READERS } from "../src/core/records/service";
import { recordStatsBlocks, recordStatsTable, statsFor } from "../src/core/reports/record-stats";
import { yearOf } from "../src/kernel/dates";
import { datedFileName } from "../src/kernel/text";
import { defineCommand } from "./support/command";

/** Years shown when none are asked: this one and the four before it. */
const DEFAULT_SPAN = 5;
/** A longer span is refused: a chart of more years cannot be read. */
const MAX_SPAN = 30;

export default defineCommand({
  name: "stats",
  aliases: ["thongke", "thongkekhenthuong"],
  description: "cmd-stats-description",
  access: RECORD_READERS,
  where: "dm",
  async run(ctx) {
    const { clock, settings, exporter } = ctx.services;
    const thisYear = yearOf(clock.now(), settings.timezone);
    const years = [...ctx.args.matchAll(/\d{4}/g)].map((m) => Number(m[0]));
    const fromYear = years.length > 0 ? Math.min(...years) : thisYear - DEFAULT_SPAN + 1;
    const toYear = years.length > 0 ? Math.max(...years) : thisYear;
    if (fromYear < 1945 || toYear > thisYear || toYear - fromYear + 1 > MAX_SPAN) {
      throw new DomainError("invalid-input", { field: { key: "stats-field-years", args: { max: MAX_SPAN } }, max: MAX_SPAN });
    }
    const stats = statsFor(ctx, fromYear, toYear);
    const blocks = await recordStatsBlocks(ctx, stats);
    if (stats.total === 0) return { blocks };
    const day = new Intl.DateTimeFormat("en-CA", { timeZone: settings.timezone }).format(clock.now());
    blocks.push({
      type: "file",
      fileName: datedFileName(`thong ke khen thuong ${fromYear}-${toYear}`, day, "xlsx"),
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      data: await exporter.xlsx(recordStatsTable(ctx, stats)),
    });
    return { blocks };
  },
});
