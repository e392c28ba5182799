// The dialog engine: asks a form's fields one at a time, keeps the half-filled form, confirms, then runs.
// Over 300 lines: the step-by-step form engine keeps its state machine (ask, pick, tick, edit, confirm, resume) in
// one file so each transition can be read beside the others; issue 15's rewrite (branch issue-15) splits it.
import type { CommandContext, CommandSpec, FieldSpec, FormValues, Outcome } from "./command";
import type { FileRef } from "./files";
import { acceptValue, choiceLabel, choicesFor, parseTypedAnswer } from "./forms";
import { type Button, button, type Reply, say, type Text, text } from "./reply";

/** What is kept between messages while a form is open. JSON-serialisable. */
export interface DialogState {
  command: string;
  values: FormValues;
  /** Index of the field being asked; ignored in the summary and field-picking modes. */
  step: number;
  mode: "ask" | "summary" | "pick-field";
  /** Set while re-asking one field from the summary's Edit, so the form returns to the summary. */
  editing: boolean;
  /** Choices ticked so far for a multiple-choice field answered with buttons. */
  ticked: string[];
}

export interface DialogStore {
  get(key: string): DialogState | null;
  put(key: string, state: DialogState): void;
  delete(key: string): void;
}

/** A button press or a typed line, as the engine sees it. */
export type FormInput = { text: string } | { action: string };

export type Runner = (ctx: CommandContext, command: CommandSpec, values: FormValues) => Promise<Outcome>;

export function createDialogEngine(deps: { durable: DialogStore; memory: DialogStore; run: Runner }) {
  const { durable, memory, run } = deps;

  function storeFor(command: CommandSpec): DialogStore {
    return command.form?.storage === "memory" ? memory : durable;
  }

  function fieldsOf(command: CommandSpec): FieldSpec[] {
    return command.form?.fields ?? [];
  }

  /** The next field that is neither answered nor skipped, from index `from`. */
  function nextStep(ctx: CommandContext, command: CommandSpec, values: FormValues, from: number): number {
    const fields = fieldsOf(command);
    for (let i = from; i < fields.length; i++) {
      const field = fields[i] as FieldSpec;
      if (field.name in values) continue;
      if (field.skip?.(ctx, values)) continue;
      return i;
    }
    return -1;
  }

  function question(ctx: CommandContext, command: CommandSpec, state: DialogState, error?: Text): Reply {
    const fields = fieldsOf(command);
    const field = fields[state.step] as FieldSpec;
    const visible = fields.filter((f) => !f.skip?.(ctx, state.values));
    const position = visible.indexOf(field) + 1;
    const blocks: Reply["blocks"] = [];
    if (error) blocks.push({ type: "paragraph", text: error });
    blocks.push({ type: "paragraph", text: text("form-question", { n: position, total: visible.length, question: text(field.prompt) }) });
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

  function displayValue(ctx: CommandContext, _command: CommandSpec, field: FieldSpec, values: FormValues): Text {
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
        return text("raw", { value: (value as unknown[]).map(labelOf).join("; ") });
      case "confirm":
        return text(value ? "btn-yes" : "btn-no");
      case "person":
        return text("raw", { value: ctx.services.directory.getPerson(Number(value)).fullName });
      case "unit":
        return text("raw", { value: ctx.services.directory.unit(Number(value))?.name ?? String(value) });
      default:
        return text("raw", { value: String(value) });
    }
  }

  function summary(ctx: CommandContext, command: CommandSpec, state: DialogState): Reply {
    const fields = fieldsOf(command).filter((f) => f.name in state.values);
    return {
      blocks: [
        { type: "heading", text: text("form-summary-title") },
        {
          type: "list",
          items: fields.map((f) => text("form-summary-line", { field: text(f.title), value: displayValue(ctx, command, f, state.values) })),
        },
        ...(attachedFiles(state.values).length > 0
          ? [{ type: "paragraph" as const, text: text("form-summary-files", { count: attachedFiles(state.values).length }) }]
          : []),
        ...(command.form?.preview?.(ctx, state.values) ?? []),
        { type: "paragraph", text: text("form-summary-hint") },
      ],
      buttons: [[button("btn-confirm", "f:ok", "primary"), button("btn-edit", "f:edit"), button("btn-cancel", "f:cancel", "danger")]],
      formStep: true,
    };
  }

  function pickField(ctx: CommandContext, command: CommandSpec, state: DialogState): Reply {
    const rows = fieldsOf(command)
      .map((f, i) => ({ f, i }))
      .filter(({ f }) => f.name in state.values && !f.skip?.(ctx, state.values))
      .map(({ f, i }) => [button(f.title, `f:field:${i}`)]);
    rows.push([button("btn-back", "f:back"), button("btn-cancel", "f:cancel", "danger")]);
    return { blocks: [{ type: "paragraph", text: text("form-pick-field") }], buttons: rows, formStep: true };
  }

  /** Moves on after a field was answered: the next field, the summary, or running the command. */
  async function advance(ctx: CommandContext, key: string, command: CommandSpec, state: DialogState): Promise<Outcome> {
    const next = state.editing ? -1 : nextStep(ctx, command, state.values, 0);
    const store = storeFor(command);
    if (next >= 0) {
      const asked = { ...state, step: next, mode: "ask" as const, ticked: [] };
      store.put(key, asked);
      return question(ctx, command, asked);
    }
    if (command.form?.confirm === false) {
      store.delete(key);
      return run(ctx, command, state.values);
    }
    const atSummary = { ...state, mode: "summary" as const, editing: false, ticked: [] };
    store.put(key, atSummary);
    return summary(ctx, command, atSummary);
  }

  function setAnswer(ctx: CommandContext, _key: string, command: CommandSpec, state: DialogState, result: ReturnType<typeof acceptValue>) {
    if (!result.ok) return { error: result.error };
    const field = fieldsOf(command)[state.step] as FieldSpec;
    const values = { ...state.values, [field.name]: result.value };
    // a changed answer may make later answers meaningless (other choices): ask those again
    for (const later of fieldsOf(command).slice(state.step + 1)) {
      if (later.choices && later.name in values && !acceptValue(later, values[later.name], ctx, values).ok) {
        delete values[later.name];
        state = { ...state, editing: false };
      }
    }
    return { state: { ...state, values } };
  }

  /** Files sent while a form that takes them is open are kept with its answers. */
  function withFiles(ctx: CommandContext, key: string, command: CommandSpec, state: DialogState): DialogState {
    if (!command.form?.acceptsFiles || ctx.files.length === 0) return state;
    const next = { ...state, values: { ...state.values, [FILES]: [...attachedFiles(state.values), ...ctx.files] } };
    storeFor(command).put(key, next);
    return next;
  }

  async function answer(ctx: CommandContext, key: string, command: CommandSpec, original: DialogState, input: FormInput): Promise<Outcome> {
    const state = withFiles(ctx, key, command, original);
    if (state !== original && "text" in input && input.text.trim() === "") {
      const files = attachedFiles(state.values).length;
      return state.mode === "summary" ? summary(ctx, command, state) : question(ctx, command, state, text("form-files-received", { count: files }));
    }
    const store = storeFor(command);
    const action = "action" in input ? input.action : null;
    if (action === "f:cancel") {
      store.delete(key);
      return say("form-cancelled");
    }
    if (state.mode === "summary") {
      const choice = action ?? summaryActionFromText(input);
      if (choice === "f:cancel") {
        store.delete(key);
        return say("form-cancelled");
      }
      if (choice === "f:ok") {
        store.delete(key);
        return run(ctx, command, state.values);
      }
      if (choice === "f:edit") {
        const picking = { ...state, mode: "pick-field" as const };
        store.put(key, picking);
        return pickField(ctx, command, picking);
      }
      return summary(ctx, command, state);
    }
    if (state.mode === "pick-field") {
      const fields = fieldsOf(command);
      let index = -1;
      if (action?.startsWith("f:field:")) index = Number(action.slice(8));
      else if (action === "f:back") index = -2;
      else if ("text" in input) {
        const typed = Number(input.text.trim());
        const editable = fields.map((f, i) => ({ f, i })).filter(({ f }) => f.name in state.values && !f.skip?.(ctx, state.values));
        index = editable[typed - 1]?.i ?? -1;
      }
      if (index === -2) {
        const back = { ...state, mode: "summary" as const };
        store.put(key, back);
        return summary(ctx, command, back);
      }
      if (index < 0 || index >= fields.length) return pickField(ctx, command, state);
      const asking = { ...state, step: index, mode: "ask" as const, editing: true, ticked: toList(state.values[(fields[index] as FieldSpec).name]) };
      store.put(key, asking);
      return question(ctx, command, asking);
    }
    const field = fieldsOf(command)[state.step];
    if (!field) return advance(ctx, key, command, state);
    let result: ReturnType<typeof acceptValue> | null = null;
    if (action === "f:skip" && field.optional) result = { ok: true, value: null };
    else if (action?.startsWith("f:pick:")) {
      const choice = choicesFor(field, ctx, state.values)[Number(action.slice(7))];
      result = acceptValue(field, choice?.value, ctx, state.values);
    } else if (action?.startsWith("f:tick:")) {
      const choice = choicesFor(field, ctx, state.values)[Number(action.slice(7))];
      if (!choice) return question(ctx, command, state);
      const ticked = state.ticked.includes(choice.value) ? state.ticked.filter((v) => v !== choice.value) : [...state.ticked, choice.value];
      const next = { ...state, ticked };
      store.put(key, next);
      return question(ctx, command, next);
    } else if (action === "f:done") result = acceptValue(field, state.ticked, ctx, state.values);
    else if (action === "f:yes" || action === "f:no") result = acceptValue(field, action === "f:yes", ctx, state.values);
    else if (action) return question(ctx, command, state, text("error-form-button-stale"));
    else if ("text" in input) result = parseTypedAnswer(field, input.text, ctx, state.values);
    if (!result) return question(ctx, command, state);
    const outcome = setAnswer(ctx, key, command, state, result);
    if ("error" in outcome) return question(ctx, command, state, outcome.error);
    return advance(ctx, key, command, outcome.state);
  }

  return {
    pending(key: string, memoryOnly = false): DialogState | null {
      return memory.get(key) ?? (memoryOnly ? null : durable.get(key));
    },

    cancel(key: string): boolean {
      const had = memory.get(key) ?? durable.get(key);
      memory.delete(key);
      durable.delete(key);
      return had !== null;
    },

    /** Opens a command's form with some values already known, asking for the rest. */
    async start(ctx: CommandContext, key: string, command: CommandSpec, initial: FormValues = {}): Promise<Outcome> {
      const prefilled = { ...(command.form?.prefill?.(ctx, initial) ?? {}), ...initial };
      const state: DialogState = { command: command.name, values: prefilled, step: 0, mode: "ask", editing: false, ticked: [] };
      return markSensitive(command, await advance(ctx, key, command, state));
    },

    /** Handles the next typed line or button press of an open form. */
    async answer(ctx: CommandContext, key: string, command: CommandSpec, state: DialogState, input: FormInput): Promise<Outcome> {
      return markSensitive(command, await answer(ctx, key, command, state, input));
    },

    /** The fields as they stand for these values, with their choices resolved (Slack builds a modal from it). */
    describe(ctx: CommandContext, command: CommandSpec, values: FormValues) {
      return fieldsOf(command)
        .filter((f) => !f.skip?.(ctx, values))
        .map((f) => ({ field: f, choices: choicesFor(f, ctx, values), value: values[f.name] }));
    },

    /** Validates a whole form at once (a Slack modal); returns field errors, or runs the command. */
    async submitAll(ctx: CommandContext, command: CommandSpec, raw: FormValues): Promise<{ errors: Record<string, Text> } | { outcome: Outcome }> {
      const values: FormValues = { ...(command.form?.prefill?.(ctx, {}) ?? {}) };
      const errors: Record<string, Text> = {};
      for (const field of fieldsOf(command)) {
        if (field.skip?.(ctx, values)) continue;
        if (!(field.name in raw) && field.name in values) continue;
        const result = acceptValue(field, raw[field.name], ctx, values);
        if (result.ok) values[field.name] = result.value;
        else errors[field.name] = result.error;
      }
      if (Object.keys(errors).length > 0) return { errors };
      return { outcome: await run(ctx, command, values) };
    },

    summary: (ctx: CommandContext, command: CommandSpec, values: FormValues) =>
      summary(ctx, command, { command: command.name, values, step: -1, mode: "summary", editing: false, ticked: [] }),
  };
}

export type DialogEngine = ReturnType<typeof createDialogEngine>;

/** Where a form keeps the files sent while it was open (see FormSpec.acceptsFiles). */
export const FILES = "_files";

export function attachedFiles(values: FormValues): FileRef[] {
  const files = values[FILES];
  return Array.isArray(files) ? (files as FileRef[]) : [];
}

/** Replies of a sensitive form are marked, so an adapter may remove them from the chat afterwards. */
function markSensitive(command: CommandSpec, outcome: Outcome): Outcome {
  if (!command.form?.sensitive) return outcome;
  if (Array.isArray(outcome)) return outcome.map((reply) => ({ ...reply, sensitive: true }));
  if ("openForm" in outcome) return outcome;
  return { ...outcome, sensitive: true };
}

function toList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

function summaryActionFromText(input: FormInput): string | null {
  if (!("text" in input)) return null;
  const typed = input.text.trim().toLowerCase();
  if (["1", "ok", "xac nhan", "xác nhận", "confirm", "có", "co", "yes"].includes(typed)) return "f:ok";
  if (["2", "sua", "sửa", "edit"].includes(typed)) return "f:edit";
  if (["3", "huy", "huỷ", "hủy", "cancel"].includes(typed)) return "f:cancel";
  return null;
}

/** In-memory store: for drafts that must leave no trace in the database. */
export function createMemoryDialogStore(): DialogStore {
  const states = new Map<string, DialogState>();
  return {
    get: (key) => states.get(key) ?? null,
    put: (key, state) => void states.set(key, structuredClone(state)),
    delete: (key) => void states.delete(key),
  };
}
