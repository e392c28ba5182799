// The Telegram adapter (grammY): long polling through our own source (polling-source.ts: ordered per chat,
// concurrent across chats, confirming only what is committed) or a
// webhook on the shared HTTP server. It only translates: updates → the core's Inbound, neutral replies → HTML
// messages with inline keyboards. Updates over the inbound limits are dropped before any queue; replies wait in
// a queue per chat, and every outgoing message waits in the bot's one pace (shared with the outbox).
// Over 300 lines: the adapter wires grammY (polling, webhook, inbound limits, per-chat queues, request scopes) in one
// place so the order of its middleware reads top to bottom; sending and menus already live in their own files.
import type { IncomingMessage, RequestListener } from "node:http";
import { sequentialize } from "@grammyjs/runner";
import { Bot, BotError, type Context, GrammyError, HttpError, InputFile, type Transformer } from "grammy";
import type { AdapterPort } from "../../engine/adapter-port";
import type { Inbound } from "../../engine/dispatch";
import type { FileRef } from "../../kernel/files";
import { LOCALES, type Locale } from "../../kernel/locale";
import type { Logger } from "../../kernel/ports";
import type { Reply } from "../../kernel/reply";
import { currentRequestId, type InFlight } from "../../logging/request-scope";
import { type InboundLimits, inboundGateFor } from "../pace/inbound-gate";
import { rationStrangerHint, slowDownNotice } from "../pace/replies";
import { createSendPacer, type SendLimits, type SendPacer } from "../pace/send-pacer";
import type { HttpRoute, PlatformAdapter } from "../platform";
import { createSeenBatch } from "../seen-batch";
import { createChatQueues } from "./chat-queues";
import { inboundLimits } from "./inbound-limits";
import { isTelegramGroup, TELEGRAM_LIMITS } from "./limits";
import { setCommandMenus } from "./menus";
import { pacedApi } from "./paced-api";
import { planTelegramPicture } from "./pictures";
import { createPollingSource, type PollingSource } from "./polling-source";
import { renderTelegramReply, type TelegramMessage } from "./render";
import { createTelegramTransport } from "./transport";
import { createTelegramWebhookListener } from "./webhook";

export const TELEGRAM_WEBHOOK_PATH = "/telegram/webhook";
const ALLOWED_UPDATES = ["message", "callback_query", "my_chat_member"] as const;

export interface TelegramAdapterOptions {
  port: AdapterPort;
  logger: Logger;
  token: string;
  /** Another Bot API server (self-hosted, or the test stand-in). */
  apiRoot?: string;
  /** Webhook mode: the public URL Telegram posts to, and the secret it must present. */
  webhook?: { url: string; secret: string };
  /** The sending pace; default Telegram's limits (30/s overall, 1/s per chat, 20/min per group). */
  sendLimits?: SendLimits;
  /** Limits on what people send (default: the configuration's defaults); null lets everything through. */
  inbound?: InboundLimits | null;
  /** Installed closest to the network, under the pace's own retries, so they see every attempt (the health probe). */
  transformers?: Transformer[];
  /** Counts updates being handled, so a graceful stop can wait for them; each runs in its own request scope. */
  inFlight?: InFlight;
}

export interface TelegramAdapter extends PlatformAdapter, HttpRoute {
  bot: Bot;
  /** The bot's one pace: give it to the outbox's Telegram transport so broadcasts and replies share it. */
  pace: SendPacer;
  /** Sets the command menus, then polls (or registers the webhook). */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Webhook mode: a node listener for TELEGRAM_WEBHOOK_PATH on any node:http server. */
  requestListener: RequestListener;
  handles(req: IncomingMessage): boolean;
}

export function createTelegramAdapter(options: TelegramAdapterOptions): TelegramAdapter {
  const { port, logger } = options;
  const { dispatcher, registry, seen, translator, people } = port;
  const bot = new Bot(options.token, options.apiRoot ? { client: { apiRoot: options.apiRoot } } : undefined);
  for (const transformer of options.transformers ?? []) bot.api.config.use(transformer);
  const pace = createSendPacer(options.sendLimits ?? TELEGRAM_LIMITS.pace, isTelegramGroup);
  bot.api.config.use(pacedApi(pace));
  const gate = inboundGateFor(options.inbound);
  const seenBatch = createSeenBatch(seen, port.durability);
  const queues = createChatQueues((error) => logFailure(error, "telegram reply not delivered"));
  let polling: PollingSource | null = null;

  const platform = "telegram" as const;
  const botUsername = () => bot.botInfo.username;

  /** Sends one rendered reply; returns the ids of the messages it left in the chat (none if the person blocked the bot). */
  async function deliver(chatId: number, reply: Reply, locale: Locale, edit?: { messageId: number }): Promise<number[]> {
    const rendered = renderTelegramReply(reply, locale, translator, { botUsername: botUsername() });
    const ids: number[] = [];
    try {
      const [first, ...rest] = rendered.messages;
      if (first && edit && rendered.formStep && rest.length === 0) {
        ids.push(await editOrSend(chatId, edit.messageId, first));
      } else {
        for (const message of rendered.messages) ids.push(await send(chatId, message));
      }
      for (const { fileName, picture } of rendered.pictures) {
        const plan = planTelegramPicture(picture);
        const file = new InputFile(await picture.png(plan.scale), fileName);
        ids.push((plan.as === "photo" ? await bot.api.sendPhoto(chatId, file) : await bot.api.sendDocument(chatId, file)).message_id);
      }
      for (const file of rendered.files) ids.push((await bot.api.sendDocument(chatId, new InputFile(file.data, file.fileName))).message_id);
      // a file already on Telegram is sent again by its id alone: no caption, nothing of the message it came in
      for (const fileId of rendered.fileIds) ids.push((await bot.api.sendDocument(chatId, fileId)).message_id);
      return ids;
    } catch (error) {
      if (error instanceof GrammyError && error.error_code === 403) {
        if (chatId > 0) people.markBlocked({ platform, externalId: String(chatId) }, true);
        logger.warn({ platform, method: error.method, code: error.error_code }, "telegram chat unreachable");
        return ids;
      }
      throw error;
    }
  }

  const markup = (message: TelegramMessage) => (message.keyboard ? { inline_keyboard: message.keyboard } : undefined);

  async function send(chatId: number, message: TelegramMessage): Promise<number> {
    const sent = await bot.api.sendMessage(chatId, message.html, {
      parse_mode: "HTML",
      reply_markup: markup(message),
      link_preview_options: { is_disabled: true },
    });
    return sent.message_id;
  }

  /** A form's next question replaces the question just answered, so the chat is not flooded. */
  async function editOrSend(chatId: number, messageId: number, message: TelegramMessage): Promise<number> {
    try {
      await bot.api.editMessageText(chatId, messageId, message.html, {
        parse_mode: "HTML",
        reply_markup: markup(message),
        link_preview_options: { is_disabled: true },
      });
      return messageId;
    } catch (error) {
      // "message is not modified" (the same question again) needs nothing; a message too old to edit gets a new one
      if (error instanceof GrammyError && error.error_code === 400)
        return /not modified/i.test(error.description) ? messageId : send(chatId, message);
      throw error;
    }
  }

  // Messages of a sensitive exchange (a complaint), per chat, so they can be deleted once the sender has saved
  // the receipt. Kept in memory only: after a restart they are simply not deleted, and nothing is written down.
  const sensitiveMessages = new Map<number, Set<number>>();

  async function purge(chatId: number): Promise<void> {
    const ids = sensitiveMessages.get(chatId);
    sensitiveMessages.delete(chatId);
    for (const id of ids ?? []) await bot.api.deleteMessage(chatId, id).catch(() => undefined);
  }

  async function handle(ctx: Context, inbound: Omit<Inbound, "platform" | "userId" | "chatId" | "chatKind" | "languageHint" | "botUsername">) {
    if (!ctx.from || !ctx.chat) return;
    const result = await dispatcher.dispatch({
      platform,
      userId: String(ctx.from.id),
      chatId: String(ctx.chat.id),
      chatKind: ctx.chat.type === "private" ? "dm" : "group",
      languageHint: ctx.from.language_code ?? null,
      botUsername: botUsername(),
      requestId: currentRequestId(),
      ...inbound,
    });
    const chatId = ctx.chat.id;
    // "/case CODE": the code was read; the person's message carrying it leaves the chat at once
    if (ctx.message && result.replies.some((r) => r.dropRequest)) await bot.api.deleteMessage(chatId, ctx.message.message_id).catch(() => undefined);
    const pressed = ctx.callbackQuery?.message?.message_id;
    const replies = rationStrangerHint(gate, String(ctx.from.id), result.replies);
    const sensitive = replies.some((r) => r.sensitive);
    const remembered = sensitiveMessages.get(chatId) ?? new Set<number>();
    if (sensitive) {
      // the person's own message belongs to the exchange too
      if (ctx.message) remembered.add(ctx.message.message_id);
      if (pressed !== undefined) remembered.add(pressed);
      sensitiveMessages.set(chatId, remembered);
    }
    if (replies.length === 0) return;
    // the replies wait for their turn in the chat's queue; this handler's slot is free for the next update
    void queues.push(chatId, async () => {
      for (const [i, reply] of replies.entries()) {
        if (reply.purge) {
          if (pressed !== undefined) remembered.add(pressed);
          sensitiveMessages.set(chatId, remembered);
          await purge(chatId);
        }
        const ids = await deliver(
          chatId,
          reply,
          result.locale,
          i === 0 && pressed !== undefined && !reply.purge ? { messageId: pressed } : undefined,
        );
        if (reply.sensitive) for (const id of ids) remembered.add(id);
      }
    });
  }

  // every update runs in one request scope, counted for a graceful stop; its error is handled (bot.catch) inside
  // the scope too, so that line carries the request id (polling and webhooks would call the handler outside)
  const inFlight = options.inFlight;
  if (inFlight) {
    const handleUpdate = bot.handleUpdate.bind(bot);
    bot.handleUpdate = (...args) =>
      inFlight.run(async () => {
        try {
          await handleUpdate(...args);
        } catch (error) {
          if (!(error instanceof BotError)) throw error;
          await bot.errorHandler(error);
        }
      });
  }

  /** The one "slow down" of a window, in the sender's language, through the chat's queue like any reply. */
  async function notifySlowDown(ctx: Context): Promise<void> {
    if (!ctx.from || !ctx.chat) return;
    const chatId = ctx.chat.id;
    // once per chat and window: enough for an operator to see a flood, without who or what
    logger.warn({ platform, group: ctx.chat.type !== "private" }, "inbound limits reached; dropping a chat's updates");
    const actor = people.ofAccount({ platform, externalId: String(ctx.from.id) });
    const hint = ctx.from.language_code?.slice(0, 2) ?? "";
    const locale = actor?.locale ?? (LOCALES.includes(hint as Locale) ? (hint as Locale) : port.defaultLocale);
    void queues.push(chatId, async () => void (await deliver(chatId, slowDownNotice(), locale)));
  }

  const limits = inboundLimits(gate, notifySlowDown);

  // Limits first, before any queue: an update over them is dropped here, for the price of two Map lookups.
  bot.use(limits.admit);
  // Ordered per chat, concurrent across chats: a person's answers are handled in the order they were sent.
  bot.use(sequentialize((ctx: Context) => ctx.chat?.id.toString()));
  bot.use(limits.notice);
  // Each update acts once: a webhook retry or a redelivery after a restart carries an update_id already seen.
  // The ids are remembered in SQLite, not as "greater than the last", since Telegram may restart the numbering.
  bot.use(async (ctx, next) => {
    if (!(await seenBatch.firstTime(`tg:${ctx.update.update_id}`))) return;
    await next();
  });

  bot.on("message:text", async (ctx) => {
    let text = ctx.message.text;
    // a deep link t.me/<bot>?start=<command> opens the private chat with "/start <command>": run that command
    const deepLink = ctx.chat.type === "private" ? /^\/start(?:@\w+)?\s+([a-z0-9_]{1,32})$/.exec(text) : null;
    if (deepLink && registry.find(deepLink[1] as string)) text = `/${deepLink[1]}`;
    await handle(ctx, { text });
  });

  bot.on(["message:document", "message:photo"], async (ctx) => {
    await handle(ctx, { text: ctx.message.caption ?? "", files: filesOf(ctx) });
  });

  bot.on("callback_query:data", async (ctx) => {
    // answered first, so the button stops spinning even when the work takes a while
    await ctx.answerCallbackQuery().catch(() => undefined);
    await handle(ctx, { action: ctx.callbackQuery.data });
  });

  // blocking the bot and unblocking it arrive as my_chat_member updates of the private chat: blocked is a state
  bot.on("my_chat_member", (ctx) => {
    if (ctx.chat.type !== "private") return;
    const status = ctx.myChatMember.new_chat_member.status;
    if (status === "kicked" || status === "member") people.markBlocked({ platform, externalId: String(ctx.chat.id) }, status === "kicked");
  });

  // grammY's errors carry the update and the context, and with them people's words: log only their kind
  function logFailure(cause: unknown, message: string): void {
    logger.error(
      {
        platform,
        errorName: cause instanceof Error ? cause.name : typeof cause,
        method: cause instanceof GrammyError ? cause.method : undefined,
        code: cause instanceof GrammyError ? cause.error_code : undefined,
        network: cause instanceof HttpError ? true : undefined,
      },
      message,
    );
  }
  bot.catch((error) => logFailure(error.error, "telegram update failed"));

  // notifications to other people join their chat's queue too, behind what that chat is already waiting for;
  // the notifier is told when it arrived (it reports failures and marks blocked people), so it waits that long
  port.registerSender(platform, (externalId, reply, locale) => {
    const chatId = Number(externalId);
    return queues.push(chatId, async () => void (await deliver(chatId, reply, locale)));
  });

  const route: HttpRoute = {
    name: "telegram-webhook",
    requestListener: options.webhook
      ? createTelegramWebhookListener(options.webhook.secret, (update) => bot.handleUpdate(update))
      : (_req, res) => void res.writeHead(404).end(),
    handles: (req) => (req.url ?? "").split("?")[0] === TELEGRAM_WEBHOOK_PATH,
  };

  return {
    platform,
    bot,
    pace,
    ...route,
    ...(options.webhook ? { route } : {}),
    transport: () =>
      createTelegramTransport({ token: options.token, apiRoot: options.apiRoot, translator: translator, botUsername: botUsername(), pace }),
    async start() {
      await bot.init();
      await setCommandMenus(bot, port);
      if (options.webhook) {
        await bot.api.setWebhook(options.webhook.url, { secret_token: options.webhook.secret, allowed_updates: ALLOWED_UPDATES });
        return;
      }
      await bot.api.deleteWebhook();
      // our own source, not grammY's runner: it confirms to Telegram only updates whose writes are committed, so
      // nothing is lost under kill -9 (polling-source.ts); concurrent across chats, in order within one
      polling = createPollingSource({
        api: bot.api,
        handle: (update) => bot.handleUpdate(update),
        durable: () => port.durability.durable(),
        allowedUpdates: ALLOWED_UPDATES,
        onError: (error) => logFailure(error, "telegram polling failed; retrying"),
      });
      polling.start();
    },
    async stop() {
      await polling?.stop();
      polling = null;
      // replies already produced are sent before the process goes
      await queues.idle();
    },
  };
}

function filesOf(ctx: Context): FileRef[] {
  const message = ctx.message;
  if (!message) return [];
  if (message.document) {
    const d = message.document;
    return [{ platform: "telegram", fileId: d.file_id, fileName: d.file_name ?? null, mimeType: d.mime_type ?? null, size: d.file_size ?? null }];
  }
  const photo = message.photo?.at(-1);
  return photo ? [{ platform: "telegram", fileId: photo.file_id, fileName: null, mimeType: "image/jpeg", size: photo.file_size ?? null }] : [];
}
