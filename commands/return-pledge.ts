// /returnpledge (trả lại): returns a submitted pledge to its author with a reason to fix it.

import { DomainError } from "../src/core/errors";
import { PLEDGE_REVIEWERS } from "../src/core/roles";
import { answers } from "../src/engine/answers";
import { say, text } from "../src/kernel/reply";
import { defineCommand } from "./support/command";
import { pledgeSubject } from "./support/pledge-view";

export default defineCommand({
  name: "returnpledge",
  aliases: ["tralai"],
  description: "cmd-returnpledge-description",
  access: PLEDGE_REVIEWERS,
  where: "dm",
  form: {
    // with nothing waiting for review there is nothing to choose: say so instead of asking with no choices
    prefill(ctx, initial) {
      if (!initial.pledge && ctx.services.pledges.reviewQueue(ctx.actor).length === 0) throw new DomainError("nothing-to-return");
      return {};
    },
    fields: [
      {
        name: "pledge",
        kind: "choice",
        title: "field-pledge",
        prompt: "ask-pledge-to-return",
        choices: (ctx) =>
          ctx.services.pledges
            .reviewQueue(ctx.actor)
            .map((p) => ({ value: String(p.id), label: text("pledge-choice", { id: p.id, subject: pledgeSubject(ctx, p) }) })),
      },
      { name: "reason", kind: "longtext", title: "field-reason", prompt: "ask-return-reason", maxLength: 500 },
    ],
  },
  async run(ctx, values) {
    const pledge = await ctx.services.pledges.returnForChanges(ctx.actor, answers(values).id("pledge"), answers(values).string("reason"));
    return say("pledge-returned", { id: pledge.id });
  },
});
