// Forms answered all at once (a Slack modal) rather than one question at a time. The adapter renders the
// described fields and hands back raw answers; access, prefill, validation and the command's run stay here.

import { randomBytes } from "node:crypto";
import { ZodError } from "zod";
import { parseAction } from "./actions";
import type { Choice, CommandContext, CommandSpec, FieldSpec, FormValues, Outcome } from "./command";
import type { DialogEngine, DialogStore } from "./dialog";
import type { Person } from "./directory/types";
import { type CommandRegistry, mayRun } from "./dispatch";
import { DomainError } from "./errors";
import { acceptValue, parseTypedAnswer } from "./forms";
import { type Reply, say, type Text } from "./reply";
import { isLocale, type Locale, type Platform } from "./roles";
import type { Services } from "./services";

export interface FormRequester {
  platform: Platform;
  userId: string;
  chatId: string;
  chatKind: "dm" | "group";
  languageHint?: string | null;
}

export interface DescribedField {
  field: FieldSpec;
  choices: Choice[];
  value: unknown;
}

export type FormOpening =
  | { kind: "form"; command: string; locale: Locale; fields: DescribedField[]; values: FormValues }
  | { kind: "replies"; locale: Locale; replies: Reply[] };

export type FormCheck =
  | { kind: "errors"; locale: Locale; errors: Record<string, Text> }
  /** `token` names the checked answers, kept server-side until confirmed (a modal's metadata is too small). */
  | { kind: "valid"; locale: Locale; token: string; summary: Reply }
  | { kind: "replies"; locale: Locale; replies: Reply[] };

export type WholeForms = ReturnType<typeof createWholeForms>;

export function createWholeForms(deps: {
  registry: CommandRegistry;
  services: Services;
  dialogs: DialogEngine;
  drafts: DialogStore;
  memoryDrafts: DialogStore;
}) {
  const { registry, services, dialogs } = deps;
  // a form that must leave no trace (a complaint) keeps its confirmed-but-not-yet-submitted answers in memory too
  const draftsFor = (commandName: string) => (registry.find(commandName)?.form?.storage === "memory" ? deps.memoryDrafts : deps.drafts);
  const draftKey = (who: FormRequester, token: string) => `${who.platform}:${who.userId}:form:${token}`;
  let counter = 0;

  function contextFor(who: FormRequester): CommandContext {
    const identity = { platform: who.platform, externalId: who.userId };
    const actor = services.directory.resolveAccount(identity);
    const hint = who.languageHint?.slice(0, 2).toLowerCase() ?? "";
    const locale = actor?.locale ?? (isLocale(hint) ? hint : services.settings.defaultLocale);
    return {
      commands: registry.all(),
      actor,
      identity,
      chat: { id: who.chatId, kind: who.chatKind },
      locale,
      services,
      requestId: `w${Date.now().toString(36)}${(counter++).toString(36)}`,
      args: "",
      files: [],
      cancelForm: () => false,
    };
  }

  function refusal(actor: Person | null): Reply {
    if (!actor) return say("error-not-registered");
    if (actor.status === "pending") return say("error-registration-pending");
    return say("error-not-allowed");
  }

  function failure(error: unknown, ctx: CommandContext): Reply {
    if (error instanceof DomainError) return say(`error-${error.code}`, error.args);
    if (error instanceof ZodError) return say("error-invalid-input", { field: String(error.issues[0]?.path.join(".") ?? ""), max: 0 });
    services.log.error({ requestId: ctx.requestId, errorName: (error as Error)?.name, stack: (error as Error)?.stack }, "form failed");
    return say("error-unexpected", { requestId: ctx.requestId });
  }

  function formCommand(name: string): CommandSpec | null {
    const command = registry.find(name);
    return command?.form ? command : null;
  }

  /** Checks every answer; values carried from the opening (e.g. which pledge is being edited) are kept. */
  function check(ctx: CommandContext, command: CommandSpec, raw: FormValues, carried: FormValues) {
    const values: FormValues = { ...carried };
    const errors: Record<string, Text> = {};
    for (const field of command.form?.fields ?? []) {
      if (field.skip?.(ctx, values)) continue;
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

  return {
    /** The language to speak to this requester in. */
    localeFor: (who: FormRequester): Locale => contextFor(who).locale,

    /** Does this command take a form (so a modal makes sense)? */
    hasForm: (name: string) => formCommand(name) !== null,

    /** The fields to show for a command's form, or replies when the person may not open it now. */
    open(who: FormRequester, name: string, initial: FormValues = {}): FormOpening {
      const ctx = contextFor(who);
      const command = formCommand(name);
      if (!command) return { kind: "replies", locale: ctx.locale, replies: [say("error-form-expired")] };
      if (!mayRun(command, ctx.actor, who.platform)) return { kind: "replies", locale: ctx.locale, replies: [refusal(ctx.actor)] };
      try {
        const values = { ...(command.form?.prefill?.(ctx, initial) ?? {}), ...initial };
        return { kind: "form", command: command.name, locale: ctx.locale, fields: dialogs.describe(ctx, command, values), values };
      } catch (error) {
        return { kind: "replies", locale: ctx.locale, replies: [failure(error, ctx)] };
      }
    },

    /**
     * Runs a button's command action ("<command>:<action>:<id>") like the dispatcher does, except that an action
     * opening a form (e.g. "edit this pledge") comes back as that form, for a modal, instead of a chat dialog.
     */
    async action(who: FormRequester, payload: string): Promise<FormOpening | null> {
      const { command: name, name: action, id } = parseAction(payload);
      const command = registry.find(name);
      const handler = command?.actions?.[action];
      if (!command || !handler || payload.startsWith("f:")) return null;
      const ctx = contextFor(who);
      if (!mayRun(command, ctx.actor, who.platform)) return { kind: "replies", locale: ctx.locale, replies: [refusal(ctx.actor)] };
      try {
        const outcome = await handler(ctx, id);
        if (Array.isArray(outcome)) return { kind: "replies", locale: ctx.locale, replies: outcome };
        if ("openForm" in outcome) return this.open(who, outcome.openForm, outcome.values);
        return { kind: "replies", locale: ctx.locale, replies: [outcome] };
      } catch (error) {
        return { kind: "replies", locale: ctx.locale, replies: [failure(error, ctx)] };
      }
    },

    /** Re-describes the fields after an answer changed (choices that depend on another field). */
    redescribe(who: FormRequester, name: string, values: FormValues): DescribedField[] {
      const ctx = contextFor(who);
      const command = formCommand(name);
      return command ? dialogs.describe(ctx, command, values) : [];
    },

    /** Validates a submitted form: field errors, or the clean values and a summary to confirm. */
    check(who: FormRequester, name: string, raw: FormValues, carried: FormValues): FormCheck {
      const ctx = contextFor(who);
      const command = formCommand(name);
      if (!command) return { kind: "replies", locale: ctx.locale, replies: [say("error-form-expired")] };
      if (!mayRun(command, ctx.actor, who.platform)) return { kind: "replies", locale: ctx.locale, replies: [refusal(ctx.actor)] };
      try {
        const { values, errors } = check(ctx, command, raw, carried);
        if (Object.keys(errors).length > 0) return { kind: "errors", locale: ctx.locale, errors };
        const token = randomBytes(9).toString("base64url");
        draftsFor(command.name).put(draftKey(who, token), { command: command.name, values, step: -1, mode: "summary", editing: false, ticked: [] });
        return { kind: "valid", locale: ctx.locale, token, summary: dialogs.summary(ctx, command, values) };
      } catch (error) {
        return { kind: "replies", locale: ctx.locale, replies: [failure(error, ctx)] };
      }
    },

    /** Runs the command with the confirmed answers, once: the draft is consumed, so a replayed confirmation does nothing. */
    async submit(who: FormRequester, token: string): Promise<{ locale: Locale; replies: Reply[]; actor: Person | null }> {
      const ctx = contextFor(who);
      const key = draftKey(who, token);
      const store = deps.memoryDrafts.get(key) ? deps.memoryDrafts : deps.drafts;
      const draft = store.get(key);
      const done = (replies: Reply[]) => ({ locale: ctx.locale, replies, actor: ctx.actor });
      if (!draft) return done([say("error-form-expired")]);
      store.delete(key);
      const values = draft.values;
      const command = formCommand(draft.command);
      if (!command) return done([say("error-form-expired")]);
      if (!mayRun(command, ctx.actor, who.platform)) return done([refusal(ctx.actor)]);
      try {
        const checked = check(ctx, command, values, values);
        const firstError = Object.values(checked.errors)[0];
        if (firstError) return done([{ blocks: [{ type: "paragraph", text: firstError }] }]);
        const outcome: Outcome = await command.run(ctx, checked.values);
        if (Array.isArray(outcome)) return done(outcome);
        if ("openForm" in outcome) return done([say("error-form-expired")]);
        return done([outcome]);
      } catch (error) {
        return done([failure(error, ctx)]);
      }
    },
  };
}
