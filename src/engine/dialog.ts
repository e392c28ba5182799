// The dialog engine: asks a form's fields one at a time, keeps the half-filled form, confirms, then runs. Nothing a
// person typed is thrown away: a refusal at Confirm returns to the summary, and a form picked up again after a
// restart or a long pause first shows where it was.
import { randomUUID } from "node:crypto";
import { CodedError } from "../kernel/errors";
import type { Clock } from "../kernel/ports";
import { numberedButtons, type Reply, say, type Text, text } from "../kernel/reply";
import { foldText } from "../kernel/text";
import { type CommandContext, type CommandSpec, type FieldSpec, type FormValues, fieldToFix, type Outcome } from "./command";
import { attachedFiles, type DialogMode, type DialogState, FILES, type ViewMode } from "./dialog-state";
import type { DialogStore } from "./dialog-store";
import { type FormAction, readFormAction } from "./form-actions";
import { numbersText, pressedBy, readTickList, tickedNumbers, typedFormWord, typedNumber, typedWordIn, wordFits } from "./form-typing";
import { answeredCount, currentView, fieldsOf, leaveView, meantButton, numberView, pickField, question, summary, WORDED_KINDS } from "./form-views";
import { acceptValue, choicesFor, type FieldResult, matchChoice, parseTypedAnswer } from "./forms";
import type { AppShape } from "./host";

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

  /**
   * Every save goes with a view shown to the person, so it stamps when and by which run. Moving from one view to
   * another remembers the one left (a number typed next out of habit is explained by what it pressed there).
   */
  function save(command: CommandSpec<A>, key: string, state: DialogState): DialogState {
    const before = storeFor(command).get(key);
    const moved = before && isView(before.mode) && isView(state.mode) && (before.mode !== state.mode || before.step !== state.step);
    const prior = moved ? { mode: before.mode as ViewMode, step: before.step, ticked: before.ticked } : state.prior;
    const stamped = { ...state, ...(prior ? { prior } : {}), shown: { boot, at: clock.now().toISOString() } };
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
    const base = { ...state, ticked: [], back: undefined, typedNumber: undefined, adding: undefined };
    if (next >= 0) return question(ctx, command, save(command, key, { ...base, step: next, mode: "ask" }), note);
    if (command.form?.confirm === false) {
      storeFor(command).delete(key);
      return run(ctx, command, state.values);
    }
    // a field answered in several messages: the next message, typed while the summary shows, is added to it
    const answered = state.mode === "ask" ? fieldsOf(command)[state.step] : undefined;
    const adding = answered?.more ? answered.name : undefined;
    return summary(ctx, command, save(command, key, { ...base, mode: "summary", ...(adding ? { adding } : {}) }), note);
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
      return summary(ctx, command, save(command, key, { ...state, mode: "summary", adding: undefined, problem }));
    }
  }

  /** «Huỷ», however it was reached: a form with nothing to lose closes at once, any other asks first. */
  function leave(command: CommandSpec<A>, key: string, state: DialogState): Reply {
    if (state.mode === "leave" || answeredCount(state) === 0) {
      storeFor(command).delete(key);
      return say("form-cancelled");
    }
    const back = state.back ?? { mode: state.mode as ViewMode, step: state.step };
    // what is typed after the answer to «Không, điền tiếp» is no longer the next line of a long answer
    return leaveView(command, save(command, key, { ...state, mode: "leave", back, adding: undefined }));
  }

  /** Back from a question asked aside to the view it was asked from. */
  function restore(state: DialogState): DialogState {
    const back = state.back ?? { mode: "summary" as const, step: state.step };
    return { ...state, mode: back.mode, step: back.step, back: undefined, typedNumber: undefined };
  }

  async function confirmOrShow(ctx: CommandContext<A>, key: string, command: CommandSpec<A>, state: DialogState, rev: number | null) {
    // an older summary's button (the answers changed since it was shown) shows the current one instead
    if (rev !== null && rev !== (state.rev ?? 0)) {
      return summary(ctx, command, save(command, key, { ...state, mode: "summary" }), text("form-summary-changed"));
    }
    return confirm(ctx, key, command, state);
  }

  async function onSummary(ctx: CommandContext<A>, key: string, command: CommandSpec<A>, state: DialogState, input: Read): Promise<Outcome> {
    if ("text" in input) {
      // the next message of a field answered in several (a second commitment sent from a phone) is added to it
      const adding = fieldsOf(command).findIndex((f) => f.name === state.adding);
      if (adding >= 0) return answerQuestion(ctx, key, command, save(command, key, { ...state, mode: "ask", step: adding }), input);
      return summary(ctx, command, state, text("form-summary-typed"));
    }
    const { op, arg } = input.action;
    const settled = { ...state, adding: undefined };
    if (op === "ok") return confirmOrShow(ctx, key, command, state, arg);
    if (op === "edit") return pickField(ctx, command, save(command, key, { ...settled, mode: "pick-field" }));
    if (op === "field" && arg !== null) return askAgain(ctx, key, command, settled, arg);
    if (op === "more" && arg !== null) return askAgain(ctx, key, command, { ...settled, adding: fieldsOf(command)[arg]?.name }, arg);
    return summary(ctx, command, state, text("error-form-button-stale"));
  }

  function askAgain(ctx: CommandContext<A>, key: string, command: CommandSpec<A>, state: DialogState, index: number): Reply {
    const field = fieldsOf(command)[index];
    if (!field) return pickField(ctx, command, state);
    const value = state.values[field.name];
    const ticked = Array.isArray(value) ? value.map(String) : [];
    return question(ctx, command, save(command, key, { ...state, step: index, mode: "ask", ticked }));
  }

  async function onPickField(ctx: CommandContext<A>, key: string, command: CommandSpec<A>, state: DialogState, input: Read): Promise<Outcome> {
    if ("text" in input) return pickField(ctx, command, state);
    const { op, arg } = input.action;
    if (op === "back") return summary(ctx, command, save(command, key, { ...state, mode: "summary" }));
    if (op === "ok") return confirmOrShow(ctx, key, command, state, arg);
    if (op === "field" && arg !== null) return askAgain(ctx, key, command, state, arg);
    return pickField(ctx, command, state);
  }

  async function onLeave(ctx: CommandContext<A>, key: string, command: CommandSpec<A>, state: DialogState, input: Read): Promise<Outcome> {
    if ("text" in input) return leaveView(command, state);
    if (input.action.op === "leave") return leave(command, key, state);
    const back = restore(state);
    if (input.action.op === "stay") return currentView(ctx, command, save(command, key, back));
    // a button of the form pressed instead of answering: they are still filling it in
    return inMode(ctx, key, command, save(command, key, back), input);
  }

  async function onNumber(ctx: CommandContext<A>, key: string, command: CommandSpec<A>, state: DialogState, input: Read): Promise<Outcome> {
    const back = restore(state);
    // words typed instead of choosing are the answer they meant to give
    if ("text" in input) return answerQuestion(ctx, key, command, save(command, key, back), input);
    const op = input.action.op;
    if (op === "literal") return answerQuestion(ctx, key, command, back, { text: state.typedNumber ?? "" }, { literal: true });
    if (op === "meant") {
      // they answered the view before: back to it, and the number presses what it pressed there
      const meant = meantButton(ctx, command, state);
      const prior = state.prior;
      const action = meant ? readFormAction(meant.action) : null;
      if (prior && action) {
        const then = save(command, key, { ...back, mode: prior.mode, step: prior.step, ticked: prior.ticked, prior: undefined });
        // an item of a tick question is meant ticked, not toggled off again
        const item = action.op === "tick" ? choicesFor(fieldsOf(command)[prior.step] as FieldSpec<A>, ctx, then.values)[action.arg ?? -1] : undefined;
        if (item) return question(ctx, command, save(command, key, { ...then, ticked: [...new Set([...then.ticked, item.value])] }));
        return inMode(ctx, key, command, then, { action });
      }
    }
    if (op === "back" || op === "meant") return question(ctx, command, save(command, key, back));
    return inMode(ctx, key, command, save(command, key, back), input);
  }

  async function onQuestion(ctx: CommandContext<A>, key: string, command: CommandSpec<A>, state: DialogState, input: Read): Promise<Outcome> {
    const field = fieldsOf(command)[state.step];
    if (!field) return advance(ctx, key, command, state);
    if ("text" in input) return answerQuestion(ctx, key, command, state, input);
    const { op, arg } = input.action;
    const choice = arg === null ? undefined : choicesFor(field, ctx, state.values)[arg];
    let result: FieldResult;
    if (op === "skip" && field.optional) result = { ok: true, value: null };
    else if (op === "pick" && field.kind !== "multichoice") result = acceptValue(field, choice?.value, ctx, state.values);
    else if (op === "tick" && field.kind === "multichoice") {
      if (!choice) return question(ctx, command, state);
      const ticked = state.ticked.includes(choice.value) ? state.ticked.filter((v) => v !== choice.value) : [...state.ticked, choice.value];
      return question(ctx, command, save(command, key, { ...state, ticked }));
    } else if (op === "done" && field.kind === "multichoice") result = acceptValue(field, state.ticked, ctx, state.values);
    else if ((op === "yes" || op === "no") && field.kind === "confirm") result = acceptValue(field, op === "yes", ctx, state.values);
    else return question(ctx, command, state, text("error-form-button-stale"));
    return settle(ctx, key, command, state, result);
  }

  /** A typed answer to the question asked: a tick list, a number alone where words are asked, or the answer. */
  async function answerQuestion(
    ctx: CommandContext<A>,
    key: string,
    command: CommandSpec<A>,
    state: DialogState,
    input: { text: string },
    options: { literal?: boolean } = {},
  ): Promise<Outcome> {
    const field = fieldsOf(command)[state.step] as FieldSpec<A>;
    const typed = input.text.trim();
    if (field.kind === "multichoice") return tickTyped(ctx, key, command, state, field, typed);
    const choices = choicesFor(field, ctx, state.values);
    if (field.kind === "choice" && !matchChoice(typed, choices, ctx)) {
      return question(ctx, command, state, text("error-choice-unknown", { typed, numbers: numbersText(choices.length) }));
    }
    if (WORDED_KINDS.has(field.kind) && field.kind !== "date" && !field.takesNumbers && !options.literal && typedNumber(typed) !== null) {
      // a number alone is never a commitment or a name: most likely a choice typed out of habit
      return numberView(ctx, command, save(command, key, { ...state, mode: "number", back: { mode: "ask", step: state.step }, typedNumber: typed }));
    }
    let result = parseTypedAnswer(field, typed, ctx, state.values, state.ticked);
    const before = state.values[field.name];
    if (state.adding === field.name && result.ok && typeof result.value === "string" && typeof before === "string" && before !== "") {
      result = acceptValue(field, `${before}\n${result.value}`, ctx, state.values);
    }
    return settle(ctx, key, command, state, result, state.adding === field.name ? text("form-added", { field: text(field.title) }) : undefined);
  }

  /** A list typed at a tick question ticks what it names, adding to earlier ticks, and waits for «Xong» unless it ends so. */
  async function tickTyped(ctx: CommandContext<A>, key: string, command: CommandSpec<A>, state: DialogState, field: FieldSpec<A>, typed: string) {
    const choices = choicesFor(field, ctx, state.values);
    const list = readTickList(ctx, choices, typed);
    if ("unknown" in list) {
      return question(
        ctx,
        command,
        state,
        text("error-multichoice-unknown", { typed: list.unknown, numbers: numbersText(choices.length), done: choices.length + 1 }),
      );
    }
    const ticked = [...new Set([...state.ticked, ...list.picked])];
    if (list.done) return settle(ctx, key, command, state, acceptValue(field, ticked, ctx, state.values));
    const note = text("form-ticked", { numbers: tickedNumbers(choices, ticked), done: choices.length + 1 });
    return question(ctx, command, save(command, key, { ...state, ticked }), note);
  }

  async function settle(ctx: CommandContext<A>, key: string, command: CommandSpec<A>, state: DialogState, result: FieldResult, note?: Text) {
    const outcome = setAnswer(ctx, command, state, result);
    if ("error" in outcome) return question(ctx, command, state, outcome.error);
    return advance(ctx, key, command, outcome.state, outcome.dropped ?? note);
  }

  /** The input handled by what the form waits for now. */
  function inMode(ctx: CommandContext<A>, key: string, command: CommandSpec<A>, state: DialogState, input: Read): Promise<Outcome> | Outcome {
    if ("action" in input && input.action.op === "cancel") return leave(command, key, state);
    switch (state.mode) {
      case "summary":
        return onSummary(ctx, key, command, state, input);
      case "pick-field":
        return onPickField(ctx, key, command, state, input);
      case "leave":
        return onLeave(ctx, key, command, state, input);
      case "number":
        return onNumber(ctx, key, command, state, input);
      default:
        return onQuestion(ctx, key, command, state, input);
    }
  }

  /**
   * A typed line read as the view shown now reads it: a number presses its numbered button, a word a form button
   * («Huỷ», «Xong», «Bỏ qua», the summary's and the leave question's words); anything else is text.
   */
  function readTyped(ctx: CommandContext<A>, command: CommandSpec<A>, state: DialogState, typed: string): Read | Reply {
    const word = typedFormWord(typed);
    if (word === "cancel") return { action: { op: "cancel", arg: null, step: null } };
    const field = state.mode === "ask" ? fieldsOf(command)[state.step] : undefined;
    const worded = field !== undefined && WORDED_KINDS.has(field.kind);
    const number = typedNumber(typed);
    if (number !== null && !worded) {
      const view = currentView(ctx, command, state);
      const pressed = pressedBy(view, number);
      const action = pressed ? readFormAction(pressed) : null;
      // a typed number at a tick question ticks (and says so), as a typed list does; a pressed one toggles
      if (action?.op === "tick") return { text: typed };
      if (action) return { action };
      // at a tick question, the answer names the items to type and «Xong»'s number
      if (field?.kind === "multichoice") return { text: typed };
      // a number with no button: the list again, and it stays as it was
      return currentView(ctx, command, state, text("error-choice-unknown", { typed, numbers: numbersText(numberedButtons(view.buttons).length) }));
    }
    const op = typedWordIn(state.mode, foldText(typed)) ?? (word && wordFits(word, state.mode, field) ? word : null);
    return op ? { action: { op, arg: null, step: null } } : { text: typed };
  }

  async function answer(ctx: CommandContext<A>, key: string, command: CommandSpec<A>, original: DialogState, input: FormInput): Promise<Outcome> {
    if ("action" in input && input.action === "f:cancel") return leave(command, key, original);
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
    if ("action" in input) {
      const action = readFormAction(input.action);
      // a button of another question (left higher up in the chat) does not answer this one
      const elsewhere = action?.step !== null && action?.step !== undefined && (state.mode !== "ask" || action.step !== state.step);
      if (!action || elsewhere) return currentView(ctx, command, state, text("error-form-button-stale"));
      return inMode(ctx, key, command, state, { action });
    }
    const read = readTyped(ctx, command, state, input.text);
    if (!("text" in read) && !("action" in read)) return read;
    return inMode(ctx, key, command, state, read);
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
      // a form opened anew forgets the one it replaces, and with it what that one showed last
      storeFor(command).delete(key);
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

/** What a form reads from a person: a form action (pressed, or typed as a number or a word), or text. */
type Read = { action: FormAction } | { text: string };

const isView = (mode: DialogMode): mode is ViewMode => mode === "ask" || mode === "summary" || mode === "pick-field";

export type DialogEngine<A extends AppShape> = ReturnType<typeof createDialogEngine<A>>;

/** Replies of a sensitive form are marked, so an adapter may remove them from the chat afterwards. */
function markSensitive<A extends AppShape>(command: CommandSpec<A>, outcome: Outcome): Outcome {
  if (!command.form?.sensitive) return outcome;
  if (Array.isArray(outcome)) return outcome.map((reply) => ({ ...reply, sensitive: true }));
  if ("openForm" in outcome) return outcome;
  return { ...outcome, sensitive: true };
}
