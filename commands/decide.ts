// /decide (quyết định khen thưởng): the secretary records the decision (number, date, signer) for nominations
// the council approved (or, where no vote is required, proposed ones: LĐTT); nominees and proposers are told, and the decision is announced.

import { DomainError } from "../src/core/errors";
import { answers } from "../src/engine/answers";
import { fieldError } from "../src/engine/forms";
import { dayOf, parseDay, showDay } from "../src/kernel/dates";
import { type Text, text } from "../src/kernel/reply";
import { type CommandContext, defineCommand } from "./support/command";
import { nominationChoice, nominationLine } from "./support/nomination-view";

/** A decision is recorded once signed: its date is today or before. */
function signedNotLater(value: unknown, ctx: CommandContext): Text | null {
  const today = dayOf(ctx.services.clock.now(), ctx.services.settings.timezone);
  return typeof value === "string" && value > today
    ? fieldError({ title: "decision-field-date" }, "check-decision-date-future", { today: showDay(today) })
    : null;
}

/** A date typed where the signer's name goes (one answer too early or too late) is not a name. */
function signerNotADate(value: unknown): Text | null {
  return typeof value === "string" && parseDay(value).ok ? fieldError({ title: "decision-field-signer" }, "check-decision-signer-date") : null;
}

export default defineCommand({
  name: "decide",
  aliases: ["quyetdinh", "ghiquyetdinh"],
  description: "cmd-decide-description",
  access: ["secretary"],
  where: "dm",
  form: {
    prefill(ctx) {
      if (ctx.services.nominations.decidable(ctx.actor).length === 0) throw new DomainError("no-approved-nominations");
      return {};
    },
    fields: [
      {
        name: "nominations",
        kind: "multichoice",
        title: "decision-field-nominations",
        prompt: "decision-ask-nominations",
        choices: (ctx) => ctx.services.nominations.decidable(ctx.actor).map((n) => ({ value: String(n.id), label: nominationChoice(ctx, n) })),
      },
      { name: "number", kind: "text", title: "decision-field-number", prompt: "decision-ask-number", maxLength: 100 },
      { name: "date", kind: "date", title: "decision-field-date", prompt: "decision-ask-date", check: signedNotLater },
      { name: "signer", kind: "text", title: "decision-field-signer", prompt: "decision-ask-signer", maxLength: 100, check: signerNotADate },
    ],
  },
  async run(ctx, values) {
    const a = answers(values);
    const decided = await ctx.services.nominations.decide(ctx.actor, a.list("nominations").map(Number), {
      number: a.string("number"),
      date: a.day("date"),
      signer: a.string("signer"),
    });
    return {
      blocks: [
        { type: "paragraph", text: text("decision-recorded", { count: decided.length, number: a.string("number") }) },
        { type: "list", items: decided.map((n) => nominationLine(ctx, n)) },
      ],
    };
  },
});
