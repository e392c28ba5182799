// /caserules [dd/mm/yyyy] (quy định thời hạn đơn thư): the rules the bot applies to complaints and denunciations
// on a day, each with its article and status, so the agency can check those marked lead or agency.

import type { FlagRule, NotAcceptedRule, PeriodRule } from "../src/core/cases/rules";
import { CASE_OVERSEERS } from "../src/core/roles";
import { parseDay } from "../src/kernel/dates";
import { say, type Text, text } from "../src/kernel/reply";
import { showDay } from "./support/case-day";
import { defineCommand } from "./support/command";

type Rule = PeriodRule | FlagRule | NotAcceptedRule;

/** Every rule under a node, with its dotted path: complaint.accept.first, denunciation.resolve… */
function flatten(node: unknown, path: string[] = []): Array<{ path: string; rule: Rule }> {
  if (!node || typeof node !== "object") return [];
  const record = node as Record<string, unknown>;
  if (typeof record.article === "string") return [{ path: path.join("."), rule: record as unknown as Rule }];
  return Object.entries(record).flatMap(([key, value]) => flatten(value, [...path, key]));
}

function line(path: string, rule: Rule): Text {
  const value =
    "days" in rule
      ? text("case-rules-days", { days: rule.days, unit: text(`case-unit-${rule.unit}`) })
      : "grounds" in rule
        ? text("case-rules-grounds", { count: rule.grounds.length })
        : text(rule.applies ? "btn-yes" : "btn-no");
  return text("case-rules-line", {
    name: text(
      `case-rule-name-${path
        .replace(/([A-Z])/g, "-$1")
        .toLowerCase()
        .replaceAll(".", "-")}`,
    ),
    value,
    article: rule.article,
    status: text(`case-rule-status-${rule.status}`),
    check: rule.status === "lead" || rule.status === "agency" ? text("case-rules-check") : "",
  });
}

export default defineCommand({
  name: "caserules",
  aliases: ["quydinhdon"],
  description: "cmd-caserules-description",
  access: CASE_OVERSEERS,
  where: "anywhere",
  run(ctx) {
    const typed = ctx.args.trim();
    const parsed = typed === "" ? null : parseDay(typed);
    const day = typed === "" ? ctx.services.cases.today() : parsed?.ok ? parsed.iso : null;
    if (!day) return say("case-rules-usage");
    const { set, feedback, calendarEnd, holidayYears, assumedDays } = ctx.services.cases.rulesOn(ctx.actor, day);
    const rules = [...flatten({ complaint: set.complaint, denunciation: set.denunciation }), { path: "feedback.reply", rule: feedback }];
    return {
      blocks: [
        { type: "heading", text: text("case-rules-title", { day: showDay(day), title: set.title }) },
        { type: "list", items: rules.map(({ path, rule }) => line(path, rule)) },
        { type: "paragraph", text: line("calendarEnd", calendarEnd) },
        { type: "paragraph", text: text("case-rules-holidays", { years: holidayYears.join(", ") }) },
        // days off the list only assumes (a bridge day not yet announced, a new holiday not yet confirmed)
        ...(assumedDays.length > 0
          ? [
              { type: "heading" as const, text: text("case-rules-assumed-title", { count: assumedDays.length }) },
              {
                type: "list" as const,
                items: assumedDays.map((a) =>
                  a.date
                    ? text("case-rules-assumed-day", { day: showDay(a.date), note: a.note })
                    : text("case-rules-assumed-year", { year: a.year, note: a.note }),
                ),
              },
            ]
          : []),
      ],
    };
  },
});
