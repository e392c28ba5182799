// The Telegram adapter (grammY): long polling through our own source (polling-source.ts: it confirms to Telegram only
// what is handled and committed) or a webhook on the shared HTTP server (webhook.ts). It parses updates into the
// conversation loop's events (src/engine/conversation/loop.ts, which does the limits, the order per chat, the
// dedupe, the dispatch and the sending), renders and sends replies (delivery.ts), and keeps Telegram's own idioms:
// the callback answer, deep links, a form's question edited in place, deleting a sensitive exchange. Every
// outgoing message waits in the bot's one pace (shared with the outbox).
import type { IncomingMessage, RequestListener } from "node:http";
import { Bot, type Context, type Transformer } from "grammy";
import type { AdapterPort } from "../../engine/adapter-port";
import type { InboundLimits } from "../../engine/conversation/inbound-gate";
import { createConversation } from "../../engine/conversation/loop";
import type { ChatEvent } from "../../engine/conversation/platform";
import type { FileRef } from "../../kernel/files";
import type { Logger, RequestScopes } from "../../kernel/ports";
import { inboundGateFor } from "../pace/inbound-limits";
import { createSendPacer, type SendLimits, type SendPacer } from "../pace/send-pacer";
import type { HttpRoute, PlatformAdapter } from "../platform";
import { telegramDelivery } from "./delivery";
import { telegramFileFetcher } from "./files";
import { isTelegramGroup, TELEGRAM_LIMITS } from "./limits";
import { setCommandMenus } from "./menus";
import { pacedApi } from "./paced-api";
import { createPollingSource, type PollingSource } from "./polling-source";
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
  inFlight?: RequestScopes;
}

export interface TelegramAdapter extends PlatformAdapter, HttpRoute {
  bot: Bot;
  /** The bot's one pace: give it to the outbox's Telegram transport so broadcasts and replies share it. */
  pace: SendPacer;
  /** Sets the command menus, then polls (or registers the webhook). */
  start(): Promise<void>;
  /** Stops polling, then waits for the updates in hand and the replies they produced. */
  stop(): Promise<void>;
  /** Resolves when every update received so far has been handled and answered (tests, benchmarks). */
  idle(): Promise<void>;
  /** Webhook mode: a node listener for TELEGRAM_WEBHOOK_PATH on any node:http server. */
  requestListener: RequestListener;
  handles(req: IncomingMessage): boolean;
}

export function createTelegramAdapter(options: TelegramAdapterOptions): TelegramAdapter {
  const { port, logger } = options;
  const { registry, translator, people } = port;
  const platform = "telegram" as const;
  const bot = new Bot(options.token, options.apiRoot ? { client: { apiRoot: options.apiRoot } } : undefined);
  for (const transformer of options.transformers ?? []) bot.api.config.use(transformer);
  const pace = createSendPacer(options.sendLimits ?? TELEGRAM_LIMITS.pace, isTelegramGroup);
  bot.api.config.use(pacedApi(pace));
  const botUsername = () => bot.botInfo.username;
  const delivery = telegramDelivery(bot.api, translator, botUsername);
  const conversation = createConversation({
    platform: delivery,
    port,
    logger,
    gate: inboundGateFor(options.inbound),
    scopes: options.inFlight,
  });
  let polling: PollingSource | null = null;

  /** The loop's event for an update from a person in a chat; null for one without either. */
  function eventOf(ctx: Context, said: Pick<ChatEvent, "text" | "action" | "files">): ChatEvent | null {
    if (!ctx.from || !ctx.chat) return null;
    return {
      // each update acts once: a webhook retry or a redelivery after a restart carries an update_id already seen
      // (remembered in SQLite, not as "greater than the last", since Telegram may restart the numbering)
      key: `tg:${ctx.update.update_id}`,
      userId: String(ctx.from.id),
      chatId: String(ctx.chat.id),
      chatKind: ctx.chat.type === "private" ? "dm" : "group",
      languageHint: ctx.from.language_code ?? null,
      ...said,
      messageRef: ctx.message ? String(ctx.message.message_id) : undefined,
      pressedRef: ctx.callbackQuery?.message ? String(ctx.callbackQuery.message.message_id) : undefined,
    };
  }

  /** Hands an update's event to the loop; resolves once it was handled, so the polling source or the webhook may confirm it. */
  async function receive(ctx: Context, said: Pick<ChatEvent, "text" | "action" | "files">, acknowledge?: () => Promise<unknown>): Promise<void> {
    const event = eventOf(ctx, said);
    if (event) await conversation.receive(acknowledge ? { ...event, acknowledge } : event);
  }

  bot.on("message:text", async (ctx) => {
    let text = ctx.message.text;
    // a deep link t.me/<bot>?start=<command> opens the private chat with "/start <command>": run that command
    const deepLink = ctx.chat.type === "private" ? /^\/start(?:@\w+)?\s+([a-z0-9_]{1,32})$/.exec(text) : null;
    if (deepLink && registry.find(deepLink[1] as string)) text = `/${deepLink[1]}`;
    await receive(ctx, { text });
  });

  bot.on(["message:document", "message:photo"], (ctx) => receive(ctx, { text: ctx.message.caption ?? "", files: filesOf(ctx) }));

  // answered once the press is known to be new, so the button stops spinning even when the work takes a while
  bot.on("callback_query:data", (ctx) => receive(ctx, { action: ctx.callbackQuery.data }, () => ctx.answerCallbackQuery()));

  // blocking the bot and unblocking it arrive as my_chat_member updates of the private chat: blocked is a state
  bot.on("my_chat_member", (ctx) => {
    if (ctx.chat.type !== "private") return;
    const status = ctx.myChatMember.new_chat_member.status;
    if (status === "kicked" || status === "member") people.markBlocked({ platform, externalId: String(ctx.chat.id) }, status === "kicked");
  });

  // notifications to other people join their chat's send order too, behind what that chat is already waiting for;
  // the notifier is told when it arrived (it reports failures and marks blocked people), so it waits that long
  port.registerSender(platform, (externalId, reply, locale) =>
    conversation.notify({ chatId: externalId, chatKind: isTelegramGroup(externalId) ? "group" : "dm", userId: externalId }, reply, locale),
  );
  // a roster or a file of past decisions sent in a private chat is read from here
  port.registerFileFetcher(platform, telegramFileFetcher(bot.api, options.token, options.apiRoot));

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
    transport: () => createTelegramTransport({ token: options.token, apiRoot: options.apiRoot, translator, botUsername: botUsername(), pace }),
    async start() {
      await bot.init();
      await setCommandMenus(bot, port);
      if (options.webhook) {
        await bot.api.setWebhook(options.webhook.url, { secret_token: options.webhook.secret, allowed_updates: ALLOWED_UPDATES });
        return;
      }
      await bot.api.deleteWebhook();
      // our own source, not grammY's runner: it confirms to Telegram only updates whose writes are committed, so
      // nothing is lost under kill -9 (polling-source.ts); concurrent across chats, in order within one (the loop)
      polling = createPollingSource({
        api: bot.api,
        handle: (update) => bot.handleUpdate(update),
        durable: () => port.durability.durable(),
        allowedUpdates: ALLOWED_UPDATES,
        onError: (error) => logger.warn({ platform, ...delivery.failure(error).fields }, "telegram polling failed; retrying"),
      });
      polling.start();
    },
    async stop() {
      await polling?.stop();
      polling = null;
      // replies already produced are sent before the process goes
      await conversation.idle();
    },
    idle: () => conversation.idle(),
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
