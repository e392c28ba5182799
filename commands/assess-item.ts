// Assessing one commitment of one's pledge (opened from /selfassess): the result and a short note.

import { PLEDGERS } from "../src/core/roles";
import { MAX_NOTE_LENGTH } from "../src/core/yearend/assessments";
import { ASSESSMENT_RESULTS, type AssessmentResult } from "../src/core/yearend/types";
import { text } from "../src/kernel/reply";
import { showAssessment } from "./selfassess";
import { defineCommand } from "./support/command";

export default defineCommand({
  name: "assessitem",
  aliases: [],
  description: "cmd-assessitem-description",
  access: PLEDGERS,
  where: "dm",
  hidden: true,
  form: {
    // both questions are asked every time: answering again is how an item's assessment is changed
    prefill(ctx, initial) {
      ctx.services.yearEnd.assessments.get(ctx.actor, Number(initial.pledge));
      return { pledge: initial.pledge, index: initial.index };
    },
    fields: [
      {
        name: "result",
        kind: "choice",
        title: "field-assessment-result",
        prompt: "ask-assessment-result",
        choices: () => ASSESSMENT_RESULTS.map((r) => ({ value: r, label: text(`assessment-${r}`) })),
      },
      { name: "note", kind: "text", title: "field-assessment-note", prompt: "ask-assessment-note", optional: true, maxLength: MAX_NOTE_LENGTH },
    ],
  },
  run(ctx, values) {
    const pledgeId = Number(values.pledge);
    ctx.services.yearEnd.assessments.setItem(ctx.actor, pledgeId, Number(values.index), values.result as AssessmentResult, String(values.note ?? ""));
    return showAssessment(ctx, pledgeId);
  },
});
