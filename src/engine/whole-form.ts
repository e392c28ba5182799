// Forms answered all at once (a Slack modal) rather than one question at a time: the same form declaration, the
// same field checks and the same request pipeline as the chat dialog. The adapter renders the described fields and
// hands back raw answers; access, prefill, validation and the command's run stay here.

import { randomBytes } from "node:crypto";
import { parseAction } from "../kernel/actions";
import { CodedError } from "../kernel/errors";
import type { Locale } from "../kernel/locale";
import { COMMITTED_AT_ONCE, type Durability } from "../kernel/ports";
import { type Reply, say, type Text, text } from "../kernel/reply";
import { type Choice, type CommandContext, type CommandSpec, type FieldInfo, type FormValues, fieldToFix, type Outcome } from "./command";
import type { DialogEngine } from "./dialog";
import type { DialogStore } from "./dialog-store";
import type { CommandRegistry } from "./dispatch";
import { acceptValue, parseTypedAnswer } from "./forms";
import type { Actor, AppShape } from "./host";
import type { Pipeline, Requester } from "./pipeline";

export type FormRequester = Requester;

export interface DescribedField {
  field: FieldInfo;
  choices: Choice[];
  value: unknown;
}

export interface OpenForm {
  kind: "form";
  command: string;
  locale: Locale;
  fields: DescribedField[];
  values: FormValues;
  /** Messages to show next to fields (by field name, or "" for the form as a whole) when the form comes back. */
  errors?: Record<string, Text>;
}

export type FormOpening = OpenForm | { kind: "replies"; locale: Locale; replies: Reply[] };

export type FormCheck =
  | { kind: "errors"; locale: Locale; errors: Record<string, Text> }
  /** `token` names the checked answers, kept server-side until confirmed (a modal's metadata is too small). */
  | { kind: "valid"; locale: Locale; token: string; summary: Reply }
  | { kind: "replies"; locale: Locale; replies: Reply[] };

/** After Confirm: the replies, or the form again with every answer and the core's refusal next to its field. */
export type FormSubmit = { kind: "done"; locale: Locale; replies: Reply[]; actor: Actor | null } | OpenForm;

/** What an adapter that shows whole forms (Slack's modals) may ask. */
export interface WholeForms {
  /** The language to speak to this requester in. */
  localeFor(who: FormRequester): Locale;
  /** Does this command take a form (so a modal makes sense)? */
  hasForm(name: string): boolean;
  /** Every field the form may show, whatever the answers: a modal's submission is read against all of them. */
  allFields(name: string): FieldInfo[];
  /** The fields to show for a command's form, or replies when the person may not open it now. */
  open(who: FormRequester, name: string, initial?: FormValues): FormOpening;
  /**
   * Runs a button's command action ("<command>:<action>:<id>") like the dispatcher does, except that an action
   * opening a form (e.g. "edit this pledge") comes back as that form, for a modal, instead of a chat dialog.
   */
  action(who: FormRequester, payload: string): Promise<FormOpening | null>;
  /** Re-describes the fields after an answer changed (choices and fields that depend on another field). */
  redescribe(who: FormRequester, name: string, values: FormValues): DescribedField[];
  /** Validates a submitted form: field errors, or the clean values and a summary to confirm (its draft stored). */
  check(who: FormRequester, name: string, raw: FormValues, carried: FormValues): Promise<FormCheck>;
  /**
   * Runs the command with the confirmed answers, once: the draft is consumed, so a replayed confirmation does
   * nothing. A refusal the person can fix brings the form back with every answer and the reason by its field.
   */
  submit(who: FormRequester, token: string): Promise<FormSubmit>;
}

/** Where a refusal goes when it belongs to no one field. */
export const WHOLE_FORM = "";

export function createWholeForms<A extends AppShape>(deps: {
  registry: CommandRegistry<A>;
  pipeline: Pipeline<A>;
  dialogs: DialogEngine<A>;
  drafts: DialogStore;
  memoryDrafts: DialogStore;
  durability?: Durability;
}): WholeForms {
  const { registry, pipeline, dialogs } = deps;
  const durability = deps.durability ?? COMMITTED_AT_ONCE;
  /**
   * Runs `work` in a write batch and answers once its writes are on disk: Slack hears back only after that. When the
   * commit fails, its writes are gone: the person is told so with the same localized error (and request id) as on
   * every other path, never the answer the lost writes would have earned.
   */
  async function committed<T>(who: FormRequester, work: () => T | Promise<T>, failed: (reply: Reply, locale: Locale) => T): Promise<T> {
    durability.begin();
    const result = await work();
    try {
      await durability.durable();
    } catch (error) {
      const ctx = pipeline.context(who);
      return failed(pipeline.failure(error, ctx), ctx.locale);
    }
    return result;
  }
  const asReplies = (reply: Reply, locale: Locale) => ({ kind: "replies" as const, locale, replies: [reply] });
  // a form that must leave no trace (a complaint) keeps its confirmed-but-not-yet-submitted answers in memory too
  const draftsFor = (commandName: string) => (registry.find(commandName)?.form?.storage === "memory" ? deps.memoryDrafts : deps.drafts);
  const draftKey = (who: FormRequester, token: string) => `${who.platform}:${who.userId}:form:${token}`;

  function formCommand(name: string): CommandSpec<A> | null {
    const command = registry.find(name);
    return command?.form ? command : null;
  }

  /**
   * Checks every answer in the declared order, so a field shown only after another's answer (titles after a pledge
   * deadline) is read and checked too. Values carried from the opening (the pledge being edited) are kept.
   */
  function check(ctx: CommandContext<A>, command: CommandSpec<A>, raw: FormValues, carried: FormValues) {
    const values: FormValues = { ...carried };
    const errors: Record<string, Text> = {};
    for (const field of command.form?.fields ?? []) {
      if (field.skip?.(ctx, values)) {
        delete values[field.name];
        continue;
      }
      if (!(field.name in raw) && field.name in carried) continue;
      const answer = raw[field.name];
      // a person is typed by name in a modal, as in chat
      const result =
        field.kind === "person" && typeof answer === "string" && answer.trim() !== ""
          ? parseTypedAnswer(field, answer, ctx, values)
          : acceptValue(field, answer, ctx, values);
      if (result.ok) values[field.name] = result.value;
      else errors[field.name] = result.error;
    }
    return { values, errors };
  }

  function describe(ctx: CommandContext<A>, command: CommandSpec<A>, values: FormValues, errors?: Record<string, Text>): OpenForm {
    // a person is typed by name in a modal: a form coming back shows the name, not the id it was resolved to
    const fields = dialogs
      .describe(ctx, command, values)
      .map((d) => (d.field.kind === "person" && typeof d.value === "number" ? { ...d, value: ctx.host.names.personName(d.value) } : d));
    return {
      kind: "form",
      command: command.name,
      locale: ctx.locale,
      fields,
      values,
      ...(errors ? { errors } : {}),
    };
  }

  function open(who: FormRequester, name: string, initial: FormValues = {}): FormOpening {
    const ctx = pipeline.context(who);
    const command = formCommand(name);
    if (!command) return { kind: "replies", locale: ctx.locale, replies: [say("error-form-expired")] };
    const refused = pipeline.refusal(command, ctx);
    if (refused) return { kind: "replies", locale: ctx.locale, replies: [refused] };
    try {
      const implied = { ...(command.form?.aliasValues?.[name.toLowerCase()] ?? {}), ...initial };
      return describe(ctx, command, { ...(command.form?.prefill?.(ctx, implied) ?? {}), ...implied });
    } catch (error) {
      return { kind: "replies", locale: ctx.locale, replies: [pipeline.failure(error, ctx)] };
    }
  }

  return {
    localeFor: (who) => pipeline.context(who).locale,
    hasForm: (name) => formCommand(name) !== null,
    allFields: (name) => formCommand(name)?.form?.fields ?? [],
    open,
    action: (who, payload) => committed(who, () => runAction(who, payload), asReplies),
    redescribe(who, name, values) {
      const ctx = pipeline.context(who);
      const command = formCommand(name);
      return command ? dialogs.describe(ctx, command, values) : [];
    },
    check: (who, name, raw, carried) => committed(who, () => checkForm(who, name, raw, carried), asReplies),
    submit: (who, token) =>
      committed(
        who,
        () => submitForm(who, token),
        (reply, locale) => ({ kind: "done", locale, replies: [reply], actor: null }),
      ),
  };

  /**
   * Runs a button's command action ("<command>:<action>:<id>") like the dispatcher does, except that an action
   * opening a form (e.g. "edit this pledge") comes back as that form, for a modal, instead of a chat dialog.
   */
  async function runAction(who: FormRequester, payload: string): Promise<FormOpening | null> {
    const { command: name, name: action, id } = parseAction(payload);
    const command = registry.find(name);
    const handler = command?.actions?.[action];
    if (!command || !handler || payload.startsWith("f:")) return null;
    const ctx = pipeline.context(who);
    const refused = pipeline.refusal(command, ctx);
    if (refused) return { kind: "replies", locale: ctx.locale, replies: [refused] };
    try {
      const outcome = await handler(ctx, id);
      if (Array.isArray(outcome)) return { kind: "replies", locale: ctx.locale, replies: outcome };
      if ("openForm" in outcome) return open(who, outcome.openForm, outcome.values);
      return { kind: "replies", locale: ctx.locale, replies: [outcome] };
    } catch (error) {
      return { kind: "replies", locale: ctx.locale, replies: [pipeline.failure(error, ctx)] };
    }
  }

  function checkForm(who: FormRequester, name: string, raw: FormValues, carried: FormValues): FormCheck {
    const ctx = pipeline.context(who);
    const command = formCommand(name);
    if (!command) return { kind: "replies", locale: ctx.locale, replies: [say("error-form-expired")] };
    const refused = pipeline.refusal(command, ctx);
    if (refused) return { kind: "replies", locale: ctx.locale, replies: [refused] };
    try {
      const { values, errors } = check(ctx, command, raw, carried);
      if (Object.keys(errors).length > 0) return { kind: "errors", locale: ctx.locale, errors };
      const token = randomBytes(9).toString("base64url");
      draftsFor(command.name).put(draftKey(who, token), { command: command.name, values, step: -1, mode: "summary", ticked: [] });
      return { kind: "valid", locale: ctx.locale, token, summary: dialogs.summary(ctx, command, values) };
    } catch (error) {
      return { kind: "replies", locale: ctx.locale, replies: [pipeline.failure(error, ctx)] };
    }
  }

  async function submitForm(who: FormRequester, token: string): Promise<FormSubmit> {
    const ctx = pipeline.context(who);
    const key = draftKey(who, token);
    const store = deps.memoryDrafts.get(key) ? deps.memoryDrafts : deps.drafts;
    const draft = store.get(key);
    const done = (replies: Reply[]): FormSubmit => ({ kind: "done", locale: ctx.locale, replies, actor: ctx.actor });
    if (!draft) return done([say("error-form-expired")]);
    store.delete(key);
    const command = formCommand(draft.command);
    if (!command) return done([say("error-form-expired")]);
    const refused = pipeline.refusal(command, ctx);
    if (refused) return done([refused]);
    const checked = check(ctx, command, draft.values, draft.values);
    if (Object.keys(checked.errors).length > 0) return describe(ctx, command, draft.values, checked.errors);
    try {
      const outcome: Outcome = await command.run(ctx, checked.values);
      if (Array.isArray(outcome)) return done(outcome);
      if ("openForm" in outcome) return done([say("error-form-expired")]);
      return done([outcome]);
    } catch (error) {
      if (!(error instanceof CodedError)) return done([pipeline.failure(error, ctx)]);
      const field = fieldToFix(command, error.code) ?? WHOLE_FORM;
      return describe(ctx, command, draft.values, { [field]: text(`error-${error.code}`, error.args) });
    }
  }
}
