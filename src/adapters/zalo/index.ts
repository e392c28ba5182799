// The Zalo adapter: long polling (getUpdates, one event per call) or a webhook on the shared HTTP server.
// It only translates: events → the core's Inbound (typed numbers and labels press the choices last shown),
// neutral replies → plain text with numbered choices. Events act once (message_id kept in SQLite), in order
// per chat, concurrently across chats; only private chats are served, as BASIC bots cannot join groups.
import type { AdapterPort } from "../../engine/adapter-port";
import { dialogKey, type Inbound, parseCommand } from "../../engine/dispatch";
import type { FileRef } from "../../kernel/files";
import type { Locale } from "../../kernel/locale";
import type { Logger } from "../../kernel/ports";
import type { Reply } from "../../kernel/reply";
import { foldText } from "../../kernel/text";
import type { PlatformLink } from "../../ops/health";
import { type InboundLimits, inboundGateFor } from "../pace/inbound-gate";
import { rationStrangerHint, slowDownNotice } from "../pace/replies";
import { createSendPacer } from "../pace/send-pacer";
import type { HttpRoute, PlatformAdapter } from "../platform";
import { createChoiceMemory } from "./choices";
import { createZaloClient, ZaloApiError, ZaloNetworkError } from "./client";
import { parseZaloEvent, type ZaloEvent } from "./inbound";
import { ZALO_LIMITS } from "./limits";
import { createZaloSender, zaloLimits } from "./pace";
import { createZaloProbe, type ZaloAttempt } from "./probe";
import { renderZaloReply } from "./render";
import { createZaloTransport } from "./transport";
import { createZaloWebhookListener, isZaloWebhook } from "./webhook";

export { ZALO_WEBHOOK_PATH } from "./webhook";

export interface ZaloAdapterOptions {
  port: AdapterPort;
  logger: Logger;
  token: string;
  apiRoot: string;
  /** Webhook mode: the public URL Zalo posts to, and the secret it must present. */
  webhook?: { url: string; secret: string };
  /** Gap between two sends, overall (ZALO_SEND_INTERVAL_MS). */
  sendIntervalMs?: number;
  /** The long-poll timeout asked of the platform; tests use a short one. */
  pollTimeoutSeconds?: number;
  /** Inbound limits (per sender, per group; the stranger's hint ration); null for none (benchmarks of the stack). */
  inbound?: InboundLimits | null;
  /** Where /readyz reads Zalo's state (main.ts: health.link("zalo")). */
  link?: PlatformLink;
}

const platform = "zalo" as const;
/** Answers to which the command list is added: Zalo has no command menu, so greetings carry it. */
const GREETING_KEYS = new Set(["hint-use-help", "hint-unknown-user"]);

export function createZaloAdapter(options: ZaloAdapterOptions) {
  const { port, logger } = options;
  const { dispatcher, registry, seen, translator, people } = port;
  const sendIntervalMs = options.sendIntervalMs ?? ZALO_LIMITS.defaultSendIntervalMs;
  // while Zalo is unreachable the probe asks getMe of a client without retries: each check is one attempt
  const observe: ((attempt: ZaloAttempt) => void) | undefined = options.link
    ? createZaloProbe(
        options.link,
        logger,
        (): Promise<unknown> => createZaloClient({ token: options.token, apiRoot: options.apiRoot, retries: 0, observe }).getMe(),
      )
    : undefined;
  const client = createZaloClient({ token: options.token, apiRoot: options.apiRoot, observe });
  const pace = createSendPacer(zaloLimits(sendIntervalMs));
  const sender = createZaloSender(client, pace);
  const choices = createChoiceMemory();
  const gate = inboundGateFor(options.inbound);
  const chains = new Map<string, Promise<void>>();
  const toldGroups = new Set<string>();
  let polling: { controller: AbortController; done: Promise<void> } | null = null;
  /** Private chats only: a person's chat id is their user id. */
  const formOpen = (externalId: string) => port.dialogs.pending(dialogKey({ platform, externalId }, externalId)) !== null;

  /** Sends one reply to a chat and remembers the choices it offered; a person who blocked the bot is marked. */
  async function deliver(chatId: string, reply: Reply, locale: Locale, behind = false): Promise<void> {
    const rendered = renderZaloReply(reply, locale, translator);
    choices.offer(chatId, rendered.choices, { behind });
    try {
      await sender.send(chatId, rendered);
    } catch (error) {
      if (error instanceof ZaloApiError && error.code === 403) {
        people.markBlocked({ platform, externalId: chatId }, true);
        return;
      }
      throw error;
    }
  }

  /** The language of the person behind a Zalo account, or the default for a stranger. */
  function localeOf(userId: string): Locale {
    return people.ofAccount({ platform, externalId: userId })?.locale ?? port.defaultLocale;
  }

  async function handle(event: ZaloEvent): Promise<void> {
    // a redelivered event (webhook retry, a replay after a restart) carries a message_id already seen
    // the record joins the write batch that the message's handling commits before it answers
    port.durability.begin();
    if (!seen.firstTime(`zalo:${event.messageId}`)) return;
    if (event.chatKind === "group") {
      // one line per group (per run of the bot), not one per message of a busy group
      if (toldGroups.has(event.chatId)) return;
      if (toldGroups.size >= 1000) toldGroups.clear();
      toldGroups.add(event.chatId);
      await sender.sendText(event.chatId, translator.t(port.defaultLocale, "zalo-private-only"));
      return;
    }
    const base = { platform, userId: event.userId, chatId: event.chatId, chatKind: "dm" as const, languageHint: null };
    reachableAgain(event.userId);
    const files: FileRef[] = event.photoUrl ? [{ platform, fileId: event.photoUrl, fileName: null, mimeType: "image/jpeg", size: null }] : [];
    if (event.text === null && files.length === 0) {
      await sender.sendText(event.chatId, translator.t(localeOf(event.userId), "zalo-unsupported-event"));
      return;
    }
    const line = (event.text ?? "").trim();
    // the choices shown win over a command of the same name ("Huỷ" under a schedule is that button, not /cancel)
    const pressed = line.startsWith("/") || files.length > 0 ? null : choices.press(event.chatId, line);
    const typed = pressed ? line : asCommand(event.userId, line);
    const inbound: Inbound = pressed ? { ...base, action: pressed } : { ...base, text: typed, files };
    const result = await dispatcher.dispatch(inbound);
    // a stranger's plain messages earn the "who are you" hint (with the command list) once an hour, not each time
    const replies = rationStrangerHint(gate, event.userId, result.replies);
    if (wantsCommandList(typed, replies)) replies.push(...(await dispatcher.dispatch({ ...base, text: "/help" })).replies);
    choices.clear(event.chatId);
    for (const reply of replies) await deliver(event.chatId, reply, result.locale);
  }

  /** A person marked as having blocked the bot who writes to it can be reached again. */
  function reachableAgain(userId: string): void {
    const person = people.ofAccount({ platform, externalId: userId });
    const account = person ? people.accountsOf(person.id).find((a) => a.platform === platform && a.externalId === userId) : undefined;
    if (account?.blocked) people.markBlocked({ platform, externalId: userId }, false);
  }

  /**
   * A command's name typed alone, without its slash ("help", "dangky"), runs it, unless a form is open. Only a
   * single word: a sentence starting with "là" is not /la.
   */
  function asCommand(userId: string, typed: string): string {
    if (typed === "" || typed.startsWith("/") || /\s/.test(typed) || formOpen(userId)) return typed;
    return registry.find(foldText(typed)) ? `/${typed}` : typed;
  }

  function wantsCommandList(typed: string, replies: Reply[]): boolean {
    const first = replies[0]?.blocks[0];
    if (first?.type === "paragraph" && GREETING_KEYS.has(first.text.key)) return true;
    const parsed = parseCommand(typed);
    return parsed !== null && registry.find(parsed.name)?.name === "start";
  }

  /** The one "slow down" of a window, in the sender's language, after the answers to what the chat sent before. */
  async function slowDown(chatId: string, userId: string): Promise<void> {
    logger.warn({ platform }, "inbound limits reached; dropping a chat's updates");
    await deliver(chatId, slowDownNotice(), localeOf(userId));
  }

  /**
   * Events of one chat are handled in order; other chats do not wait. The inbound limits come first, before the
   * chat's queue: an event over them costs a Map lookup and is not even remembered as handled.
   */
  function accept(body: unknown): void {
    const event = parseZaloEvent(body);
    if (!event) {
      logger.warn({ platform }, "zalo event not understood");
      return;
    }
    if (event.isBot) return;
    const admission = gate.admit({ sender: event.userId, chat: event.chatId, group: event.chatKind === "group" });
    if (admission === "drop") return;
    const previous = chains.get(event.chatId) ?? Promise.resolve();
    const next = previous
      .then(() => (admission === "drop-and-notify" ? slowDown(event.chatId, event.userId) : handle(event)))
      .catch((error: unknown) => {
        // errors may carry people's words: log only their kind
        logger.error(
          { platform, errorName: (error as Error)?.name, code: error instanceof ZaloApiError ? error.code : undefined },
          "zalo event failed",
        );
      });
    chains.set(event.chatId, next);
    void next.then(() => {
      if (chains.get(event.chatId) === next) chains.delete(event.chatId);
    });
  }

  async function poll(signal: AbortSignal): Promise<void> {
    const timeout = options.pollTimeoutSeconds ?? ZALO_LIMITS.pollTimeoutSeconds;
    while (!signal.aborted) {
      try {
        const body = await client.getUpdates(timeout, signal);
        if (body !== null) accept(body);
      } catch (error) {
        if (signal.aborted) break;
        const code = error instanceof ZaloApiError ? error.code : undefined;
        logger.warn({ platform, errorName: (error as Error)?.name, code, network: error instanceof ZaloNetworkError }, "zalo polling failed");
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
  }

  // notifications and form follow-ups reach Zalo accounts here; while a form is open its numbers stay in force
  port.registerSender(platform, async (externalId, reply, locale) => {
    await deliver(externalId, reply, locale, formOpen(externalId));
  });

  const route: HttpRoute = {
    name: "zalo-webhook",
    requestListener: options.webhook ? createZaloWebhookListener(options.webhook.secret, accept) : (_req, res) => void res.writeHead(404).end(),
    handles: isZaloWebhook,
  };

  const adapter = {
    platform,
    ...route,
    ...(options.webhook ? { route } : {}),
    /** Announcements through the outbox, paced by ZALO_SEND_INTERVAL_MS; what they offer is remembered per chat. */
    transport: () =>
      createZaloTransport({
        token: options.token,
        apiRoot: options.apiRoot,
        translator: translator,
        pace,
        // an open form keeps its numbers; the announcement's words ("Đã nắm") still press its button
        offered: (externalId, shown) => choices.offer(externalId, shown, { behind: formOpen(externalId) }),
      }),
    /** Registers the webhook, or removes it and starts polling. */
    async start(): Promise<void> {
      await client.getMe();
      if (options.webhook) {
        await client.setWebhook(options.webhook.url, options.webhook.secret);
        return;
      }
      await client.deleteWebhook();
      const controller = new AbortController();
      polling = { controller, done: poll(controller.signal) };
    },
    /** Stops polling and waits for the events in hand. */
    async stop(): Promise<void> {
      polling?.controller.abort();
      await polling?.done;
      polling = null;
      await adapter.idle();
    },
    /** Resolves when every event received so far has been handled (tests, benchmarks, shutdown). */
    async idle(): Promise<void> {
      while (chains.size > 0) await Promise.allSettled([...chains.values()]);
    },
  };
  return adapter satisfies PlatformAdapter & HttpRoute;
}

export type ZaloAdapter = ReturnType<typeof createZaloAdapter>;
