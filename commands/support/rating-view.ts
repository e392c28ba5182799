// How the rating rules are shown: each staff category's decree for a year with its article and status (in /rules),
// and the groups whose "excellent" ratings exceed their decree's cap (after /rate, in /yearprogress).

import { basisText } from "../../src/core/rules/judge";
import type { Basis } from "../../src/core/rules/schema";
import type { Block, LocalizedText, Text } from "../../src/kernel/reply";
import type { CommandContext } from "./command";

const line = (r: { text: LocalizedText; basis: Basis }): Text => ({ key: "rules-line", args: { rule: r.text, basis: basisText(r.basis) } });

/** Warnings for a year's groups over the cap on "hoàn thành xuất sắc nhiệm vụ"; nothing when none is. */
export function capLines(ctx: CommandContext, year: number): Block[] {
  const breaches = ctx.services.yearEnd.ratings.capBreaches(year);
  return breaches.map((b) => ({
    type: "paragraph" as const,
    text: {
      key: b.unitId === null ? "rating-cap-exceeded" : "rating-cap-exceeded-unit",
      args: {
        year: String(year),
        category: { key: `staff-category-${b.rule.category}` },
        unit: b.unitId === null ? "" : (ctx.services.directory.unit(b.unitId)?.name ?? String(b.unitId)),
        excellent: b.excellent,
        good: b.good,
        max: b.max,
        rule: b.rule.excellentCap?.text ?? "",
        basis: b.rule.excellentCap ? basisText(b.rule.excellentCap.basis) : "",
      },
    },
  }));
}

/** Each category's rating rules for a year, for /rules. */
export function ratingRuleLines(ctx: CommandContext, year: number): Text[] {
  return ctx.services.yearEnd.ratings
    .rulesOfYear(year)
    .flatMap((rule) => [
      line(rule.title),
      ...(rule.points ? [{ key: "rules-rating-points", args: { ...rule.points } }] : []),
      ...(rule.excellentCap ? [line(rule.excellentCap)] : []),
      line(rule.rater),
      ...(rule.timing ? [line(rule.timing)] : []),
    ]);
}
