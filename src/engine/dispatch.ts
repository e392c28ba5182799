// The router: turns one inbound message or button press into a command, a form answer, or advice.
import { closest, distance } from "fastest-levenshtein";
import { parseAction } from "../kernel/actions";
import type { FileRef } from "../kernel/files";
import type { Locale } from "../kernel/locale";
import type { Platform, PlatformIdentity } from "../kernel/platform";
import { COMMITTED_AT_ONCE, type Durability } from "../kernel/ports";
import { type Reply, say, text } from "../kernel/reply";
import { foldText, normalizeText } from "../kernel/text";
import type { CommandContext, CommandInfo, CommandSpec, Outcome } from "./command";
import type { DialogEngine } from "./dialog";
import { isGreeting } from "./greeting";
import type { Actor, AppShape } from "./host";
import { dialogKeyOf, mayRun, type Pipeline } from "./pipeline";

/**
 * The longest message taken, in UTF-16 units (cheap to measure on a hostile 200,000-character message). No answer
 * a form asks for comes near it (a long text field takes 2,000 characters); a longer message is refused in one
 * reply instead of being read, echoed or split into dozens of answers that hold up the platform's sends.
 */
export const INBOUND_TEXT_MAX = 8000;

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

export interface Dispatched<Who extends Actor = Actor> {
  replies: Reply[];
  locale: Locale;
  actor: Who | null;
}

/** Handles one inbound message; never throws: every failure becomes a localized reply. */
export interface Dispatcher<Who extends Actor = Actor> {
  dispatch(inbound: Inbound): Promise<Dispatched<Who>>;
}

/** The commands by name and alias. Adapters see it as a CommandList<CommandInfo>: names and descriptions only. */
export interface CommandList<C extends CommandInfo = CommandInfo> {
  all(): readonly C[];
  find(nameOrAlias: string): C | undefined;
}

export type CommandRegistry<A extends AppShape> = CommandList<CommandSpec<A>>;

export function createRegistry<A extends AppShape>(commands: CommandSpec<A>[]): CommandRegistry<A> {
  const byName = new Map<string, CommandSpec<A>>();
  for (const command of commands) {
    for (const name of [command.name, ...command.aliases]) {
      if (byName.has(name)) throw new Error(`two commands are called "${name}"`);
      byName.set(name, command);
    }
  }
  return { all: () => commands, find: (name) => byName.get(name) };
}

export function dialogKey(identity: PlatformIdentity, chatId: string): string {
  return dialogKeyOf({ platform: identity.platform, userId: identity.externalId, chatId });
}

export function createDispatcher<A extends AppShape>(deps: {
  registry: CommandRegistry<A>;
  dialogs: DialogEngine<A>;
  pipeline: Pipeline<A>;
  durability?: Durability;
}): Dispatcher<A["actor"]> {
  const { registry, dialogs, pipeline } = deps;
  const durability = deps.durability ?? COMMITTED_AT_ONCE;

  function toReplies(outcome: Outcome): Reply[] | { openForm: string; values: Record<string, unknown> } {
    if (Array.isArray(outcome)) return outcome;
    if ("openForm" in outcome) return outcome;
    return [outcome];
  }

  async function settle(ctx: CommandContext<A>, key: string, outcome: Outcome): Promise<Reply[]> {
    const result = toReplies(outcome);
    if (Array.isArray(result)) return result;
    const target = registry.find(result.openForm);
    if (!target) throw new Error(`unknown form ${result.openForm}`);
    // a button of one command may open another's form, prefilled: only for someone allowed to run that command
    const refused = pipeline.refusal(target, ctx);
    if (refused) return [refused];
    return settle(ctx, key, await dialogs.start(ctx, key, target, result.values));
  }

  async function runCommand(ctx: CommandContext<A>, key: string, command: CommandSpec<A>, typedName = command.name): Promise<Reply[]> {
    const refused = pipeline.refusal(command, ctx);
    if (refused) return [refused];
    if (command.where === "dm" && ctx.chat.kind === "group") {
      return [{ blocks: [{ type: "dm-link", text: text("error-dm-only", { command: command.name }), start: command.name }] }];
    }
    if (command.form) return settle(ctx, key, await dialogs.start(ctx, key, command, command.form.aliasValues?.[typedName] ?? {}));
    return settle(ctx, key, await command.run(ctx, {}));
  }

  function suggest(name: string, ctx: CommandContext<A>): Reply {
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

  /** A command typed and run counts among those the person uses, unless it or its answer belongs to a complaint. */
  function noteTyped(ctx: CommandContext<A>, command: CommandSpec<A>, replies: Reply[]): void {
    if (!ctx.actor || !mayRun(command, ctx.actor, ctx.identity.platform) || command.unrecorded || command.form?.sensitive) return;
    if (replies.some((r) => r.sensitive || r.purge || r.dropRequest)) return;
    ctx.host.actors.noteCommand(ctx.actor, command.name);
  }

  /** A command that may be typed without its slash, named by the line's first word or two ("tra cứu"), and the rest. */
  function bareCommand(typed: string): { command: CommandSpec<A>; args: string } | null {
    const words = typed.split(/\s+/);
    for (const count of [1, 2]) {
      const command = registry.find(foldText(words.slice(0, count).join("")));
      if (command?.bareWord && words.length > count) return { command, args: words.slice(count).join(" ") };
    }
    return null;
  }

  async function route(inbound: Inbound, ctx: CommandContext<A>, key: string): Promise<Reply[]> {
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
    if ((inbound.text?.length ?? 0) > INBOUND_TEXT_MAX) return [say("error-message-too-long", { max: INBOUND_TEXT_MAX })];
    const typed = normalizeText(inbound.text ?? "");
    const parsed = parseCommand(typed, inbound.botUsername);
    if (parsed) {
      if (parsed.addressedElsewhere) return [];
      const command = registry.find(parsed.name);
      if (command?.name === "cancel" || !pending || !open || command?.name === "help") {
        if (!command) return inbound.chatKind === "group" && !parsed.mentioned ? [] : [suggest(parsed.name, ctx)];
        const replies = await runCommand({ ...ctx, args: parsed.args }, key, command, parsed.name);
        noteTyped(ctx, command, replies);
        return replies;
      }
      // another command while a form is open: the question again, with how to leave it
      return settle(ctx, key, dialogs.current(ctx, key, open, pending, text("error-form-pending", { command: open.name })));
    }
    if (pending && open) return settle(ctx, key, await dialogs.answer(ctx, key, open, pending, { text: typed }));
    if (pending) return [say("error-form-expired")];
    const bare = bareCommand(typed);
    if (bare) return runCommand({ ...ctx, args: bare.args }, key, bare.command);
    if (inbound.chatKind === "dm" && (inbound.files?.length ?? 0) > 0) {
      const reader = registry.all().find((c) => c.takesFiles && mayRun(c, ctx.actor, inbound.platform));
      if (reader) return runCommand(ctx, key, reader);
    }
    if (inbound.chatKind === "group" || typed === "") return [];
    const greeter = ctx.actor?.status === "active" && isGreeting(typed) ? registry.all().find((c) => c.greets) : undefined;
    if (greeter) return runCommand(ctx, key, greeter);
    return [say(ctx.actor ? "hint-use-help" : "hint-unknown-user")];
  }

  return {
    async dispatch(inbound: Inbound): Promise<Dispatched<A["actor"]>> {
      durability.begin();
      const ctx = pipeline.context(inbound, { files: inbound.files ?? [] });
      const key = dialogKeyOf(inbound);
      try {
        const replies = await route(inbound, ctx, key);
        // the platform a person writes from is where announcements reach them next, and writing undoes a block;
        // not noted in a sensitive exchange (a complaint, to its last purge), whose writes must not point at anyone
        if (ctx.actor && !replies.some((r) => r.sensitive || r.purge)) ctx.host.actors.noteInbound(ctx.identity, ctx.actor);
        // a reply tells the person their answer is kept: it leaves only once the answer is on disk
        await durability.durable();
        return { replies, locale: ctx.locale, actor: ctx.actor };
      } catch (error) {
        return { replies: [pipeline.failure(error, ctx)], locale: ctx.locale, actor: ctx.actor };
      }
    },
  };
}

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
