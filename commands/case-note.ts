// A handler's question, reply, forwarding or closing result on a case, and the reason for a decision on its
// deadline (the complex period, an extension, a suspension) or for verifying anonymous information; opened from
// the /cases buttons. The reason reaches the sender with the case's messages.

import { MAX_CASE_LENGTH } from "../src/core/cases/intake";
import { answers } from "../src/engine/answers";
import { say } from "../src/kernel/reply";
import { type CommandContext, defineCommand, type FieldSpec, type FormValues } from "./support/command";

const MODES = {
  ask: "ask-case-question",
  reply: "ask-case-reply",
  forward: "ask-case-forward",
  close: "ask-case-result",
  extend: "ask-case-extend",
  extend2: "ask-case-extend2",
  initial: "ask-case-initial",
  suspend: "ask-case-suspend",
  verify: "ask-case-verify",
} as const;
type Mode = keyof typeof MODES;

// one field per mode, so each is asked in its own words; the others are skipped
const fields: FieldSpec[] = (Object.keys(MODES) as Mode[]).map((mode) => ({
  name: mode,
  kind: "longtext",
  title: `field-case-${mode}`,
  prompt: MODES[mode],
  maxLength: MAX_CASE_LENGTH,
  skip: (_ctx: CommandContext, values: FormValues) => values.mode !== mode,
}));

export default defineCommand({
  name: "casenote",
  aliases: ["ghichudon"],
  description: "cmd-casenote-description",
  access: ["case_handler"],
  where: "dm",
  form: {
    prefill(ctx, initial) {
      const item = ctx.services.cases.get(ctx.actor, Number(initial.caseId));
      return { caseNumber: item.number };
    },
    fields,
  },
  async run(ctx, values) {
    const a = answers(values);
    const mode = a.oneOf("mode", Object.keys(MODES) as Mode[]);
    const id = a.id("caseId");
    const body = a.string(mode);
    const { cases } = ctx.services;
    const act: Record<Mode, () => ReturnType<typeof cases.ask>> = {
      ask: () => cases.ask(ctx.actor, id, body),
      reply: () => cases.reply(ctx.actor, id, body),
      forward: () => cases.forward(ctx.actor, id, body),
      close: () => cases.close(ctx.actor, id, body),
      extend: () => cases.extend(ctx.actor, id, body, false),
      extend2: () => cases.extend(ctx.actor, id, body, true),
      initial: () => cases.extendInitial(ctx.actor, id, body),
      suspend: () => cases.suspend(ctx.actor, id, body),
      verify: () => cases.verify(ctx.actor, id, body),
    };
    const item = await act[mode]();
    return say(`case-done-${mode}`, { number: item.number });
  },
});
