// Writing one's main achievements of the year (opened from /selfassess): the body of the achievement report.

import { PLEDGERS } from "../src/core/roles";
import { MAX_ACHIEVEMENTS_LENGTH } from "../src/core/yearend/assessments";
import { showAssessment } from "./selfassess";
import { defineCommand } from "./support/command";

export default defineCommand({
  name: "achievements",
  aliases: ["thanhtich"],
  description: "cmd-achievements-description",
  access: PLEDGERS,
  where: "dm",
  hidden: true,
  form: {
    prefill(ctx, initial) {
      const assessment = ctx.services.yearEnd.assessments.get(ctx.actor, Number(initial.pledge));
      return { pledge: initial.pledge, ...(assessment.achievements ? { achievements: assessment.achievements } : {}) };
    },
    fields: [{ name: "achievements", kind: "longtext", title: "field-achievements", prompt: "ask-achievements", maxLength: MAX_ACHIEVEMENTS_LENGTH }],
  },
  run(ctx, values) {
    const pledgeId = Number(values.pledge);
    ctx.services.yearEnd.assessments.setAchievements(ctx.actor, pledgeId, String(values.achievements));
    return showAssessment(ctx, pledgeId);
  },
});
