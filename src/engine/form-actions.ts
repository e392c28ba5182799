// The payloads of a form's own buttons: "f:<op>", "f:<op>:<arg>", and "@<step>" on the buttons of a question, so a
// button left on an older question (a chat keeps them) cannot answer the question asked now. Payloads without a
// step (older messages, tests) act on the current question, as they always did.

export const FORM_OPS = [
  "pick",
  "tick",
  "done",
  "skip",
  "yes",
  "no",
  "cancel",
  "ok",
  "edit",
  "field",
  "back",
  "more",
  "leave",
  "stay",
  "literal",
  "meant",
] as const;
export type FormOp = (typeof FORM_OPS)[number];

export interface FormAction {
  op: FormOp;
  /** A choice's index, a field's index, or the summary's revision. */
  arg: number | null;
  /** The question the button belongs to. */
  step: number | null;
}

const OPS = new Set<string>(FORM_OPS);

/** "f:pick:2@1": pick the third choice of the second question. */
export function formAction(op: FormOp, arg?: number, step?: number): string {
  return `f:${op}${arg === undefined ? "" : `:${arg}`}${step === undefined ? "" : `@${step}`}`;
}

/** The form action a payload names, or null for anything else (a command's button, a forged payload). */
export function readFormAction(payload: string): FormAction | null {
  const match = /^f:([a-z]+)(?::(\d{1,6}))?(?:@(\d{1,4}))?$/.exec(payload);
  if (!match || !OPS.has(match[1] as string)) return null;
  return {
    op: match[1] as FormOp,
    arg: match[2] === undefined ? null : Number(match[2]),
    step: match[3] === undefined ? null : Number(match[3]),
  };
}
