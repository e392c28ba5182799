// /report N (báo cáo gửi): how an announcement went: delivered, failed and why, acknowledged, per unit.

import { actionsOf } from "../src/core/actions";
import { type CommandContext, defineCommand, handlers } from "../src/core/command";
import { button, type Reply, say, type Text, text } from "../src/core/reply";
import { ANNOUNCERS } from "../src/core/roles";
import { preview } from "../src/core/text";

export const REPORT_ACTIONS = actionsOf("report", ["show", "remind"]);

const KNOWN_REASONS = ["blocked", "network", "announcement-missing"];

/** Failure reasons as people read them; platform codes without a message of their own are "other" (code shown). */
function reasonKey(reason: string): string {
  if (reason.startsWith("http-")) return "http";
  return KNOWN_REASONS.includes(reason) ? reason : "other";
}

function reportReply(ctx: CommandContext, id: number): Reply {
  const { announcement, runs } = ctx.services.broadcasts.report(ctx.actor, id);
  if (runs.length === 0) return say("report-no-runs", { id });
  const unitName = (unitId: number | null) =>
    unitId === null ? text("report-unit-chats") : text("raw", { value: ctx.services.directory.unit(unitId)?.name ?? String(unitId) });
  const blocks: Reply["blocks"] = [{ type: "heading", text: text("report-title", { id, preview: preview(announcement.text, 60) }) }];
  for (const run of runs) {
    const failures: Text[] = Object.entries(run.failures).map(([reason, count]) =>
      text("report-failure", { reason: text(`report-reason-${reasonKey(reason)}`), count }),
    );
    blocks.push({
      type: "paragraph",
      text: text(run.status === "missed" ? "report-run-missed" : "report-run", {
        slot: run.slotAt,
        total: run.total,
        sent: run.sent,
        pending: run.pending,
        failed: run.failed,
        acknowledged: run.acknowledged,
        duplicates: run.possibleDuplicates,
      }),
    });
    if (failures.length > 0) blocks.push({ type: "list", items: failures });
    if (run.byUnit.length > 1) {
      blocks.push({
        type: "list",
        items: run.byUnit.map((u) =>
          text("report-unit", { unit: unitName(u.unitId), total: u.total, sent: u.sent, failed: u.failed, acknowledged: u.acknowledged }),
        ),
      });
    }
  }
  const last = runs.at(-1);
  return {
    blocks,
    buttons:
      last && last.status === "sending" && last.acknowledged < last.sent
        ? [[button("btn-remind-unacknowledged", REPORT_ACTIONS.remind.payload(last.runId))]]
        : [],
  };
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
    remind(ctx, runId) {
      ctx.services.broadcasts.remindUnacknowledged(ctx.actor, Number(runId));
      return say("report-reminded");
    },
  }),
});
