// One line saying which deadline runs on a case, with the rule it comes from, or why none does.
import type { Case } from "../../src/core/cases/types";
import { type Text, text } from "../../src/kernel/reply";
import { showDay } from "./case-day";
import type { CommandContext } from "./command";

export function deadlineText(ctx: CommandContext, item: Case): Text | null {
  switch (item.status) {
    case "awaiting_letter":
      return text("case-deadline-awaiting-letter");
    case "information":
    case "verifying":
      return text("case-deadline-information");
    case "suspended":
      return text("case-deadline-suspended", { day: showDay(item.suspendedOn) });
    case "received":
    case "accepted": {
      const rule = ctx.services.cases.deadlineRule(item);
      const day = item.status === "received" ? (item.acceptBy ?? item.resolveBy) : item.resolveBy;
      if (!rule || !day) return null;
      const key = item.kind === "feedback" ? "case-deadline-feedback" : item.status === "received" ? "case-deadline-accept" : "case-deadline-resolve";
      // read by the complainant: the rule's status in plain words, not the handler's note
      return text(key, { day: showDay(day), article: rule.article, status: text(`case-rule-public-status-${rule.status}`) });
    }
    default:
      return null;
  }
}
