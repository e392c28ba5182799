// /opensession (mở phiên xét): the secretary puts proposed nominations before the council with an end date;
// each council member is sent a ballot in a private chat.
import { DateTime } from "luxon";
import { defineCommand } from "../src/core/command";
import { DomainError } from "../src/core/errors";
import { button, text } from "../src/core/reply";
import { SESSIONS_ACTIONS } from "./sessions";
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
      { name: "ends", kind: "date", title: "session-field-ends", prompt: "session-ask-ends" },
    ],
  },
  async run(ctx, values) {
    // the ballot closes at the end of the chosen day, local time
    const endsAt = DateTime.fromISO(String(values.ends), { zone: ctx.services.settings.timezone }).endOf("day").toJSDate();
    const session = await ctx.services.ballots.open(ctx.actor, {
      title: String(values.title),
      nominationIds: (values.nominations as string[]).map(Number),
      endsAt,
    });
    return {
      blocks: [{ type: "paragraph", text: text("session-opened", { id: session.id, members: session.memberCount, endsAt: session.endsAt }) }],
      buttons: [[button("btn-sessions", SESSIONS_ACTIONS.list.payload())]],
    };
  },
});
