// A local stand-in for the Telegram Bot API, written for this project's tests and benchmarks.
// It serves /bot<token>/<method> over node:http as api.telegram.org does (JSON, form or multipart bodies),
// answers getUpdates by long polling from a queue the test fills, keeps the messages each chat holds (so
// edits and deletions can be checked), records every call, and can enforce Telegram's flood limits
// (about 30 messages a second overall, 1 a second per private chat, 20 a minute per group) with 429 answers
// carrying parameters.retry_after, or fail the next calls of a method with 400, 401, 429, 5xx or 403.
// Point grammY at it with `client: { apiRoot: standIn.apiRoot }`.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Conditions } from "./conditions";

export interface TelegramCall {
  method: string;
  params: Record<string, unknown>;
  /** Milliseconds since the stand-in started. */
  at: number;
  /** The HTTP status answered. */
  status: number;
}

export interface ChatMessage {
  message_id: number;
  chat_id: number;
  text: string;
  reply_markup?: { inline_keyboard?: Array<Array<{ text: string; callback_data?: string; url?: string }>> };
  parse_mode?: string;
  document?: { file_name: string };
  /** A picture sent with sendPhoto, with its bytes so a test can decode it. */
  photo?: { file_name: string; bytes: Buffer };
  deleted?: boolean;
  edits: number;
}

export interface TelegramUser {
  id: number;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
}

export interface InjectedFailure {
  method?: string;
  status: 400 | 401 | 429 | 403 | 500 | 502;
  retryAfter?: number;
  times?: number;
}

export interface FloodLimits {
  perSecondOverall: number;
  perChatIntervalMs: number;
  perGroupPerMinute: number;
}

export const TELEGRAM_FLOOD_LIMITS: FloodLimits = { perSecondOverall: 30, perChatIntervalMs: 1000, perGroupPerMinute: 20 };

const SENDING_METHODS = new Set(["sendMessage", "sendDocument", "sendPhoto", "copyMessage", "forwardMessage"]);

export class TelegramApiStandIn {
  readonly calls: TelegramCall[] = [];
  readonly bot = { id: 7000001, is_bot: true, first_name: "Thi đua", username: "thidua_test_bot" };
  commands: Record<string, unknown> = {};
  webhook: { url: string; secret_token?: string } | null = null;
  /** Private chats whose user has blocked the bot: every send there is answered 403, as Telegram does. */
  readonly blockedBy = new Set<number>();
  /** Answers 429 when a send would break these limits; off unless a test sets them. */
  limits: FloodLimits | null = null;
  /** Answers sends this much later, so that a test can catch them in flight. */
  sendDelayMs = 0;
  /**
   * A network's round trip, for benchmarks: every call but getUpdates reaches the stand-in half of it after it was
   * sent (limits are counted then, as Telegram counts what it receives) and its answer takes the other half back.
   */
  roundTripMs = 0;
  /** Called as each send arrives, before it is answered: a test can look at the world at that moment. */
  onSend: ((method: string, params: Record<string, unknown>) => void) | null = null;

  private server: Server;
  private started = Date.now();
  private nextUpdateId = 500_000;
  private nextMessageId = 1;
  private updates: Array<{ update_id: number } & Record<string, unknown>> = [];
  /** The highest offset a poll has confirmed: every update below it was handled and committed by the bot. */
  private confirmedOffset = 0;
  /** getUpdates calls received so far (long polls and short ones). */
  polls = 0;
  private pollers: Array<() => void> = [];
  private messages = new Map<number, ChatMessage[]>();
  private failures: InjectedFailure[] = [];
  private sendTimes: number[] = [];
  private lastChatSend = new Map<number, number>();
  private groupSends = new Map<number, number[]>();
  private conditions = new Conditions("Telegram stand-in");
  private files = new Map<string, Buffer>();
  private port = 0;

  constructor() {
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  /** Listens on a free port; after a stop, on the same port again (the platform coming back). */
  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(this.port, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    for (const poll of this.pollers.splice(0)) poll();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  get apiRoot(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  // ---- what a test does as a Telegram user ----

  /** Queues an update (as Telegram would deliver it) and returns it, e.g. to post it to a webhook. */
  pushUpdate(update: Record<string, unknown>): { update_id: number } & Record<string, unknown> {
    const full = { update_id: this.nextUpdateId++, ...update };
    this.updates.push(full);
    for (const poll of this.pollers.splice(0)) poll();
    return full;
  }

  /** True once a long poll has confirmed the update: the bot has handled it and committed what it wrote. */
  confirmed(update: { update_id: number }): boolean {
    return this.confirmedOffset > update.update_id;
  }

  /** Delivers an update again with the same update_id, as after a webhook retry. */
  replay(update: { update_id: number } & Record<string, unknown>): void {
    this.updates.push(update);
    for (const poll of this.pollers.splice(0)) poll();
  }

  sendText(
    from: TelegramUser,
    text: string,
    chat: { id: number; type: "private" | "group" | "supergroup"; title?: string } = { id: from.id, type: "private" },
  ) {
    const entities = text.startsWith("/") ? [{ type: "bot_command", offset: 0, length: text.split(/\s/)[0]?.length ?? 0 }] : undefined;
    return this.pushUpdate({
      message: {
        message_id: this.nextMessageId++,
        date: Math.floor(Date.now() / 1000),
        chat: { ...chat, ...(chat.type === "private" ? { first_name: from.first_name } : {}) },
        from: { is_bot: false, ...from },
        text,
        ...(entities ? { entities } : {}),
      },
    });
  }

  /**
   * The user sends a document (a file kept on "Telegram's servers" here): the bot gets its file_id, and getFile and
   * /file/bot<token>/<path> serve its bytes, as the Bot API does. Returns the update.
   */
  sendDocument(from: TelegramUser, fileName: string, bytes: Uint8Array, caption?: string) {
    const fileId = `doc-${this.nextMessageId}-${fileName.length}`;
    this.files.set(fileId, Buffer.from(bytes));
    return this.pushUpdate({
      message: {
        message_id: this.nextMessageId++,
        date: Math.floor(Date.now() / 1000),
        chat: { id: from.id, type: "private", first_name: from.first_name },
        from: { is_bot: false, ...from },
        document: { file_id: fileId, file_unique_id: `u-${fileId}`, file_name: fileName, file_size: bytes.byteLength },
        ...(caption
          ? {
              caption,
              caption_entities: caption.startsWith("/") ? [{ type: "bot_command", offset: 0, length: caption.split(/\s/)[0]?.length ?? 0 }] : [],
            }
          : {}),
      },
    });
  }

  /** Replaces the bytes of a file already sent (a test of a file changed between its check and Confirm). */
  replaceFile(fileId: string, bytes: Uint8Array): void {
    this.files.set(fileId, Buffer.from(bytes));
  }

  /** How many times a file's bytes were downloaded. */
  downloads = 0;

  /** The user blocks the bot (status "kicked") or unblocks it ("member"): Telegram sends a my_chat_member update. */
  setBlocked(from: TelegramUser, blocked: boolean) {
    if (blocked) this.blockedBy.add(from.id);
    else this.blockedBy.delete(from.id);
    const member = (status: string) => ({ user: this.bot, status });
    return this.pushUpdate({
      my_chat_member: {
        chat: { id: from.id, type: "private", first_name: from.first_name },
        from: { is_bot: false, ...from },
        date: Math.floor(Date.now() / 1000),
        old_chat_member: member(blocked ? "member" : "kicked"),
        new_chat_member: member(blocked ? "kicked" : "member"),
      },
    });
  }

  /** Presses an inline button of a message the bot sent. */
  press(from: TelegramUser, message: ChatMessage, data: string) {
    return this.pushUpdate({
      callback_query: {
        id: String(this.nextUpdateId),
        from: { is_bot: false, ...from },
        chat_instance: "ci",
        data,
        message: {
          message_id: message.message_id,
          date: Math.floor(Date.now() / 1000),
          chat: { id: message.chat_id, type: message.chat_id > 0 ? "private" : "group" },
          from: this.bot,
          text: message.text,
        },
      },
    });
  }

  /** Presses the button whose label contains `label` on the newest message of the chat that has it. */
  pressLabel(from: TelegramUser, chatId: number, label: string) {
    const message = [...this.chat(chatId)].reverse().find((m) => buttons(m).some((b) => b.text.includes(label)));
    const target = message && buttons(message).find((b) => b.text.includes(label));
    if (!message || !target?.callback_data) throw new Error(`no button "${label}" in chat ${chatId}`);
    return this.press(from, message, target.callback_data);
  }

  // ---- what a test reads ----

  /** Messages the bot sent to a chat, in order, as they read now (after edits), without deleted ones. */
  chat(chatId: number): ChatMessage[] {
    return (this.messages.get(chatId) ?? []).filter((m) => !m.deleted);
  }

  lastText(chatId: number): string {
    return this.chat(chatId).at(-1)?.text ?? "";
  }

  callsOf(method: string): TelegramCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  failNext(failure: InjectedFailure): void {
    this.failures.push({ times: 1, ...failure });
  }

  /** Resolves once `test` holds, checked after every API call; rejects after the timeout. */
  waitFor(test: () => boolean, timeoutMs = 8000): Promise<void> {
    return this.conditions.waitFor(test, timeoutMs);
  }

  // ---- the HTTP side ----

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const download = /^\/file\/bot([^/]+)\/documents\/(.+)$/.exec(req.url ?? "");
    if (download) {
      const bytes = this.files.get(decodeURIComponent(download[2] as string));
      if (!bytes) return void res.writeHead(404).end();
      this.downloads++;
      res.writeHead(200, { "content-type": "application/octet-stream", "content-length": bytes.byteLength });
      return void res.end(bytes);
    }
    const match = /^\/bot([^/]+)\/(\w+)/.exec(req.url ?? "");
    if (!match) return this.reply(res, 404, { ok: false, error_code: 404, description: "Not Found" }, "?", {});
    const method = match[2] as string;
    const params = await readParams(req);
    if (method === "getUpdates") return this.getUpdates(res, params);
    if (this.roundTripMs > 0) await new Promise((r) => setTimeout(r, this.roundTripMs / 2));
    const failure = this.failures.find((f) => !f.method || f.method === method);
    if (failure) {
      failure.times = (failure.times ?? 1) - 1;
      if (failure.times <= 0) this.failures.splice(this.failures.indexOf(failure), 1);
      if (failure.status === 429) return this.tooMany(res, method, params, failure.retryAfter ?? 1);
      if (failure.status === 400)
        return this.reply(res, 400, { ok: false, error_code: 400, description: "Bad Request: chat not found" }, method, params);
      if (failure.status === 401) return this.reply(res, 401, { ok: false, error_code: 401, description: "Unauthorized" }, method, params);
      if (failure.status === 403)
        return this.reply(res, 403, { ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" }, method, params);
      return this.reply(res, failure.status, { ok: false, error_code: failure.status, description: "Bad Gateway" }, method, params);
    }
    if (SENDING_METHODS.has(method)) this.onSend?.(method, params);
    if (SENDING_METHODS.has(method) && this.blockedBy.has(Number(params.chat_id)))
      return this.reply(res, 403, { ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" }, method, params);
    if (SENDING_METHODS.has(method) && this.limits) {
      const wait = this.floodWait(Number(params.chat_id));
      if (wait > 0) return this.tooMany(res, method, params, wait);
    }
    if (SENDING_METHODS.has(method) && this.sendDelayMs > 0) await new Promise((r) => setTimeout(r, this.sendDelayMs));
    const result = this.perform(method, params);
    if (result === undefined)
      return this.reply(res, 400, { ok: false, error_code: 400, description: `Bad Request: unknown method ${method}` }, method, params);
    if (result instanceof Error) return this.reply(res, 400, { ok: false, error_code: 400, description: result.message }, method, params);
    return this.reply(res, 200, { ok: true, result }, method, params);
  }

  private perform(method: string, params: Record<string, unknown>): unknown {
    switch (method) {
      case "getMe":
        return this.bot;
      case "setWebhook":
        this.webhook = { url: String(params.url), secret_token: params.secret_token as string | undefined };
        return true;
      case "deleteWebhook":
        this.webhook = null;
        return true;
      case "setMyCommands": {
        const scope = (params.scope as { type?: string } | undefined)?.type ?? "default";
        this.commands[`${scope}:${params.language_code ?? ""}`] = params.commands;
        return true;
      }
      case "answerCallbackQuery":
        return true;
      case "sendMessage":
      case "sendDocument":
      case "sendPhoto":
        return this.store(method, params);
      case "editMessageText": {
        const message = this.chat(Number(params.chat_id)).find((m) => m.message_id === Number(params.message_id));
        if (!message) return new Error("Bad Request: message to edit not found");
        if (String(params.text).length > 4096) return new Error("Bad Request: message is too long");
        message.text = String(params.text);
        message.reply_markup = params.reply_markup as ChatMessage["reply_markup"];
        message.edits++;
        return { message_id: message.message_id, chat: { id: message.chat_id }, text: message.text };
      }
      case "editMessageReplyMarkup": {
        const message = this.chat(Number(params.chat_id)).find((m) => m.message_id === Number(params.message_id));
        if (!message) return new Error("Bad Request: message to edit not found");
        message.reply_markup = params.reply_markup as ChatMessage["reply_markup"];
        return true;
      }
      case "deleteMessage": {
        const message = (this.messages.get(Number(params.chat_id)) ?? []).find((m) => m.message_id === Number(params.message_id));
        if (message) message.deleted = true;
        return true;
      }
      case "getFile": {
        const bytes = this.files.get(String(params.file_id));
        if (!bytes) return new Error("Bad Request: invalid file_id");
        return {
          file_id: params.file_id,
          file_unique_id: `u-${params.file_id}`,
          file_size: bytes.byteLength,
          file_path: `documents/${params.file_id}`,
        };
      }
      case "getChat":
        return { id: Number(params.chat_id), type: Number(params.chat_id) > 0 ? "private" : "group" };
      default:
        return undefined;
    }
  }

  private store(method: string, params: Record<string, unknown>) {
    const chatId = Number(params.chat_id);
    const text = String(params.text ?? params.caption ?? "");
    if (method === "sendMessage" && text.length > 4096) return new Error("Bad Request: message is too long");
    if (method === "sendMessage" && text.trim() === "") return new Error("Bad Request: message text is empty");
    const message: ChatMessage = {
      message_id: this.nextMessageId++,
      chat_id: chatId,
      text,
      reply_markup: params.reply_markup as ChatMessage["reply_markup"],
      parse_mode: params.parse_mode as string | undefined,
      ...(method === "sendDocument" ? { document: { file_name: String(params.document_name ?? params.document ?? "document") } } : {}),
      ...(method === "sendPhoto" ? { photo: { file_name: String(params.document_name ?? "photo"), bytes: params.file_bytes as Buffer } } : {}),
      edits: 0,
    };
    const list = this.messages.get(chatId) ?? [];
    list.push(message);
    this.messages.set(chatId, list);
    return { message_id: message.message_id, date: Math.floor(Date.now() / 1000), chat: { id: chatId }, text };
  }

  /** Seconds to wait before this send would be within the limits, 0 when it may go now (and is counted). */
  private floodWait(chatId: number): number {
    const limits = this.limits as FloodLimits;
    const now = Date.now();
    this.sendTimes = this.sendTimes.filter((t) => now - t < 1000);
    let waitMs = 0;
    if (this.sendTimes.length >= limits.perSecondOverall) waitMs = Math.max(waitMs, 1000 - (now - (this.sendTimes[0] as number)));
    if (chatId > 0) {
      const last = this.lastChatSend.get(chatId);
      if (last !== undefined && now - last < limits.perChatIntervalMs) waitMs = Math.max(waitMs, limits.perChatIntervalMs - (now - last));
    } else {
      const sends = (this.groupSends.get(chatId) ?? []).filter((t) => now - t < 60_000);
      this.groupSends.set(chatId, sends);
      if (sends.length >= limits.perGroupPerMinute) waitMs = Math.max(waitMs, 60_000 - (now - (sends[0] as number)));
    }
    if (waitMs > 0) return Math.max(1, Math.ceil(waitMs / 1000));
    this.sendTimes.push(now);
    if (chatId > 0) this.lastChatSend.set(chatId, now);
    else this.groupSends.get(chatId)?.push(now);
    return 0;
  }

  private tooMany(res: ServerResponse, method: string, params: Record<string, unknown>, retryAfter: number) {
    this.reply(
      res,
      429,
      { ok: false, error_code: 429, description: `Too Many Requests: retry after ${retryAfter}`, parameters: { retry_after: retryAfter } },
      method,
      params,
    );
  }

  private getUpdates(res: ServerResponse, params: Record<string, unknown>): void {
    const offset = Number(params.offset ?? 0);
    // confirming an offset forgets the updates before it, as Telegram does
    this.updates = this.updates.filter((u) => u.update_id >= offset);
    this.polls++;
    this.confirmedOffset = Math.max(this.confirmedOffset, offset);
    this.conditions.check();
    const answer = () => {
      const batch = this.updates.slice(0, Number(params.limit ?? 100));
      this.reply(res, 200, { ok: true, result: batch }, "getUpdates", params);
    };
    const timeout = Math.min(Number(params.timeout ?? 0), 30) * 1000;
    if (this.updates.length > 0 || timeout === 0) {
      answer();
      return;
    }
    const timer = setTimeout(() => {
      this.pollers = this.pollers.filter((p) => p !== wake);
      answer();
    }, timeout);
    const wake = () => {
      clearTimeout(timer);
      answer();
    };
    this.pollers.push(wake);
    res.on("close", () => {
      clearTimeout(timer);
      this.pollers = this.pollers.filter((p) => p !== wake);
    });
  }

  private reply(res: ServerResponse, status: number, body: unknown, method: string, params: Record<string, unknown>): void {
    if (method !== "getUpdates") this.calls.push({ method, params, at: Date.now() - this.started, status });
    const answer = () => {
      if (!res.writableEnded) {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(body));
      }
      this.conditions.check();
    };
    if (this.roundTripMs > 0 && method !== "getUpdates") setTimeout(answer, this.roundTripMs / 2);
    else answer();
  }
}

export function buttons(message: ChatMessage): Array<{ text: string; callback_data?: string; url?: string }> {
  return (message.reply_markup?.inline_keyboard ?? []).flat();
}

async function readParams(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  const type = req.headers["content-type"] ?? "";
  const url = new URL(req.url ?? "/", "http://localhost");
  const params: Record<string, unknown> = Object.fromEntries(url.searchParams);
  if (body.length === 0) return params;
  if (type.includes("application/json")) return { ...params, ...(JSON.parse(body.toString("utf8")) as Record<string, unknown>) };
  if (type.includes("multipart/form-data")) return { ...params, ...parseMultipart(body, type) };
  for (const [key, value] of new URLSearchParams(body.toString("utf8"))) params[key] = parseMaybeJson(value);
  return params;
}

/** Enough of multipart/form-data for grammY's uploads: text fields parsed, file parts named. */
function parseMultipart(body: Buffer, type: string): Record<string, unknown> {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(type);
  const marker = `--${boundary?.[1] ?? boundary?.[2]}`;
  const result: Record<string, unknown> = {};
  for (const part of body.toString("latin1").split(marker)) {
    const headerEnd = part.indexOf("\r\n\r\n");
    if (headerEnd === -1) continue;
    const headers = part.slice(0, headerEnd);
    const name = /name="([^"]+)"/.exec(headers)?.[1];
    if (!name) continue;
    // grammY writes the file name unquoted (filename=x.png); browsers and curl quote it
    const fileName = /filename="([^"]*)"|filename=([^\r\n;]*)/
      .exec(headers)
      ?.slice(1)
      .find((v) => v !== undefined);
    const raw = part.slice(headerEnd + 4).replace(/\r\n$/, "");
    if (fileName !== undefined) {
      result.document_name = Buffer.from(fileName, "latin1").toString("utf8");
      result.file_bytes = Buffer.from(raw, "latin1");
    } else result[name] = parseMaybeJson(Buffer.from(raw, "latin1").toString("utf8"));
  }
  return result;
}

function parseMaybeJson(value: string): unknown {
  if (/^[[{]/.test(value)) {
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  return value;
}
