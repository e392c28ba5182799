// The one request pipeline every surface goes through (chat messages, buttons, Slack modals): who is asking and in
// which language, whether they may run a command (also a form opened from a button), and how a failure is told.
import { ZodError } from "zod";
import { CodedError } from "../kernel/errors";
import type { FileRef } from "../kernel/files";
import { isLocale, type Locale } from "../kernel/locale";
import type { Platform } from "../kernel/platform";
import type { Logger } from "../kernel/ports";
import { type Reply, say, text } from "../kernel/reply";
import type { CommandContext, CommandInfo, CommandSpec } from "./command";
import type { Actor, AppShape, EngineHost } from "./host";

/** Who sends a request and from where, in the same shape from every platform. */
export interface Requester {
  platform: Platform;
  userId: string;
  chatId: string;
  chatKind: "dm" | "group";
  /** The user's platform language (Telegram's language_code, Slack's locale), used until they choose one. */
  languageHint?: string | null;
  requestId?: string;
}

/** May this person run this command on this platform? Unknown senders only reach "everyone" commands. */
export function mayRun(command: Pick<CommandInfo, "access" | "platforms">, actor: Actor | null, platform: Platform): boolean {
  if (command.platforms && !command.platforms.includes(platform)) return false;
  if (command.access === "everyone") return true;
  if (actor?.status !== "active") return false;
  if (command.access === "registered") return true;
  return command.access.some((role) => actor.roles.includes(role));
}

export function dialogKeyOf(who: Pick<Requester, "platform" | "userId" | "chatId">): string {
  return `${who.platform}:${who.userId}:${who.chatId}`;
}

export function createPipeline<A extends AppShape>(deps: {
  host: EngineHost<A>;
  commands: () => readonly CommandSpec<A>[];
  cancelForm: (key: string) => boolean;
}) {
  const { host } = deps;
  let counter = 0;

  function localeFor(actor: Actor | null, hint?: string | null): Locale {
    if (actor?.locale) return actor.locale;
    const short = hint?.slice(0, 2).toLowerCase() ?? "";
    return isLocale(short) ? short : host.defaultLocale;
  }

  return {
    /** The per-request context: the actor from the directory, their language, a request id for the logs. */
    context(who: Requester, extra: { args?: string; files?: FileRef[] } = {}): CommandContext<A> {
      const identity = { platform: who.platform, externalId: who.userId };
      const actor = host.actors.actorOf(identity);
      const key = dialogKeyOf(who);
      return {
        actor,
        identity,
        chat: { id: who.chatId, kind: who.chatKind },
        locale: localeFor(actor, who.languageHint),
        services: host.services,
        host,
        requestId: who.requestId ?? `r${Date.now().toString(36)}${(counter++).toString(36)}`,
        args: extra.args ?? "",
        files: extra.files ?? [],
        cancelForm: () => deps.cancelForm(key),
        commands: deps.commands(),
      };
    },

    /** Null when the person may run the command here; otherwise the reply that says why not. */
    refusal(command: CommandInfo, ctx: CommandContext<A>): Reply | null {
      if (mayRun(command, ctx.actor, ctx.identity.platform)) return null;
      if (command.platforms && !command.platforms.includes(ctx.identity.platform)) {
        return say("error-command-platform", { command: command.name, platforms: command.platforms.map((p) => text(`reach-platform-${p}`)) });
      }
      if (!ctx.actor) return say("error-not-registered");
      if (ctx.actor.status === "pending") return say("error-registration-pending");
      // who may, by the app's names of roles ("role-<name>" messages), so the person knows whom to ask
      if (Array.isArray(command.access)) {
        return say("error-not-allowed-roles", { command: command.name, roles: command.access.map((role: string) => text(`role-${role}`)) });
      }
      return say("error-not-allowed");
    },

    /** Every failure as a localized reply; anything unexpected is logged by class and stack, never its message. */
    failure(error: unknown, ctx: Pick<CommandContext<A>, "requestId">, log: Logger = host.log): Reply {
      if (error instanceof CodedError) return say(`error-${error.code}`, error.args);
      if (error instanceof ZodError) return say("error-invalid-input", { field: String(error.issues[0]?.path.join(".") ?? ""), max: 0 });
      // the error's message may quote a person's words: log its class and stack only
      log.error({ requestId: ctx.requestId, errorName: (error as Error)?.name, stack: (error as Error)?.stack }, "command failed");
      return say("error-unexpected", { requestId: ctx.requestId });
    },
  };
}

export type Pipeline<A extends AppShape> = ReturnType<typeof createPipeline<A>>;
