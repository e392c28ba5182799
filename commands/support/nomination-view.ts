// How a nomination is shown in chat: one list item with nominee, award, kind, year, status and achievements.

import type { Nomination } from "../../src/core/nominations/types";
import { type Text, text } from "../../src/kernel/reply";
import type { CommandContext } from "./command";

const PREVIEW_LENGTH = 300;

export function awardName(ctx: CommandContext, code: string) {
  return ctx.services.catalog.get(code)?.name ?? code;
}

export function nominationLine(ctx: CommandContext, n: Nomination): Text {
  const achievements = n.achievements.length > PREVIEW_LENGTH ? `${n.achievements.slice(0, PREVIEW_LENGTH)}…` : n.achievements;
  const evidence = ctx.services.nominations.evidence(n.id).length;
  return text(n.decisionNo ? "nomination-line-decided" : "nomination-line", {
    id: n.id,
    nominee: ctx.services.nominations.nomineeName(n),
    unit: ctx.services.directory.unit(n.unitId)?.name ?? String(n.unitId),
    award: awardName(ctx, n.awardCode),
    kind: text(`nomination-kind-${n.kind}`),
    year: String(n.year),
    status: text(`nomination-status-${n.status}`),
    achievements,
    evidence,
    decision: n.decisionNo ?? "",
    signer: n.decisionSigner ?? "",
  });
}

/** A short label for choices and ballots: "No. 3 — Vũ Thị Lan — Lao động tiên tiến". */
export function nominationChoice(ctx: CommandContext, n: Nomination): Text {
  return text("nomination-choice", { id: n.id, nominee: ctx.services.nominations.nomineeName(n), award: awardName(ctx, n.awardCode) });
}
