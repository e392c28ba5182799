// /report N (báo cáo gửi): how an announcement went, in people: targeted, delivered, not reached and why (never
// wrote to the bot where it runs, accounts only where it does not run, blocked, platform error), acknowledged from
// any platform; per unit and overall, adding up to the audience; and by name the people the bot could not reach, so
// their unit can tell them in person, also as a spreadsheet to export.

import type { RunReport } from "../src/core/broadcasts/types";
import { FAILURE_KINDS } from "../src/core/broadcasts/types";
import { deliveryBlocks } from "../src/core/reports/charts";
import { ANNOUNCERS } from "../src/core/roles";
import { actionsOf } from "../src/kernel/actions";
import { type Block, button, fileButton, type Reply, say, type Text, text } from "../src/kernel/reply";
import { preview } from "../src/kernel/text";
import { type CommandContext, defineCommand, handlers } from "./support/command";
import { unreachableBlocks, unreachableTable } from "./support/unreachable";

export const REPORT_ACTIONS = actionsOf("report", ["show", "remind", "chart", "unreachable"]);

function failureLines(run: RunReport): Text[] {
  const codes = Object.entries(run.errorCodes)
    .map(([code, n]) => `${code} × ${n}`)
    .join(", ");
  return FAILURE_KINDS.filter((kind) => run.failures[kind] > 0).map((kind) =>
    text("report-failure", {
      reason: kind === "platform-error" ? text("report-reason-platform-error-codes", { codes }) : text(`report-reason-${kind}`),
      count: run.failures[kind],
    }),
  );
}

function runBlocks(ctx: CommandContext, run: RunReport): Block[] {
  const unitName = (unitId: number | null) => (unitId === null ? null : (ctx.services.directory.unit(unitId)?.name ?? String(unitId)));
  const counts = { total: run.total, sent: run.sent, pending: run.pending, failed: run.failed, acknowledged: run.acknowledged };
  const blocks: Block[] = [
    {
      type: "paragraph",
      text: text(run.status === "missed" ? "report-run-missed" : "report-run", { slot: run.slotAt, ...counts, duplicates: run.possibleDuplicates }),
    },
  ];
  const failures = failureLines(run);
  if (failures.length > 0) blocks.push({ type: "list", items: failures });
  if (run.byUnit.length > 1) {
    blocks.push({
      type: "list",
      items: run.byUnit.map((u) =>
        text("report-unit", {
          unit: u.unitId === null ? text("report-unit-chats") : text("raw", { value: unitName(u.unitId) as string }),
          total: u.total,
          sent: u.sent,
          pending: u.pending,
          failed: u.failed,
          acknowledged: u.acknowledged,
        }),
      ),
    });
  }
  blocks.push(...unreachableBlocks(run.unreachable.map((p) => ({ ...p, unitName: unitName(p.unitId) ?? "" }))));
  return blocks;
}

function reportReply(ctx: CommandContext, id: number): Reply {
  const { announcement, runs } = ctx.services.broadcasts.report(ctx.actor, id);
  if (runs.length === 0) return say("report-no-runs", { id });
  const blocks: Block[] = [{ type: "heading", text: text("report-title", { id, preview: preview(announcement.text, 60) }) }];
  for (const run of runs) blocks.push(...runBlocks(ctx, run));
  const last = runs.at(-1);
  const remind =
    last && last.status === "sending" && last.acknowledged < last.sent
      ? [button("btn-remind-unacknowledged", REPORT_ACTIONS.remind.payload(last.runId))]
      : [];
  const list = last && last.unreachable.length > 0 ? [fileButton("btn-report-unreachable", REPORT_ACTIONS.unreachable.payload(id))] : [];
  return { blocks, buttons: [[...remind, button("btn-report-chart", REPORT_ACTIONS.chart.payload(id)), ...list]] };
}

export default defineCommand({
  name: "report",
  aliases: ["baocao"],
  description: "cmd-report-description",
  access: ANNOUNCERS,
  where: "dm",
  run(ctx) {
    const id = Number(ctx.args.replace(/^#/, ""));
    if (!Number.isInteger(id) || id <= 0) return say("report-usage");
    return reportReply(ctx, id);
  },
  actions: handlers(REPORT_ACTIONS, {
    show: (ctx, id) => reportReply(ctx, Number(id)),
    async chart(ctx, id) {
      const { announcement, runs } = ctx.services.broadcasts.report(ctx.actor, Number(id));
      const last = runs.at(-1);
      if (!last) return say("report-no-runs", { id: Number(id) });
      return { blocks: await deliveryBlocks(ctx, last, preview(announcement.text, 40)) };
    },
    /** The people the latest run did not reach, all of them, as XLSX: name, unit, why. */
    async unreachable(ctx, id) {
      const { runs } = ctx.services.broadcasts.report(ctx.actor, Number(id));
      const last = runs.at(-1);
      if (!last) return say("report-no-runs", { id: Number(id) });
      if (last.unreachable.length === 0) return say("report-unreachable-none", { id: Number(id) });
      const { directory, exporter, translator } = ctx.services;
      const people = last.unreachable.map((p) => ({ ...p, unitName: p.unitId === null ? "" : (directory.unit(p.unitId)?.name ?? "") }));
      const table = unreachableTable(people, (key, args) => translator.t(ctx.locale, key, args));
      return {
        blocks: [
          { type: "paragraph", text: text("report-unreachable-ready", { id: Number(id), count: people.length }) },
          {
            type: "file",
            fileName: `chua-nhan-thong-bao-${id}.xlsx`,
            mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            data: await exporter.xlsx(table),
          },
        ],
      };
    },
    remind(ctx, runId) {
      const reminded = ctx.services.broadcasts.remindUnacknowledged(ctx.actor, Number(runId));
      return say("report-reminded", { count: reminded.count, id: reminded.announcementId });
    },
  }),
});
