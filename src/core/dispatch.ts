// The router: turns one inbound message or button press into a command, a form answer, or advice.
import { closest, distance } from "fastest-levenshtein";
import { ZodError } from "zod";
import { parseAction } from "./actions";
import type { CommandContext, CommandSpec, Outcome } from "./command";
import type { DialogEngine } from "./dialog";
import type { Person } from "./directory/types";
import { DomainError } from "./errors";
import type { FileRef } from "./files";
import type { PlatformIdentity } from "./ports";
import { type Reply, say, text } from "./reply";
import { isLocale, type Locale, type Platform } from "./roles";
import type { Services } from "./services";
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

/** May this person run this command on this platform? Unknown senders only reach "everyone" commands. */
export function mayRun(command: CommandSpec, actor: Person | null, platform: Platform): boolean {
  if (command.platforms && !command.platforms.includes(platform)) return false;
  if (command.access === "everyone") return true;
  if (actor?.status !== "active") return false;
  if (command.access === "registered") return true;
  return command.access.some((role) => actor.roles.includes(role));
}

export function dialogKey(identity: PlatformIdentity, chatId: string): string {
  return `${identity.platform}:${identity.externalId}:${chatId}`;
}

export function createDispatcher(deps: { registry: CommandRegistry; services: Services; dialogs: DialogEngine }) {
  const { registry, services, dialogs } = deps;
  const { log } = services;
  let counter = 0;

  function localeFor(actor: Person | null, hint?: string | null): Locale {
    if (actor?.locale) return actor.locale;
    const short = hint?.slice(0, 2).toLowerCase() ?? "";
    return isLocale(short) ? short : services.settings.defaultLocale;
  }

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
    if (!mayRun(target, ctx.actor, ctx.identity.platform)) return [refusal(target, ctx)];
    return settle(ctx, key, await dialogs.start(ctx, key, target, result.values));
  }

  function refusal(_command: CommandSpec, ctx: CommandContext): Reply {
    if (!ctx.actor) return say("error-not-registered");
    if (ctx.actor.status === "pending") return say("error-registration-pending");
    return say("error-not-allowed");
  }

  async function runCommand(ctx: CommandContext, key: string, command: CommandSpec): Promise<Reply[]> {
    if (!mayRun(command, ctx.actor, ctx.identity.platform)) return [refusal(command, ctx)];
    if (command.where === "dm" && ctx.chat.kind === "group") {
      return [{ blocks: [{ type: "dm-link", text: text("error-dm-only", { command: command.name }), start: command.name }] }];
    }
    if (command.form) return settle(ctx, key, await dialogs.start(ctx, key, command));
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
    if (inbound.action) {
      if (inbound.action.startsWith("f:")) {
        if (!pending) return [say("error-form-expired")];
        const command = registry.find(pending.command);
        if (!command) return [say("error-form-expired")];
        return settle(ctx, key, await dialogs.answer(ctx, key, command, pending, { action: inbound.action }));
      }
      const { command: name, name: action, id } = parseAction(inbound.action);
      const command = registry.find(name);
      const handler = command?.actions?.[action];
      if (!command || !handler) return [say("error-form-button-stale")];
      if (!mayRun(command, ctx.actor, ctx.identity.platform)) return [refusal(command, ctx)];
      return settle(ctx, key, await handler(ctx, id));
    }
    const typed = normalizeText(inbound.text ?? "");
    const parsed = parseCommand(typed, inbound.botUsername);
    if (parsed) {
      if (parsed.addressedElsewhere) return [];
      const command = registry.find(parsed.name);
      if (command?.name === "cancel" || !pending || command?.name === "help") {
        if (!command) return inbound.chatKind === "group" && !parsed.mentioned ? [] : [suggest(parsed.name, ctx)];
        return runCommand({ ...ctx, args: parsed.args }, key, command);
      }
      const open = registry.find(pending.command);
      return [say("error-form-pending", { command: open?.name ?? pending.command })];
    }
    if (pending) {
      const command = registry.find(pending.command);
      if (!command) {
        dialogs.cancel(key);
        return [say("error-form-expired")];
      }
      return settle(ctx, key, await dialogs.answer(ctx, key, command, pending, { text: typed }));
    }
    if (inbound.chatKind === "group" || typed === "") return [];
    return [say(ctx.actor ? "hint-use-help" : "hint-unknown-user")];
  }

  return {
    /** Handles one inbound message; never throws: every failure becomes a localized reply. */
    async dispatch(inbound: Inbound): Promise<Dispatched> {
      const requestId = inbound.requestId ?? `r${Date.now().toString(36)}${(counter++).toString(36)}`;
      const identity = { platform: inbound.platform, externalId: inbound.userId };
      const actor = services.directory.resolveAccount(identity);
      const locale = localeFor(actor, inbound.languageHint);
      const key = dialogKey(identity, inbound.chatId);
      const ctx: CommandContext = {
        cancelForm: () => dialogs.cancel(key),
        commands: registry.all(),
        actor,
        identity,
        chat: { id: inbound.chatId, kind: inbound.chatKind },
        locale,
        services,
        requestId,
        args: "",
        files: inbound.files ?? [],
      };
      try {
        const replies = await route(inbound, ctx, key);
        // the platform a person writes from is where announcements reach them next, and writing undoes a block;
        // not noted in a sensitive exchange (a complaint, to its last purge), whose writes must not point at anyone
        if (actor && !replies.some((r) => r.sensitive || r.purge)) services.directory.noteInbound(identity, actor);
        return { replies, locale: ctx.locale, actor };
      } catch (error) {
        return { replies: [describeFailure(error, requestId)], locale, actor };
      }
    },
    registry,
  };

  function describeFailure(error: unknown, requestId: string): Reply {
    if (error instanceof DomainError) return say(`error-${error.code}`, error.args);
    if (error instanceof ZodError) {
      return say("error-invalid-input", { field: String(error.issues[0]?.path.join(".") ?? ""), max: 0 });
    }
    // the error's message may quote a person's words: log its class and stack only
    log.error({ requestId, errorName: (error as Error)?.name, stack: (error as Error)?.stack }, "command failed");
    return say("error-unexpected", { requestId });
  }
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
