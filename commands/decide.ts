// /decide (quyết định khen thưởng): the secretary records the decision (number, date, signer) for nominations
// the council approved (or, where no vote is required, proposed ones: LĐTT); nominees and proposers are told, and the decision is announced.

import { DomainError } from "../src/core/errors";
import { answers } from "../src/engine/answers";
import { text } from "../src/kernel/reply";
import { defineCommand } from "./support/command";
import { nominationChoice, nominationLine } from "./support/nomination-view";

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
      { name: "date", kind: "date", title: "decision-field-date", prompt: "decision-ask-date" },
      { name: "signer", kind: "text", title: "decision-field-signer", prompt: "decision-ask-signer", maxLength: 100 },
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
