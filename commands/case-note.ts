// A handler's question, reply, forwarding or closing result on a case, and the reason for a decision on its
// deadline (the complex period, an extension, a suspension), for verifying anonymous information, or for not
// accepting a complaint (Luật Khiếu nại Điều 11, 27); opened from the /cases buttons. The reason reaches the sender
// with the case's messages.

import { MAX_CASE_LENGTH } from "../src/core/cases/intake";
import { NOT_ACCEPTED_GROUNDS } from "../src/core/cases/rules";
import { answers } from "../src/engine/answers";
import { say, text } from "../src/kernel/reply";
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
  notaccept: "ask-case-notaccept",
} as const;
type Mode = keyof typeof MODES;

/** The grounds the rule in force on the day the signed letter came allows, each with its clause. */
function groundChoices(ctx: CommandContext, values: FormValues) {
  const item = ctx.services.cases.get(ctx.actor, Number(values.caseId));
  const rule = ctx.services.cases.notAcceptedRule(item.letterReceivedOn ?? ctx.services.cases.today());
  return rule.grounds.map((g) => ({
    value: g.code,
    label: text("case-ground-choice", { ground: text(`case-ground-${g.code}`), article: g.article }),
  }));
}

// one field per mode, so each is asked in its own words; the others are skipped
const fields: FieldSpec[] = [
  {
    name: "ground",
    kind: "choice",
    title: "field-case-ground",
    prompt: "ask-case-ground",
    choices: groundChoices,
    skip: (_ctx, values) => values.mode !== "notaccept",
  },
  ...(Object.keys(MODES) as Mode[]).map((mode) => ({
    name: mode,
    kind: "longtext" as const,
    title: `field-case-${mode}`,
    prompt: MODES[mode],
    maxLength: MAX_CASE_LENGTH,
    skip: (_ctx: CommandContext, values: FormValues) => values.mode !== mode,
  })),
];

/**
 * The written notice of not accepting a complaint, as the complainant reads it: always in Vietnamese, like the
 * letter it answers (Nghị định 155/2026 Mẫu số 04: "không đủ điều kiện để thụ lý giải quyết vì …").
 */
function notAcceptedNotice(ctx: CommandContext, caseId: number, ground: string, reason: string): string {
  const { cases, translator } = ctx.services;
  const item = cases.get(ctx.actor, caseId);
  const rule = cases.notAcceptedRule(item.letterReceivedOn ?? cases.today());
  const clause = rule.grounds.find((g) => g.code === ground)?.article ?? "";
  return translator.t("vi", "case-notaccept-notice", {
    ground: translator.t("vi", `case-ground-${ground}`),
    clause,
    article: rule.article,
    reason: reason.trim(),
  });
}

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
    const notAccept = () => {
      const ground = a.oneOf("ground", NOT_ACCEPTED_GROUNDS);
      return cases.notAccept(ctx.actor, id, ground, notAcceptedNotice(ctx, id, ground, body));
    };
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
      notaccept: notAccept,
    };
    const item = await act[mode]();
    return say(`case-done-${mode}`, { number: item.number });
  },
});
