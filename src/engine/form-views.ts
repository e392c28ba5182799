// What a form shows while it is answered one question at a time: the question, the summary to confirm, and the
// list of answers to change. Pure functions of the form declaration and the saved state.

import { showDay } from "../kernel/dates";
import { type Block, type Button, button, type Reply, type Text, text } from "../kernel/reply";
import type { CommandContext, CommandSpec, FieldSpec, FormValues } from "./command";
import { attachedFiles, type DialogState } from "./dialog-state";
import { stepLine } from "./form-steps";
import { choiceLabel, choicesFor } from "./forms";
import type { AppShape } from "./host";

export function fieldsOf<A extends AppShape>(command: CommandSpec<A>): FieldSpec<A>[] {
  return command.form?.fields ?? [];
}

export function question<A extends AppShape>(ctx: CommandContext<A>, command: CommandSpec<A>, state: DialogState, error?: Text): Reply {
  const field = fieldsOf(command)[state.step] as FieldSpec<A>;
  const blocks: Block[] = [];
  if (error) blocks.push({ type: "paragraph", text: error });
  blocks.push({ type: "paragraph", text: stepLine(ctx, command, state, field) });
  const rows: Button[][] = [];
  const choices = choicesFor(field, ctx, state.values);
  if (field.kind === "choice" || field.kind === "unit") {
    for (const [i, c] of choices.entries()) rows.push([button(c.label, `f:pick:${i}`)]);
  } else if (field.kind === "multichoice") {
    for (const [i, c] of choices.entries()) {
      rows.push([button(state.ticked.includes(c.value) ? text("choice-ticked", { label: c.label }) : c.label, `f:tick:${i}`)]);
    }
    rows.push([button("btn-done", "f:done", "primary")]);
    blocks.push({ type: "paragraph", text: text("form-multichoice-hint") });
  } else if (field.kind === "confirm") {
    rows.push([button("btn-yes", "f:yes", "primary"), button("btn-no", "f:no")]);
  } else if (field.kind === "date") {
    blocks.push({ type: "paragraph", text: text("form-date-hint") });
  }
  const extra: Button[] = [];
  if (field.optional) extra.push(button("btn-skip", "f:skip"));
  extra.push(button("btn-cancel", "f:cancel", "danger"));
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
    [button("btn-confirm", `f:ok:${state.rev ?? 0}`, "primary"), button("btn-edit", "f:edit"), button("btn-cancel", "f:cancel", "danger")],
  ];
  // after the usual row, so Confirm, Edit and Cancel keep the numbers 1, 2, 3 the hint and habits use
  if (fix) buttons.push([button(text("btn-fix-field", { field: text(fix.title) }), `f:field:${toFix}`, "primary")]);
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

export function pickField<A extends AppShape>(ctx: CommandContext<A>, command: CommandSpec<A>, state: DialogState): Reply {
  const rows = editableFields(ctx, command, state).map(({ field, index }) => [button(field.title, `f:field:${index}`)]);
  rows.push([button("btn-back", "f:back"), button("btn-cancel", "f:cancel", "danger")]);
  return { blocks: [{ type: "paragraph", text: text("form-pick-field") }], buttons: rows, formStep: true };
}

/** Whatever the form is waiting for: its question, its summary or its list of answers to change. */
export function currentView<A extends AppShape>(ctx: CommandContext<A>, command: CommandSpec<A>, state: DialogState, note?: Text): Reply {
  if (state.mode === "summary") return summary(ctx, command, state, note);
  if (state.mode === "pick-field") {
    const view = pickField(ctx, command, state);
    return note ? { ...view, blocks: [{ type: "paragraph", text: note }, ...view.blocks] } : view;
  }
  return question(ctx, command, state, note);
}
