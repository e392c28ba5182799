// The dialog engine: asks a form's fields one at a time, keeps the half-filled form, confirms, then runs. Nothing a
// person typed is thrown away: a refusal at Confirm returns to the summary, and a form picked up again after a
// restart or a long pause first shows where it was.
import { randomUUID } from "node:crypto";
import { CodedError } from "../kernel/errors";
import type { Clock } from "../kernel/ports";
import { type Reply, say, type Text, text } from "../kernel/reply";
import { foldText } from "../kernel/text";
import { type CommandContext, type CommandSpec, type FieldKind, type FieldSpec, type FormValues, fieldToFix, type Outcome } from "./command";
import { attachedFiles, type DialogState, FILES } from "./dialog-state";
import { currentView, editableFields, fieldsOf, pickField, question, summary } from "./form-views";
import { acceptValue, choicesFor, type FieldResult, parseTypedAnswer } from "./forms";
import type { AppShape } from "./host";

export interface DialogStore {
  get(key: string): DialogState | null;
  put(key: string, state: DialogState): void;
  delete(key: string): void;
}

/** A button press or a typed line, as the engine sees it. */
export type FormInput = { text: string } | { action: string };

export type Runner<A extends AppShape> = (ctx: CommandContext<A>, command: CommandSpec<A>, values: FormValues) => Promise<Outcome>;

/** A form untouched this long is shown again before an answer counts: the person may not remember where it was. */
export const DEFAULT_STALE_AFTER_MS = 2 * 3600_000;

export function createDialogEngine<A extends AppShape>(deps: {
  durable: DialogStore;
  memory: DialogStore;
  run: Runner<A>;
  clock: Clock;
  staleAfterMs?: number;
}) {
  const { durable, memory, run, clock } = deps;
  const staleAfterMs = deps.staleAfterMs ?? DEFAULT_STALE_AFTER_MS;
  // a form saved by an earlier run of the bot was shown by that run: the person's chat may have moved on since
  const boot = randomUUID();

  const storeFor = (command: CommandSpec<A>): DialogStore => (command.form?.storage === "memory" ? memory : durable);

  /** Every save goes with a view shown to the person, so it stamps when and by which run. */
  function save(command: CommandSpec<A>, key: string, state: DialogState): DialogState {
    const stamped = { ...state, shown: { boot, at: clock.now().toISOString() } };
    storeFor(command).put(key, stamped);
    return stamped;
  }

  function isStale(state: DialogState): boolean {
    if (state.shown?.boot !== boot) return true;
    return clock.now().getTime() - new Date(state.shown.at).getTime() > staleAfterMs;
  }

  /** True when the form waits for a question whose answer is written out rather than picked by number. */
  function answersInWords(command: CommandSpec<A>, state: DialogState): boolean {
    const kind = state.mode === "ask" ? fieldsOf(command)[state.step]?.kind : undefined;
    return kind !== undefined && WORDED_KINDS.has(kind);
  }

  /** The next field that is neither answered nor skipped. */
  function nextStep(ctx: CommandContext<A>, command: CommandSpec<A>, values: FormValues): number {
    return fieldsOf(command).findIndex((field) => !(field.name in values) && !field.skip?.(ctx, values));
  }

  /** Moves on after a field was answered: the next field, the summary, or running the command. */
  async function advance(ctx: CommandContext<A>, key: string, command: CommandSpec<A>, state: DialogState, note?: Text): Promise<Outcome> {
    // after an edit from the summary this finds only answers the edit made necessary (units once "some units")
    const next = nextStep(ctx, command, state.values);
    if (next >= 0) return question(ctx, command, save(command, key, { ...state, step: next, mode: "ask", ticked: [] }), note);
    if (command.form?.confirm === false) {
      storeFor(command).delete(key);
      return run(ctx, command, state.values);
    }
    return summary(ctx, command, save(command, key, { ...state, mode: "summary", ticked: [] }), note);
  }

  /**
   * Sets the answer of the field being asked. Later answers that no longer fit (choices that changed, an end now
   * before the start) are dropped so they are asked again, with the reason.
   */
  function setAnswer(ctx: CommandContext<A>, command: CommandSpec<A>, state: DialogState, result: FieldResult) {
    if (!result.ok) return { error: result.error };
    const fields = fieldsOf(command);
    const field = fields[state.step] as FieldSpec<A>;
    const values = { ...state.values, [field.name]: result.value };
    const next: DialogState = { ...state, values, rev: (state.rev ?? 0) + 1, problem: undefined };
    let dropped: Text | undefined;
    for (const later of fields.slice(state.step + 1)) {
      if (!(later.name in values) || values[later.name] === null || later.skip?.(ctx, values)) continue;
      const recheck = acceptValue(later, values[later.name], ctx, values);
      if (!recheck.ok) {
        delete values[later.name];
        dropped ??= recheck.error;
      }
    }
    return { state: next, dropped };
  }

  /** Files sent while a form that takes them is open are kept with its answers. */
  function withFiles(ctx: CommandContext<A>, command: CommandSpec<A>, state: DialogState): DialogState {
    if (!command.form?.acceptsFiles || ctx.files.length === 0) return state;
    return { ...state, values: { ...state.values, [FILES]: [...attachedFiles(state.values), ...ctx.files] } };
  }

  /** Confirm: runs the command; a refusal the person can fix returns to the summary with every answer kept. */
  async function confirm(ctx: CommandContext<A>, key: string, command: CommandSpec<A>, state: DialogState): Promise<Outcome> {
    // deleted first, so a second "Confirm" arriving meanwhile finds no form instead of saving twice
    storeFor(command).delete(key);
    try {
      return await run(ctx, command, state.values);
    } catch (error) {
      if (!(error instanceof CodedError)) throw error;
      const field = fieldToFix(command, error.code);
      const problem = { message: text(`error-${error.code}`, error.args), ...(field ? { field } : {}) };
      return summary(ctx, command, save(command, key, { ...state, mode: "summary", problem }));
    }
  }

  async function onSummary(ctx: CommandContext<A>, key: string, command: CommandSpec<A>, state: DialogState, input: FormInput): Promise<Outcome> {
    const choice = "action" in input ? input.action : summaryActionFromText(input.text);
    if (choice === "f:cancel") {
      storeFor(command).delete(key);
      return say("form-cancelled");
    }
    if (choice === "f:ok" || choice?.startsWith("f:ok:")) {
      // an older summary's button (the answers changed since it was shown) shows the current one instead
      const rev = choice === "f:ok" ? (state.rev ?? 0) : Number(choice.slice(5));
      if (rev !== (state.rev ?? 0)) return summary(ctx, command, save(command, key, state), text("form-summary-changed"));
      return confirm(ctx, key, command, state);
    }
    if (choice === "f:edit") return pickField(ctx, command, save(command, key, { ...state, mode: "pick-field" }));
    if (choice?.startsWith("f:field:")) return askAgain(ctx, key, command, state, Number(choice.slice(8)));
    return summary(ctx, command, state, text("form-summary-typed"));
  }

  function askAgain(ctx: CommandContext<A>, key: string, command: CommandSpec<A>, state: DialogState, index: number): Reply {
    const field = fieldsOf(command)[index];
    if (!field) return pickField(ctx, command, state);
    const value = state.values[field.name];
    const ticked = Array.isArray(value) ? value.map(String) : [];
    return question(ctx, command, save(command, key, { ...state, step: index, mode: "ask", ticked }));
  }

  function onPickField(ctx: CommandContext<A>, key: string, command: CommandSpec<A>, state: DialogState, input: FormInput): Reply {
    if ("action" in input && input.action === "f:back") return summary(ctx, command, save(command, key, { ...state, mode: "summary" }));
    if ("action" in input && input.action.startsWith("f:field:")) return askAgain(ctx, key, command, state, Number(input.action.slice(8)));
    const typed = "text" in input ? Number(input.text.trim()) : Number.NaN;
    const picked = editableFields(ctx, command, state)[typed - 1];
    return picked ? askAgain(ctx, key, command, state, picked.index) : pickField(ctx, command, state);
  }

  async function onQuestion(ctx: CommandContext<A>, key: string, command: CommandSpec<A>, state: DialogState, input: FormInput): Promise<Outcome> {
    const field = fieldsOf(command)[state.step];
    if (!field) return advance(ctx, key, command, state);
    const action = "action" in input ? input.action : null;
    let result: FieldResult;
    if (action === "f:skip" && field.optional) result = { ok: true, value: null };
    else if (action?.startsWith("f:pick:")) {
      const choice = choicesFor(field, ctx, state.values)[Number(action.slice(7))];
      result = acceptValue(field, choice?.value, ctx, state.values);
    } else if (action?.startsWith("f:tick:")) {
      const choice = choicesFor(field, ctx, state.values)[Number(action.slice(7))];
      if (!choice) return question(ctx, command, state);
      const ticked = state.ticked.includes(choice.value) ? state.ticked.filter((v) => v !== choice.value) : [...state.ticked, choice.value];
      return question(ctx, command, save(command, key, { ...state, ticked }));
    } else if (action === "f:done") result = acceptValue(field, state.ticked, ctx, state.values);
    else if (action === "f:yes" || action === "f:no") result = acceptValue(field, action === "f:yes", ctx, state.values);
    else if (action) return question(ctx, command, state, text("error-form-button-stale"));
    else result = parseTypedAnswer(field, "text" in input ? input.text : "", ctx, state.values, state.ticked);
    const outcome = setAnswer(ctx, command, state, result);
    if ("error" in outcome) return question(ctx, command, state, outcome.error);
    return advance(ctx, key, command, outcome.state, outcome.dropped);
  }

  async function answer(ctx: CommandContext<A>, key: string, command: CommandSpec<A>, original: DialogState, input: FormInput): Promise<Outcome> {
    const store = storeFor(command);
    if ("action" in input && input.action === "f:cancel") {
      store.delete(key);
      return say("form-cancelled");
    }
    const state = withFiles(ctx, command, original);
    if (state !== original) save(command, key, state);
    if (isStale(original) && "text" in input && !answersInWords(command, state)) {
      // back after a restart or a long pause: where the form stands comes first, and this typed line does not
      // count (a habit-typed "1" must not confirm a summary never seen). A button was pressed on a message the
      // person sees, so it counts; an old summary's Confirm is caught by its revision. A question answered in
      // words (a commitment, a name, a date) takes the line: it cannot be a mis-press, and retyping it is a loss.
      return currentView(ctx, command, save(command, key, state), text("form-resumed", { command: command.name }));
    }
    if (state !== original && "text" in input && input.text.trim() === "") {
      const files = attachedFiles(state.values).length;
      return state.mode === "summary" ? summary(ctx, command, state) : question(ctx, command, state, text("form-files-received", { count: files }));
    }
    if (state.mode === "summary") return onSummary(ctx, key, command, state, input);
    if (state.mode === "pick-field") return onPickField(ctx, key, command, state, input);
    return onQuestion(ctx, key, command, state, input);
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
    async start(ctx: CommandContext<A>, key: string, command: CommandSpec<A>, initial: FormValues = {}): Promise<Outcome> {
      const values = { ...(command.form?.prefill?.(ctx, initial) ?? {}), ...initial };
      const state: DialogState = {
        command: command.name,
        values,
        step: 0,
        mode: "ask",
        ticked: [],
        given: Object.keys(values),
        rev: 0,
      };
      return markSensitive(command, await advance(ctx, key, command, state));
    },

    /** Handles the next typed line or button press of an open form. */
    async answer(ctx: CommandContext<A>, key: string, command: CommandSpec<A>, state: DialogState, input: FormInput): Promise<Outcome> {
      return markSensitive(command, await answer(ctx, key, command, state, input));
    },

    /** Shows where an open form stands, e.g. when another command is typed meanwhile; `note` comes first. */
    current(ctx: CommandContext<A>, key: string, command: CommandSpec<A>, state: DialogState, note?: Text): Outcome {
      return markSensitive(command, currentView(ctx, command, save(command, key, state), note));
    },

    /** The fields as they stand for these values, with their choices resolved (Slack builds a modal from it). */
    describe(ctx: CommandContext<A>, command: CommandSpec<A>, values: FormValues) {
      return fieldsOf(command)
        .filter((f) => !f.skip?.(ctx, values))
        .map((f) => ({ field: f, choices: choicesFor(f, ctx, values), value: values[f.name] }));
    },

    summary: (ctx: CommandContext<A>, command: CommandSpec<A>, values: FormValues) =>
      summary(ctx, command, { command: command.name, values, step: -1, mode: "summary", ticked: [] }),
  };
}

export type DialogEngine<A extends AppShape> = ReturnType<typeof createDialogEngine<A>>;

/** Replies of a sensitive form are marked, so an adapter may remove them from the chat afterwards. */
function markSensitive<A extends AppShape>(command: CommandSpec<A>, outcome: Outcome): Outcome {
  if (!command.form?.sensitive) return outcome;
  if (Array.isArray(outcome)) return outcome.map((reply) => ({ ...reply, sensitive: true }));
  if ("openForm" in outcome) return outcome;
  return { ...outcome, sensitive: true };
}

/** Field kinds answered in words, which a habit-typed number cannot answer by mistake. */
const WORDED_KINDS = new Set<FieldKind>(["text", "longtext", "date", "person"]);
const CONFIRM_WORDS = new Set(["1", "ok", "xac nhan", "confirm", "co", "yes"]);
const EDIT_WORDS = new Set(["2", "sua", "edit"]);
const CANCEL_WORDS = new Set(["3", "huy", "cancel"]);

function summaryActionFromText(typed: string): string | null {
  const folded = foldText(typed);
  if (CONFIRM_WORDS.has(folded)) return "f:ok";
  if (EDIT_WORDS.has(folded)) return "f:edit";
  if (CANCEL_WORDS.has(folded)) return "f:cancel";
  return null;
}

/**
 * A memory-only draft untouched this long is abandoned and wiped, so a secret does not wait in memory for weeks.
 * Three days: a complaint refused at the daily limit is still there to confirm the next day, and one left on a
 * Friday evening is gone by Monday evening.
 */
export const MEMORY_DRAFT_LIFETIME_MS = 72 * 3600_000;

/**
 * In-memory store: for drafts that must leave no trace in the database (a complaint, a written opinion). A draft
 * not touched for `lifetimeMs` is wiped, looked at whenever the store is used (at most once a minute for all).
 */
export function createMemoryDialogStore(now: () => number = Date.now, lifetimeMs = MEMORY_DRAFT_LIFETIME_MS): DialogStore {
  const states = new Map<string, { state: DialogState; at: number }>();
  let swept = now();
  function sweep(): void {
    const at = now();
    if (at - swept < 60_000) return;
    swept = at;
    for (const [key, entry] of states) if (at - entry.at > lifetimeMs) states.delete(key);
  }
  return {
    get(key) {
      sweep();
      const entry = states.get(key);
      if (entry && now() - entry.at > lifetimeMs) states.delete(key);
      return states.get(key)?.state ?? null;
    },
    put(key, state) {
      sweep();
      states.set(key, { state: structuredClone(state), at: now() });
    },
    delete: (key) => void states.delete(key),
  };
}
