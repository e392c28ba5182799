// /nominations (danh sách đề nghị): lists nominations, filtered by words after the command (a status, an
// award code, a campaign code, or a unit's name), with the dossier and decision lists as XLSX and CSV.

import { hasRole } from "../src/core/directory/service";
import type { NominationFilter } from "../src/core/nominations/repo";
import { decisionTable, dossierTable } from "../src/core/nominations/table";
import { NOMINATION_STATUSES, type Nomination, type NominationStatus } from "../src/core/nominations/types";
import { nominationStagesBlocks } from "../src/core/reports/charts";
import { NOMINATION_READERS } from "../src/core/roles";
import { actionsOf } from "../src/kernel/actions";
import { yearOf } from "../src/kernel/dates";
import { type Button, button, fileButton, type Reply, say, text } from "../src/kernel/reply";
import { foldText } from "../src/kernel/text";
import { type CommandContext, defineCommand, handlers } from "./support/command";
import { nominationLine } from "./support/nomination-view";

const currentYear = (ctx: CommandContext) => yearOf(ctx.services.clock.now(), ctx.services.settings.timezone);

export const NOMINATIONS_ACTIONS = actionsOf("nominations", ["withdraw", "withdrawok", "list", "dossiers", "decisions", "chart"]);

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const LIST_LIMIT = 30;

/** Reads "approved", "CSTDCS", "TD2023" or a unit's name; each word may be given once. */
function parseFilter(ctx: CommandContext, args: string): NominationFilter {
  const filter: NominationFilter = {};
  const rest: string[] = [];
  for (const word of args.split(/\s+/).filter(Boolean)) {
    const folded = foldText(word).replace(/-/g, "_");
    if ((NOMINATION_STATUSES as readonly string[]).includes(folded)) filter.status = folded as NominationStatus;
    else if (ctx.services.catalog.get(word.toUpperCase())) filter.awardCode = word.toUpperCase();
    else if (ctx.services.campaigns.byCode(word.toUpperCase())) filter.campaignId = ctx.services.campaigns.byCode(word.toUpperCase())?.id;
    else rest.push(word);
  }
  if (rest.length > 0) filter.unitId = ctx.services.directory.findUnit(rest.join(" ")).id;
  return filter;
}

function list(ctx: CommandContext): Reply {
  const found = ctx.services.nominations.list(ctx.actor, parseFilter(ctx, ctx.args));
  const rows: Button[][] = [];
  for (const n of found) {
    if (n.status === "proposed" && n.proposedBy === ctx.actor?.id) {
      rows.push([button(text("btn-nomination-withdraw", { id: n.id }), NOMINATIONS_ACTIONS.withdraw.payload(n.id), "danger")]);
    }
  }
  if (hasRole(ctx.actor, "secretary", "leader", "council", "admin")) {
    rows.push([
      fileButton("btn-export-dossiers", NOMINATIONS_ACTIONS.dossiers.payload()),
      fileButton("btn-export-decisions", NOMINATIONS_ACTIONS.decisions.payload()),
      button("btn-nominations-chart", NOMINATIONS_ACTIONS.chart.payload(found.length > 0 ? Math.max(...found.map((n) => n.year)) : currentYear(ctx))),
    ]);
  }
  if (found.length === 0) return { ...say("nominations-empty"), buttons: rows };
  const shown = found.slice(-LIST_LIMIT);
  return {
    blocks: [
      { type: "heading", text: text("nominations-title", { count: found.length }) },
      { type: "list", items: shown.map((n) => nominationLine(ctx, n)) },
      ...(shown.length < found.length
        ? [{ type: "paragraph" as const, text: text("nominations-more", { shown: shown.length, count: found.length }) }]
        : []),
      { type: "paragraph", text: text("nominations-filter-hint") },
    ],
    buttons: rows,
  };
}

async function exportFiles(ctx: CommandContext, which: "dossiers" | "decisions"): Promise<Reply> {
  const { nominations, catalog, translator, exporter, directory, clock } = ctx.services;
  const all = nominations.list(ctx.actor, {});
  const chosen: Nomination[] =
    which === "dossiers" ? all.filter((n) => n.status === "proposed" || n.status === "under_review") : all.filter((n) => n.status === "decided");
  const deps = { nominations, catalog, translator, unitName: (id: number) => directory.unit(id)?.name ?? String(id) };
  const table = which === "dossiers" ? dossierTable(chosen, deps) : decisionTable(chosen, deps);
  const base = `${which === "dossiers" ? "ho-so-de-nghi" : "danh-sach-quyet-dinh"}-${clock.now().toISOString().slice(0, 10)}`;
  return {
    blocks: [
      { type: "paragraph", text: text(`nominations-export-${which}`, { count: chosen.length }) },
      { type: "file", fileName: `${base}.xlsx`, mimeType: XLSX, data: await exporter.xlsx(table) },
      { type: "file", fileName: `${base}.csv`, mimeType: "text/csv", data: await exporter.csv(table) },
    ],
  };
}

export default defineCommand({
  name: "nominations",
  aliases: ["danhsachdenghi", "hosokhenthuong"],
  description: "cmd-nominations-description",
  access: NOMINATION_READERS,
  where: "dm",
  run: list,
  actions: handlers(NOMINATIONS_ACTIONS, {
    withdraw(ctx, id) {
      const n = ctx.services.nominations.get(Number(id));
      return {
        ...say("nomination-withdraw-confirm", { id: n.id }),
        buttons: [
          [button("btn-withdraw", NOMINATIONS_ACTIONS.withdrawok.payload(n.id), "danger"), button("btn-keep", NOMINATIONS_ACTIONS.list.payload())],
        ],
      };
    },
    withdrawok(ctx, id) {
      const n = ctx.services.nominations.withdraw(ctx.actor, Number(id));
      return say("nomination-withdrawn", { id: n.id });
    },
    list: (ctx) => list({ ...ctx, args: "" }),
    dossiers: (ctx) => exportFiles(ctx, "dossiers"),
    decisions: (ctx) => exportFiles(ctx, "decisions"),
    chart: async (ctx, id) => ({ blocks: await nominationStagesBlocks(ctx, Number(id) || currentYear(ctx)) }),
  }),
});
