// /written (ý kiến bằng văn bản): the secretary records an absent council member's signed written opinion as
// that member's ballot; the result then says how many ballots came in writing. Typed as "12a 13r 14x". The form
// is kept in memory only and the recorded opinion sealed like a cast ballot (src/core/ballots/written.ts).

import { DomainError } from "../src/core/errors";
import type { BallotChoice } from "../src/core/nominations/types";
import { type Text, text } from "../src/kernel/reply";
import { type CommandContext, defineCommand, type FormValues } from "./support/command";
import { nominationChoice } from "./support/nomination-view";

const LETTERS: Record<string, BallotChoice> = { a: "approve", r: "reject", x: "abstain" };

function parseBallot(raw: string): Array<{ nominationId: number; choice: BallotChoice }> {
  const lines = [...raw.toLowerCase().matchAll(/(\d+)\s*([arx])\b/g)].map((m) => ({
    nominationId: Number(m[1]),
    choice: LETTERS[m[2] as string] as BallotChoice,
  }));
  if (lines.length === 0) throw new DomainError("invalid-input", { field: { key: "written-field-ballot" }, max: 0 });
  return lines;
}

function ballotLines(ctx: CommandContext, values: FormValues): Text[] {
  return parseBallot(String(values.ballot ?? "")).map((l) => {
    const n = ctx.services.nominations.get(l.nominationId);
    return text("written-line", { nomination: nominationChoice(ctx, n), choice: text(`written-choice-${l.choice}`) });
  });
}

export default defineCommand({
  name: "written",
  aliases: ["ykienvanban"],
  description: "cmd-written-description",
  access: ["secretary"],
  where: "dm",
  form: {
    // the form pairs a member with their choices: it lives in memory only, like a ballot being filled in (a copy
    // of the database or its -wal taken at the summary must not show who chose what); lost on restart by design
    storage: "memory",
    fields: [
      {
        name: "session",
        kind: "choice",
        title: "written-field-session",
        prompt: "written-ask-session",
        choices: (ctx) =>
          ctx.services.ballots
            .all()
            .filter((s) => s.status === "open")
            .map((s) => ({ value: String(s.id), label: text("written-session", { id: s.id, title: s.title }) })),
      },
      {
        name: "member",
        kind: "choice",
        title: "written-field-member",
        prompt: "written-ask-member",
        choices: (ctx, values) =>
          ctx.services.writtenOpinions
            .absent(Number(values.session))
            .map((id) => ({ value: String(id), label: text("raw", { value: ctx.services.directory.getPerson(id).fullName }) })),
      },
      { name: "ballot", kind: "text", title: "written-field-ballot", prompt: "written-ask-ballot", maxLength: 500 },
    ],
    preview: (ctx, values) => [{ type: "list", items: ballotLines(ctx, values) }],
  },
  run(ctx, values) {
    const sessionId = Number(values.session);
    ctx.services.writtenOpinions.record(ctx.actor, sessionId, Number(values.member), parseBallot(String(values.ballot)));
    return {
      blocks: [
        {
          type: "paragraph",
          text: text("written-recorded", { id: sessionId, member: ctx.services.directory.getPerson(Number(values.member)).fullName }),
        },
      ],
    };
  },
});
