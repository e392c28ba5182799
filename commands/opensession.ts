// /opensession (mở phiên xét): the secretary puts proposed nominations before the council with an end date;
// each council member is sent a ballot in a private chat.

import { DomainError } from "../src/core/errors";
import { answers } from "../src/engine/answers";
import { fieldError } from "../src/engine/forms";
import { dayOf, endOfDay, showDay } from "../src/kernel/dates";
import { button, text } from "../src/kernel/reply";
import { SESSIONS_ACTIONS } from "./sessions";
import { defineCommand } from "./support/command";
import { nominationChoice } from "./support/nomination-view";

export default defineCommand({
  name: "opensession",
  aliases: ["mophienxet", "phienxet"],
  description: "cmd-opensession-description",
  access: ["secretary"],
  where: "dm",
  form: {
    prefill(ctx) {
      if (ctx.services.nominations.list(ctx.actor, { status: "proposed" }).length === 0) throw new DomainError("session-empty");
      return {};
    },
    fields: [
      { name: "title", kind: "text", title: "session-field-title", prompt: "session-ask-title", maxLength: 200 },
      {
        name: "nominations",
        kind: "multichoice",
        title: "session-field-nominations",
        prompt: "session-ask-nominations",
        choices: (ctx) =>
          ctx.services.nominations.list(ctx.actor, { status: "proposed" }).map((n) => ({ value: String(n.id), label: nominationChoice(ctx, n) })),
      },
      {
        name: "ends",
        kind: "date",
        title: "session-field-ends",
        prompt: "session-ask-ends",
        // a vote that ended before it opened: said here, not after the summary
        check: (_value, ctx, values) => {
          const today = dayOf(ctx.services.clock.now(), ctx.services.settings.timezone);
          return answers(values).day("ends") < today
            ? fieldError({ title: "session-field-ends" }, "check-announce-date-past", { today: showDay(today) })
            : null;
        },
      },
    ],
  },
  async run(ctx, values) {
    // the ballot closes at the end of the chosen day, local time
    const a = answers(values);
    const endsAt = endOfDay(a.day("ends"), ctx.services.settings.timezone);
    const session = await ctx.services.ballots.open(ctx.actor, {
      title: a.string("title"),
      nominationIds: a.list("nominations").map(Number),
      endsAt,
    });
    return {
      blocks: [{ type: "paragraph", text: text("session-opened", { id: session.id, members: session.memberCount, endsAt: session.endsAt }) }],
      buttons: [[button("btn-sessions", SESSIONS_ACTIONS.list.payload())]],
    };
  },
});
