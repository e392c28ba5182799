// A handler's dated decision on a case, opened from the /cases buttons: the day the sender's signed letter was
// received (which starts the formal periods), or the day of the second-instance dialogue.

import { say } from "../src/kernel/reply";
import { showDay } from "./support/case-day";
import { defineCommand } from "./support/command";

export default defineCommand({
  name: "casedate",
  aliases: [],
  description: "cmd-casedate-description",
  access: ["case_handler"],
  where: "dm",
  form: {
    prefill(ctx, initial) {
      const item = ctx.services.cases.get(ctx.actor, Number(initial.caseId));
      return { caseNumber: item.number };
    },
    fields: [
      { name: "letter", kind: "date", title: "field-case-letter-day", prompt: "ask-case-letter-day", skip: (_ctx, v) => v.mode !== "letter" },
      { name: "dialogue", kind: "date", title: "field-case-dialogue-day", prompt: "ask-case-dialogue-day", skip: (_ctx, v) => v.mode !== "dialogue" },
    ],
  },
  async run(ctx, values) {
    const id = Number(values.caseId);
    const { cases } = ctx.services;
    if (values.mode === "letter") {
      const item = await cases.letterReceived(ctx.actor, id, String(values.letter));
      return say("case-done-letter", { number: item.number, acceptBy: showDay(item.acceptBy) });
    }
    const item = await cases.dialogue(ctx.actor, id, String(values.dialogue));
    return say("case-done-dialogue", { number: item.number, day: showDay(item.dialogueOn) });
  },
});
