// What a form shows while it is answered one question at a time: the question, the summary to confirm, the list of
// answers to change, and the two questions asked aside (leave the form? which did you mean?). Pure functions of the
// form declaration and the saved state. Every view numbers its buttons the same way on every platform (see
// numberedButtons): the summary's 1, 2, 3 are Confirm, Edit, Cancel, and so are they in the list of answers to change.

import { type DayExample, exampleDay, showDay } from "../kernel/dates";
import { type Block, type Button, button, type Reply, type Text, text } from "../kernel/reply";
import type { CommandContext, CommandSpec, FieldKind, FieldSpec, FormValues } from "./command";
import { attachedFiles, type DialogState, type ViewMode } from "./dialog-state";
import { formAction } from "./form-actions";
import { stepLine } from "./form-steps";
import { choiceLabel, choicesFor } from "./forms";
import type { AppShape } from "./host";

export function fieldsOf<A extends AppShape>(command: CommandSpec<A>): FieldSpec<A>[] {
  return command.form?.fields ?? [];
}

/** Field kinds answered in words: their «Bỏ qua» and «Huỷ» take no number, so a typed number reaches the answer. */
export const WORDED_KINDS: ReadonlySet<FieldKind> = new Set<FieldKind>(["text", "longtext", "date", "person"]);

/** The example a date question gives: a day ahead of today, in the format people type. */
export function dateExample<A extends AppShape>(ctx: CommandContext<A>): DayExample {
  return exampleDay(ctx.host.clock.now(), ctx.host.timezone);
}

export function question<A extends AppShape>(ctx: CommandContext<A>, command: CommandSpec<A>, state: DialogState, error?: Text): Reply {
  const field = fieldsOf(command)[state.step] as FieldSpec<A>;
  const step = state.step;
  const blocks: Block[] = [];
  if (error) blocks.push({ type: "paragraph", text: error });
  if (state.adding === field.name) blocks.push({ type: "paragraph", text: text("form-add-ask", { field: text(field.title) }) });
  else blocks.push({ type: "paragraph", text: stepLine(ctx, command, state, field) });
  const rows: Button[][] = [];
  const choices = choicesFor(field, ctx, state.values);
  if (field.kind === "choice" || field.kind === "unit") {
    for (const [i, c] of choices.entries()) rows.push([button(c.label, formAction("pick", i, step))]);
  } else if (field.kind === "multichoice") {
    for (const [i, c] of choices.entries()) {
      rows.push([button(state.ticked.includes(c.value) ? text("choice-ticked", { label: c.label }) : c.label, formAction("tick", i, step))]);
    }
    rows.push([button("btn-done", formAction("done", undefined, step), "primary")]);
    blocks.push({ type: "paragraph", text: text("form-multichoice-hint", { done: choices.length + 1 }) });
  } else if (field.kind === "confirm") {
    rows.push([button("btn-yes", formAction("yes", undefined, step), "primary"), button("btn-no", formAction("no", undefined, step))]);
  } else if (field.kind === "date") {
    blocks.push({ type: "paragraph", text: text("form-date-hint", { ...dateExample(ctx) }) });
  }
  const byWord = WORDED_KINDS.has(field.kind);
  const extra: Button[] = [];
  if (field.optional) extra.push({ ...button("btn-skip", formAction("skip", undefined, step)), ...(byWord ? { byWord } : {}) });
  extra.push({ ...button("btn-cancel", "f:cancel", "danger"), ...(byWord ? { byWord } : {}) });
  rows.push(extra);
  return { blocks, buttons: rows, formStep: true };
}

/** An answer as the person reads it: labels for choices, names for people, dd/mm/yyyy for days. */
export function displayValue<A extends AppShape>(ctx: CommandContext<A>, field: FieldSpec<A>, values: FormValues): Text {
  const value = values[field.name];
  if (value === null || value === undefined) return text("value-empty");
  const choices = choicesFor(field, ctx, values);
  const labelOf = (v: unknown) => {
    const found = choices.find((c) => c.value === String(v));
    return found ? choiceLabel(ctx, found) : String(v);
  };
  switch (field.kind) {
    case "choice":
      return text("raw", { value: labelOf(value) });
    case "multichoice":
      return text("raw", { value: (Array.isArray(value) ? value : [value]).map(labelOf).join("; ") });
    case "confirm":
      return text(value ? "btn-yes" : "btn-no");
    case "date":
      return text("raw", { value: showDay(String(value)) });
    case "person":
      return text("raw", { value: ctx.host.names.personName(Number(value)) });
    case "unit":
      return text("raw", { value: ctx.host.names.unitName(Number(value)) ?? String(value) });
    default:
      return text("raw", { value: String(value) });
  }
}

/** The answers to check before saving; `note` says why it is shown again (text typed here, an old button). */
export function summary<A extends AppShape>(ctx: CommandContext<A>, command: CommandSpec<A>, state: DialogState, note?: Text): Reply {
  const fields = fieldsOf(command);
  const answered = fields.filter((f) => f.name in state.values && !f.skip?.(ctx, state.values));
  const files = attachedFiles(state.values).length;
  const blocks: Block[] = [];
  if (note) blocks.push({ type: "paragraph", text: note });
  const problem = state.problem;
  const toFix = problem?.field ? fields.findIndex((f) => f.name === problem.field) : -1;
  if (problem) {
    const field = fields[toFix];
    blocks.push({
      type: "paragraph",
      text: field ? text("form-fix-field", { problem: problem.message, field: text(field.title) }) : text("form-fix", { problem: problem.message }),
    });
  }
  blocks.push(
    { type: "heading", text: text("form-summary-title") },
    { type: "list", items: answered.map((f) => text("form-summary-line", { field: text(f.title), value: displayValue(ctx, f, state.values) })) },
  );
  if (files > 0) blocks.push({ type: "paragraph", text: text("form-summary-files", { count: files }) });
  blocks.push(...(command.form?.preview?.(ctx, state.values) ?? []), { type: "paragraph", text: text("form-summary-hint") });
  const fix = fields[toFix];
  const buttons: Button[][] = [
    [button("btn-confirm", formAction("ok", state.rev ?? 0), "primary"), button("btn-edit", "f:edit"), button("btn-cancel", "f:cancel", "danger")],
  ];
  // after the usual row, so Confirm, Edit and Cancel keep the numbers 1, 2, 3 the hint and habits use
  if (fix) buttons.push([button(text("btn-fix-field", { field: text(fix.title) }), formAction("field", toFix), "primary")]);
  for (const { field, index } of editableFields(ctx, command, state)) {
    if (field.more) buttons.push([button(field.more, formAction("more", index))]);
  }
  return { blocks, buttons, formStep: true };
}

/** The fields that may be changed from the summary, in the order of their buttons (and typed numbers). */
export function editableFields<A extends AppShape>(
  ctx: CommandContext<A>,
  command: CommandSpec<A>,
  state: DialogState,
): Array<{ field: FieldSpec<A>; index: number }> {
  return fieldsOf(command)
    .map((field, index) => ({ field, index }))
    .filter(({ field }) => field.name in state.values && !field.skip?.(ctx, state.values));
}

/**
 * The answers to change. Its first row keeps the summary's numbers for the same actions (1 confirms, 2 goes back to
 * the summary, 3 cancels), so a habit-typed 3 is «Huỷ» here too; the fields come after, from 4.
 */
export function pickField<A extends AppShape>(ctx: CommandContext<A>, command: CommandSpec<A>, state: DialogState): Reply {
  const rows: Button[][] = [
    [button("btn-confirm", formAction("ok", state.rev ?? 0), "primary"), button("btn-back", "f:back"), button("btn-cancel", "f:cancel", "danger")],
  ];
  for (const { field, index } of editableFields(ctx, command, state)) rows.push([button(field.title, formAction("field", index))]);
  return { blocks: [{ type: "paragraph", text: text("form-pick-field") }], buttons: rows, formStep: true };
}

/** How many answers a person would lose by leaving: the ones they gave (not prefilled), files and ticks included. */
export function answeredCount(state: DialogState): number {
  const given = new Set(state.given ?? []);
  const answered = Object.keys(state.values).filter((name) => !given.has(name)).length;
  return answered + (state.ticked.length > 0 && state.mode === "ask" ? 1 : 0);
}

/** "Leave the form? Its answers will be lost": asked whichever way «Huỷ» was reached, when there is anything to lose. */
export function leaveView<A extends AppShape>(command: CommandSpec<A>, state: DialogState): Reply {
  return {
    blocks: [{ type: "paragraph", text: text("form-leave-ask", { command: command.name, count: answeredCount(state) }) }],
    buttons: [[button("btn-leave", "f:leave", "danger"), button("btn-stay", "f:stay", "primary")]],
    formStep: true,
  };
}

/**
 * A number typed alone where words are asked: "did you mean «Xong» (what 4 pressed on the view before), or «4» as the
 * answer?", or, when the number pressed nothing before, "write «4» as the answer?".
 */
export function numberView<A extends AppShape>(ctx: CommandContext<A>, command: CommandSpec<A>, state: DialogState): Reply {
  const field = fieldsOf(command)[state.back?.step ?? state.step] as FieldSpec<A>;
  const typed = state.typedNumber ?? "";
  const meant = meantButton(ctx, command, state);
  const literal = button(text("btn-number-literal", { typed }), "f:literal", "primary");
  const cancel: Button = { ...button("btn-cancel", "f:cancel", "danger"), byWord: true };
  if (meant) {
    return {
      blocks: [{ type: "paragraph", text: text("form-number-meant", { meant: meant.label, typed, field: text(field.title) }) }],
      buttons: [[button(text("btn-number-meant", { label: meant.label }), "f:meant"), literal], [cancel]],
      formStep: true,
    };
  }
  return {
    blocks: [{ type: "paragraph", text: text("form-number-ask", { typed, field: text(field.title) }) }],
    buttons: [[literal, button("btn-number-retype", "f:back")], [cancel]],
    formStep: true,
  };
}

/** The button the typed number pressed on the view shown before this question, if it pressed one. */
export function meantButton<A extends AppShape>(ctx: CommandContext<A>, command: CommandSpec<A>, state: DialogState): Button | undefined {
  const prior = state.prior;
  const number = Number(state.typedNumber);
  if (!prior || !Number.isInteger(number) || number < 1) return undefined;
  // the labels as they read without ticks: «Lao động tiên tiến», not «✓ Lao động tiên tiến»
  const before = viewOf(ctx, command, { ...state, mode: prior.mode, step: prior.step, ticked: [], adding: undefined });
  return (before.buttons ?? []).flat().filter((b) => !b.byWord)[number - 1];
}

function viewOf<A extends AppShape>(ctx: CommandContext<A>, command: CommandSpec<A>, state: DialogState & { mode: ViewMode }): Reply {
  if (state.mode === "summary") return summary(ctx, command, state);
  if (state.mode === "pick-field") return pickField(ctx, command, state);
  return question(ctx, command, state);
}

/** Whatever the form is waiting for: its question, its summary, its list of answers to change, or a question aside. */
export function currentView<A extends AppShape>(ctx: CommandContext<A>, command: CommandSpec<A>, state: DialogState, note?: Text): Reply {
  const withNote = (view: Reply) => (note ? { ...view, blocks: [{ type: "paragraph" as const, text: note }, ...view.blocks] } : view);
  switch (state.mode) {
    case "summary":
      return summary(ctx, command, state, note);
    case "pick-field":
      return withNote(pickField(ctx, command, state));
    case "leave":
      return withNote(leaveView(command, state));
    case "number":
      return withNote(numberView(ctx, command, state));
    default:
      return question(ctx, command, state, note);
  }
}
