// The router: turns one inbound message or button press into a command, a form answer, or advice.
import { closest, distance } from "fastest-levenshtein";
import { parseAction } from "./actions";
import type { CommandContext, CommandSpec, Outcome } from "./command";
import type { DialogEngine } from "./dialog";
import type { Person } from "./directory/types";
import type { FileRef } from "./files";
import { dialogKeyOf, mayRun, type Pipeline } from "./pipeline";
import { COMMITTED_AT_ONCE, type Durability, type PlatformIdentity } from "./ports";
import { type Reply, say, text } from "./reply";
import type { Locale, Platform } from "./roles";
import { foldText, normalizeText } from "./text";

/** One message or button press, in the same shape from every platform. */
export interface Inbound {
  platform: Platform;
  userId: string;
  chatId: string;
  chatKind: "dm" | "group";
  /** The user's platform language (Telegram's language_code, Slack's locale), used until they choose one. */
  languageHint?: string | null;
  text?: string;
  /** A button's payload. */
  action?: string;
  files?: FileRef[];
  /** The bot's username on the platform, so "/help@thidua_bot" is understood. */
  botUsername?: string;
  requestId?: string;
}

export interface Dispatched {
  replies: Reply[];
  locale: Locale;
  actor: Person | null;
}

export interface CommandRegistry {
  all(): CommandSpec[];
  find(nameOrAlias: string): CommandSpec | undefined;
}

export function createRegistry(commands: CommandSpec[]): CommandRegistry {
  const byName = new Map<string, CommandSpec>();
  for (const command of commands) {
    for (const name of [command.name, ...command.aliases]) {
      if (byName.has(name)) throw new Error(`two commands are called "${name}"`);
      byName.set(name, command);
    }
  }
  return { all: () => commands, find: (name) => byName.get(name) };
}

export { mayRun } from "./pipeline";

export function dialogKey(identity: PlatformIdentity, chatId: string): string {
  return dialogKeyOf({ platform: identity.platform, userId: identity.externalId, chatId });
}

export function createDispatcher(deps: { registry: CommandRegistry; dialogs: DialogEngine; pipeline: Pipeline; durability?: Durability }) {
  const { registry, dialogs, pipeline } = deps;
  const durability = deps.durability ?? COMMITTED_AT_ONCE;

  function toReplies(outcome: Outcome): Reply[] | { openForm: string; values: Record<string, unknown> } {
    if (Array.isArray(outcome)) return outcome;
    if ("openForm" in outcome) return outcome;
    return [outcome];
  }

  async function settle(ctx: CommandContext, key: string, outcome: Outcome): Promise<Reply[]> {
    const result = toReplies(outcome);
    if (Array.isArray(result)) return result;
    const target = registry.find(result.openForm);
    if (!target) throw new Error(`unknown form ${result.openForm}`);
    // a button of one command may open another's form, prefilled: only for someone allowed to run that command
    const refused = pipeline.refusal(target, ctx);
    if (refused) return [refused];
    return settle(ctx, key, await dialogs.start(ctx, key, target, result.values));
  }

  async function runCommand(ctx: CommandContext, key: string, command: CommandSpec, typedName = command.name): Promise<Reply[]> {
    const refused = pipeline.refusal(command, ctx);
    if (refused) return [refused];
    if (command.where === "dm" && ctx.chat.kind === "group") {
      return [{ blocks: [{ type: "dm-link", text: text("error-dm-only", { command: command.name }), start: command.name }] }];
    }
    if (command.form) return settle(ctx, key, await dialogs.start(ctx, key, command, command.form.aliasValues?.[typedName] ?? {}));
    return settle(ctx, key, await command.run(ctx, {}));
  }

  function suggest(name: string, ctx: CommandContext): Reply {
    const runnable = registry.all().filter((c) => mayRun(c, ctx.actor, ctx.identity.platform));
    const names = runnable.flatMap((c) => [c.name, ...c.aliases]);
    const scored = names
      .map((n) => ({ n, d: distance(name, n) }))
      .filter((s) => s.d <= Math.max(2, Math.floor(name.length / 3)) || s.n.startsWith(name) || name.startsWith(s.n))
      .sort((a, b) => a.d - b.d)
      .slice(0, 3)
      .map((s) => registry.find(s.n)?.name ?? s.n);
    const unique = [...new Set(scored.length > 0 ? scored : names.length > 0 ? [closest(name, names)] : [])];
    return unique.length > 0
      ? say("error-unknown-command-suggest", { command: name, suggestions: unique.map((n) => `/${n}`).join(", ") })
      : say("error-unknown-command", { command: name });
  }

  async function route(inbound: Inbound, ctx: CommandContext, key: string): Promise<Reply[]> {
    const pending = dialogs.pending(key);
    const open = pending ? registry.find(pending.command) : undefined;
    if (pending && !open) dialogs.cancel(key);
    if (inbound.action) {
      if (inbound.action.startsWith("f:")) {
        if (!pending || !open) return [say("error-form-expired")];
        return settle(ctx, key, await dialogs.answer(ctx, key, open, pending, { action: inbound.action }));
      }
      const { command: name, name: action, id } = parseAction(inbound.action);
      const command = registry.find(name);
      const handler = command?.actions?.[action];
      if (!command || !handler) return [say("error-form-button-stale")];
      const refused = pipeline.refusal(command, ctx);
      if (refused) return [refused];
      return settle(ctx, key, await handler(ctx, id));
    }
    const typed = normalizeText(inbound.text ?? "");
    const parsed = parseCommand(typed, inbound.botUsername);
    if (parsed) {
      if (parsed.addressedElsewhere) return [];
      const command = registry.find(parsed.name);
      if (command?.name === "cancel" || !pending || !open || command?.name === "help") {
        if (!command) return inbound.chatKind === "group" && !parsed.mentioned ? [] : [suggest(parsed.name, ctx)];
        return runCommand({ ...ctx, args: parsed.args }, key, command, parsed.name);
      }
      // another command while a form is open: the question again, with how to leave it
      return settle(ctx, key, dialogs.current(ctx, key, open, pending, text("error-form-pending", { command: open.name })));
    }
    if (pending && open) return settle(ctx, key, await dialogs.answer(ctx, key, open, pending, { text: typed }));
    if (pending) return [say("error-form-expired")];
    if (inbound.chatKind === "dm" && (inbound.files?.length ?? 0) > 0) {
      const reader = registry.all().find((c) => c.takesFiles && mayRun(c, ctx.actor, inbound.platform));
      if (reader) return runCommand(ctx, key, reader);
    }
    if (inbound.chatKind === "group" || typed === "") return [];
    return [say(ctx.actor ? "hint-use-help" : "hint-unknown-user")];
  }

  return {
    /** Handles one inbound message; never throws: every failure becomes a localized reply. */
    async dispatch(inbound: Inbound): Promise<Dispatched> {
      durability.begin();
      const ctx = pipeline.context(inbound, { files: inbound.files ?? [] });
      const key = dialogKeyOf(inbound);
      try {
        const replies = await route(inbound, ctx, key);
        // the platform a person writes from is where announcements reach them next, and writing undoes a block;
        // not noted in a sensitive exchange (a complaint, to its last purge), whose writes must not point at anyone
        if (ctx.actor && !replies.some((r) => r.sensitive || r.purge)) ctx.services.directory.noteInbound(ctx.identity, ctx.actor);
        // a reply tells the person their answer is kept: it leaves only once the answer is on disk
        await durability.durable();
        return { replies, locale: ctx.locale, actor: ctx.actor };
      } catch (error) {
        return { replies: [pipeline.failure(error, ctx)], locale: ctx.locale, actor: ctx.actor };
      }
    },
    registry,
  };
}

export type Dispatcher = ReturnType<typeof createDispatcher>;

/** "/Đăng_ký@thidua_bot  abc" → { name: "dang_ky", args: "abc" }; names are folded so diacritics are forgiven. */
export function parseCommand(
  typed: string,
  botUsername?: string,
): { name: string; args: string; mentioned: boolean; addressedElsewhere: boolean } | null {
  const match = /^\/([^\s@]+)(?:@(\S+))?(?:\s+([\s\S]*))?$/u.exec(typed);
  if (!match) return null;
  const target = match[2];
  const addressedElsewhere = Boolean(target && botUsername && target.toLowerCase() !== botUsername.toLowerCase());
  return {
    name: foldText(match[1] ?? "").replace(/[\s-]/g, "_"),
    args: normalizeText(match[3] ?? ""),
    mentioned: Boolean(target),
    addressedElsewhere,
  };
}
