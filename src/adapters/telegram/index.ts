// The Telegram adapter (grammY): long polling through the runner (ordered per chat, concurrent across chats) or a
// webhook on the shared HTTP server. It only translates: updates → the core's Inbound, neutral replies → HTML
// messages with inline keyboards. Outgoing calls pass a throttle within Telegram's limits and retry 429 and 5xx.
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { autoRetry } from "@grammyjs/auto-retry";
import { type RunnerHandle, run, sequentialize } from "@grammyjs/runner";
import { type APIThrottlerOptions, apiThrottler } from "@grammyjs/transformer-throttler";
import { Bot, type Context, GrammyError, HttpError, InputFile, webhookCallback } from "grammy";
import type { AdapterPort } from "../../core/adapter-port";
import type { Inbound } from "../../core/dispatch";
import type { FileRef } from "../../core/files";
import type { Logger } from "../../core/ports";
import type { Reply } from "../../core/reply";
import { LOCALES, type Locale } from "../../core/roles";
import type { HttpRoute, PlatformAdapter } from "../platform";
import { renderTelegramReply, type TelegramMessage } from "./render";
import { createTelegramTransport } from "./transport";

export const TELEGRAM_WEBHOOK_PATH = "/telegram/webhook";

export interface TelegramAdapterOptions {
  port: AdapterPort;
  logger: Logger;
  token: string;
  /** Another Bot API server (self-hosted, or the test stand-in). */
  apiRoot?: string;
  /** Webhook mode: the public URL Telegram posts to, and the secret it must present. */
  webhook?: { url: string; secret: string };
  /** Overrides of the throttle; the defaults follow Telegram's limits (30/s overall, 1/s per chat, 20/min per group). */
  throttle?: APIThrottlerOptions;
  /** How long auto-retry may wait on a 429 before giving up on a call. Default 60 s. */
  maxRetryDelaySeconds?: number;
}

export interface TelegramAdapter extends PlatformAdapter, HttpRoute {
  bot: Bot;
  /** Sets the command menus, then polls (or registers the webhook). */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Webhook mode: a node listener for TELEGRAM_WEBHOOK_PATH on any node:http server. */
  requestListener: RequestListener;
  handles(req: IncomingMessage): boolean;
}

export function createTelegramAdapter(options: TelegramAdapterOptions): TelegramAdapter {
  const { port, logger } = options;
  const { services, dispatcher, registry, seen } = port;
  const bot = new Bot(options.token, options.apiRoot ? { client: { apiRoot: options.apiRoot } } : undefined);
  // order matters: the throttle spaces calls out, auto-retry repeats the few that still meet a 429 or a 5xx
  bot.api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: options.maxRetryDelaySeconds ?? 60 }));
  bot.api.config.use(apiThrottler(options.throttle));
  let runner: RunnerHandle | null = null;

  const platform = "telegram" as const;
  const botUsername = () => bot.botInfo.username;

  /** Sends one rendered reply; returns the ids of the messages it left in the chat (none if the person blocked the bot). */
  async function deliver(chatId: number, reply: Reply, locale: Locale, edit?: { messageId: number }): Promise<number[]> {
    const rendered = renderTelegramReply(reply, locale, services.translator, { botUsername: botUsername() });
    const ids: number[] = [];
    try {
      const [first, ...rest] = rendered.messages;
      if (first && edit && rendered.formStep && rest.length === 0) {
        ids.push(await editOrSend(chatId, edit.messageId, first));
      } else {
        for (const message of rendered.messages) ids.push(await send(chatId, message));
      }
      for (const photo of rendered.photos) ids.push((await bot.api.sendPhoto(chatId, new InputFile(photo.data, photo.fileName))).message_id);
      for (const file of rendered.files) ids.push((await bot.api.sendDocument(chatId, new InputFile(file.data, file.fileName))).message_id);
      // a file already on Telegram is sent again by its id alone: no caption, nothing of the message it came in
      for (const fileId of rendered.fileIds) ids.push((await bot.api.sendDocument(chatId, fileId)).message_id);
      return ids;
    } catch (error) {
      if (error instanceof GrammyError && error.error_code === 403) {
        if (chatId > 0) services.directory.markBlocked({ platform, externalId: String(chatId) }, true);
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
      ...inbound,
    });
    const chatId = ctx.chat.id;
    // "/case CODE": the code was read; the person's message carrying it leaves the chat at once
    if (ctx.message && result.replies.some((r) => r.dropRequest)) await bot.api.deleteMessage(chatId, ctx.message.message_id).catch(() => undefined);
    const pressed = ctx.callbackQuery?.message?.message_id;
    const sensitive = result.replies.some((r) => r.sensitive);
    const remembered = sensitiveMessages.get(chatId) ?? new Set<number>();
    if (sensitive) {
      // the person's own message belongs to the exchange too
      if (ctx.message) remembered.add(ctx.message.message_id);
      if (pressed !== undefined) remembered.add(pressed);
      sensitiveMessages.set(chatId, remembered);
    }
    for (const [i, reply] of result.replies.entries()) {
      if (reply.purge) {
        if (pressed !== undefined) remembered.add(pressed);
        sensitiveMessages.set(chatId, remembered);
        await purge(chatId);
      }
      const ids = await deliver(chatId, reply, result.locale, i === 0 && pressed !== undefined && !reply.purge ? { messageId: pressed } : undefined);
      if (reply.sensitive) for (const id of ids) remembered.add(id);
    }
  }

  // Ordered per chat, concurrent across chats: a person's answers are handled in the order they were sent.
  bot.use(sequentialize((ctx: Context) => ctx.chat?.id.toString()));
  // Each update acts once: a webhook retry or a redelivery after a restart carries an update_id already seen.
  // The ids are remembered in SQLite, not as "greater than the last", since Telegram may restart the numbering.
  bot.use(async (ctx, next) => {
    if (!seen.firstTime(`tg:${ctx.update.update_id}`)) return;
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

  bot.catch((error) => {
    // grammY's errors carry the update and the context, and with them people's words: log only their kind
    const cause = error.error;
    logger.error(
      {
        platform,
        errorName: cause instanceof Error ? cause.name : typeof cause,
        method: cause instanceof GrammyError ? cause.method : undefined,
        code: cause instanceof GrammyError ? cause.error_code : undefined,
        network: cause instanceof HttpError ? true : undefined,
      },
      "telegram update failed",
    );
  });

  port.registerSender(platform, async (externalId, reply, locale) => {
    await deliver(Number(externalId), reply, locale);
  });

  /** The "/" menu: everything a person may run in private chats, the group commands in groups, in vi and en. */
  async function setCommandMenus(): Promise<void> {
    const telegramCommands = registry.all().filter((c) => !c.hidden && (!c.platforms || c.platforms.includes(platform)));
    for (const locale of LOCALES) {
      const describe = (names: typeof telegramCommands) =>
        names.map((c) => ({ command: c.name, description: services.translator.t(locale, c.description).slice(0, 256) }));
      const languageCode = locale === services.settings.defaultLocale ? undefined : locale;
      // private chats list what a registered staff member may run; role-only commands still work when typed
      const everyday = telegramCommands.filter((c) => c.access === "everyone" || (Array.isArray(c.access) && c.access.includes("staff")));
      await bot.api.setMyCommands(describe(everyday), { scope: { type: "all_private_chats" }, language_code: languageCode });
      await bot.api.setMyCommands(describe(telegramCommands.filter((c) => c.groupMenu)), {
        scope: { type: "all_group_chats" },
        language_code: languageCode,
      });
    }
  }

  const webhook = options.webhook ? webhookCallback(bot, "http", { secretToken: options.webhook.secret }) : null;

  const route: HttpRoute = {
    requestListener: (req: IncomingMessage, res: ServerResponse) => {
      if (!webhook) {
        res.writeHead(404).end();
        return;
      }
      void webhook(req, res);
    },
    handles: (req) => (req.url ?? "").split("?")[0] === TELEGRAM_WEBHOOK_PATH,
  };

  return {
    platform,
    bot,
    ...route,
    ...(options.webhook ? { route } : {}),
    transport: () =>
      createTelegramTransport({ token: options.token, apiRoot: options.apiRoot, translator: services.translator, botUsername: botUsername() }),
    async start() {
      await bot.init();
      await setCommandMenus();
      if (options.webhook) {
        await bot.api.setWebhook(options.webhook.url, { secret_token: options.webhook.secret, allowed_updates: ["message", "callback_query"] });
        return;
      }
      await bot.api.deleteWebhook();
      runner = run(bot, {
        runner: { fetch: { allowed_updates: ["message", "callback_query"] } },
      });
    },
    async stop() {
      if (runner?.isRunning()) await runner.stop();
      runner = null;
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
