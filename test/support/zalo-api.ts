// A local stand-in for the Zalo Bot API, built from the project brief's shared/ZALO.md for this project's tests and benchmarks.
// It serves POST /bot<token>/<method> with JSON bodies and answers `{ok, result}` or `{ok:false, error_code,
// description}`. Ids are hex strings, dates milliseconds, and getUpdates long-polls for ONE event, answering
// error 408 when none came within its timeout (seconds; tests shorten it with `pollTimeoutMs`). With a webhook
// set, getUpdates is refused and each event is POSTed to the webhook with X-Bot-Api-Secret-Token, with or
// without the `{ok, result}` envelope. sendMessage refuses text over 2,000 characters as the platform does.
// sendPhoto fetches its `photo` URL as the platform does (it needs the image to deliver it): an address that does not
// answer 200 with an image is refused with 400, and what was fetched is kept on the message; a photo already on
// Zalo's own servers (a person's photo, *.zadn.vn) is taken as it is.
// A test pushes what a user types with `userSays` and reads what the bot sent with `sent` / `lastText`.
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Conditions } from "./conditions";

export interface ZaloUser {
  id: string;
  display_name: string;
}

export interface ZaloEventBody {
  event_name: string;
  message: {
    message_id: string;
    date: number;
    chat: { id: string; chat_type: "PRIVATE" | "GROUP" };
    from: { id: string; display_name?: string; name?: string; first_name?: string; is_bot: boolean };
    text?: string;
    photo_url?: string;
    caption?: string;
  };
}

export interface ZaloSentMessage {
  message_id: string;
  chat_id: string;
  text: string;
  /** Milliseconds since the epoch, as the API answers. */
  date: number;
  method: "sendMessage" | "sendPhoto";
  /** For sendPhoto: the address given and what fetching it returned. */
  photo?: { url: string; status: number; contentType: string; bytes: Buffer };
}

export interface ZaloCall {
  method: string;
  params: Record<string, unknown>;
  status: number;
  /** When the answer went out (epoch ms). */
  at: number;
  /** When the request arrived (epoch ms), for pacing checks. */
  receivedAt: number;
}

export interface ZaloInjectedFailure {
  method?: string;
  status: 429 | 403 | 500 | 502;
  times?: number;
}

/** Photos on Zalo's own servers, which it needs not fetch. */
const ZALO_HOSTED = /^https:\/\/[^/]*\.(zadn|zdn)\.vn\//;

/** Hex-like ids as the platform gives them. */
export const hexId = (bytes = 10) => randomBytes(bytes).toString("hex");

export class ZaloApiStandIn {
  readonly token: string;
  readonly calls: ZaloCall[] = [];
  readonly bot = { id: "1459232241454765289", account_name: "thidua_test_bot", account_type: "BASIC", can_join_groups: false };
  webhook: { url: string; secret_token: string } | null = null;
  /** How webhook bodies are shaped; "alternate" switches on every event, so both shapes are exercised. */
  webhookShape: "envelope" | "bare" | "alternate" = "alternate";
  /** Methods that never answer (a half-open connection), until the stand-in stops. */
  readonly hanging = new Set<string>();
  /** How long getUpdates waits for an event before its 408; the platform's `timeout` is seconds, tests want less. */
  pollTimeoutMs: number | null;

  private server: Server;
  private port = 0;
  private events: ZaloEventBody[] = [];
  private pollers: Array<() => void> = [];
  private sentByChat = new Map<string, ZaloSentMessage[]>();
  private failures: ZaloInjectedFailure[] = [];
  private conditions = new Conditions("Zalo stand-in");
  private shapeToggle = false;
  private arrivals = new WeakMap<ServerResponse, number>();

  constructor(options: { token?: string; pollTimeoutMs?: number } = {}) {
    this.token = options.token ?? "1459232241454765289:test-secret-for-the-stand-in";
    this.pollTimeoutMs = options.pollTimeoutMs ?? 300;
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    for (const wake of this.pollers.splice(0)) wake();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  get apiRoot(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  // ---- what a test does as a Zalo user ----

  /** A user types a message in their private chat with the bot (or in a group); returns the event. */
  userSays(user: ZaloUser, text: string, chat: { id: string; chat_type: "PRIVATE" | "GROUP" } = { id: user.id, chat_type: "PRIVATE" }) {
    return this.deliver({
      event_name: "message.text.received",
      message: { message_id: hexId(), date: Date.now(), chat, from: { id: user.id, display_name: user.display_name, is_bot: false }, text },
    });
  }

  /** Any event as the platform would send it (a sticker, a photo, a name under another field). */
  deliver(event: ZaloEventBody): ZaloEventBody {
    if (this.webhook) void this.postToWebhook(event);
    else {
      this.events.push(event);
      for (const wake of this.pollers.splice(0)) wake();
    }
    return event;
  }

  /** Delivers the same event again, as a retry or a replay would. */
  replay(event: ZaloEventBody): void {
    this.deliver(event);
  }

  /** Posts an event to the webhook with a chosen secret and shape; resolves with the HTTP status answered. */
  async postToWebhook(event: ZaloEventBody, options: { secret?: string | null; shape?: "envelope" | "bare" } = {}): Promise<number> {
    if (!this.webhook) throw new Error("Zalo stand-in: no webhook set");
    const shape = options.shape ?? this.nextShape();
    const body = shape === "envelope" ? { ok: true, result: event } : event;
    const secret = options.secret === undefined ? this.webhook.secret_token : options.secret;
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (secret !== null) headers["X-Bot-Api-Secret-Token"] = secret;
    const response = await fetch(this.webhook.url, { method: "POST", headers, body: JSON.stringify(body) });
    await response.text();
    return response.status;
  }

  /** Every message the bot sent to a chat, in order. */
  sent(chatId: string): ZaloSentMessage[] {
    return this.sentByChat.get(chatId) ?? [];
  }

  texts(chatId: string): string[] {
    return this.sent(chatId).map((m) => m.text);
  }

  lastText(chatId: string): string {
    return this.sent(chatId).at(-1)?.text ?? "";
  }

  /** Forgets what was sent (to read only what the next step sends). */
  clearSent(): void {
    this.sentByChat.clear();
  }

  callsOf(method: string): ZaloCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Makes the next calls (of a method, or any) fail with this status. */
  failNext(failure: ZaloInjectedFailure): void {
    this.failures.push({ times: 1, ...failure });
  }

  /** Resolves once `test` holds, checked after every API call; rejects after the timeout. */
  waitFor(test: () => boolean, timeoutMs = 8000): Promise<void> {
    return this.conditions.waitFor(test, timeoutMs);
  }

  // ---- the HTTP side ----

  private nextShape(): "envelope" | "bare" {
    if (this.webhookShape !== "alternate") return this.webhookShape;
    this.shapeToggle = !this.shapeToggle;
    return this.shapeToggle ? "envelope" : "bare";
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.arrivals.set(res, Date.now());
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? "");
    const method = match?.[2] ?? "?";
    let params: Record<string, unknown> = {};
    try {
      const raw = await readBody(req);
      params = raw === "" ? {} : (JSON.parse(raw) as Record<string, unknown>);
    } catch {
      return this.answer(res, 400, fail(400, "Bad Request: body is not JSON"), method, {});
    }
    if (req.method !== "POST") return this.answer(res, 405, fail(405, "Method Not Allowed"), method, params);
    if (!match) return this.answer(res, 404, fail(404, "Not Found"), method, params);
    if (match[1] !== this.token) return this.answer(res, 401, fail(401, "Unauthorized"), method, params);
    const injected = this.failures.find((f) => !f.method || f.method === method);
    if (injected && method !== "getUpdates") {
      injected.times = (injected.times ?? 1) - 1;
      if (injected.times <= 0) this.failures.splice(this.failures.indexOf(injected), 1);
      const body =
        injected.status === 429 ? { ...fail(429, "Too Many Requests"), parameters: { retry_after: 1 } } : fail(injected.status, "injected");
      return this.answer(res, injected.status, body, method, params);
    }
    if (this.hanging.has(method)) return;
    if (method === "getUpdates") return this.getUpdates(res, params);
    const address = String(params.photo ?? "");
    const photo = method === "sendPhoto" && !ZALO_HOSTED.test(address) ? await fetchPhoto(address) : undefined;
    if (photo && (photo.status !== 200 || !photo.contentType.startsWith("image/")))
      return this.answer(res, 400, fail(400, "Bad Request: photo could not be fetched"), method, params);
    const [status, body] = this.perform(method, params, photo);
    return this.answer(res, status, body, method, params);
  }

  private perform(method: string, params: Record<string, unknown>, photo?: ZaloSentMessage["photo"]): [number, unknown] {
    switch (method) {
      case "getMe":
        return [200, { ok: true, result: this.bot }];
      case "setWebhook": {
        const secret = String(params.secret_token ?? "");
        if (secret.length < 8 || secret.length > 256) return [400, fail(400, "secret_token must be 8-256 characters")];
        // the platform wants https; a loopback http URL stands in for the test's local server
        if (!/^(https:\/\/|http:\/\/127\.0\.0\.1[:/])/.test(String(params.url ?? ""))) return [400, fail(400, "url must be https")];
        this.webhook = { url: String(params.url), secret_token: secret };
        return [200, { ok: true, result: { url: this.webhook.url, updated_at: Date.now() } }];
      }
      case "deleteWebhook":
        this.webhook = null;
        return [200, { ok: true, result: { url: "", updated_at: Date.now() } }];
      case "getWebhookInfo":
        return [200, { ok: true, result: { url: this.webhook?.url ?? "", updated_at: Date.now() } }];
      case "sendMessage":
      case "sendPhoto": {
        const chatId = String(params.chat_id ?? "");
        const text = String((method === "sendMessage" ? params.text : (params.caption ?? params.photo)) ?? "");
        if (chatId === "") return [400, fail(400, "chat_id is required")];
        if (method === "sendMessage" && (text.length < 1 || text.length > 2000)) return [400, fail(400, "text must be 1-2000 characters")];
        const message: ZaloSentMessage = { message_id: hexId(), chat_id: chatId, text, date: Date.now(), method, ...(photo ? { photo } : {}) };
        this.sentByChat.set(chatId, [...this.sent(chatId), message]);
        return [200, { ok: true, result: { message_id: message.message_id, date: message.date } }];
      }
      case "sendChatAction":
      case "sendSticker":
        return [200, { ok: true, result: {} }];
      default:
        return [404, fail(404, `Method ${method} not found`)];
    }
  }

  private getUpdates(res: ServerResponse, params: Record<string, unknown>): void {
    if (this.webhook) {
      this.answer(res, 409, fail(409, "Conflict: webhook is set, delete it first"), "getUpdates", params);
      return;
    }
    const seconds = Number(params.timeout ?? 30);
    const waitMs = this.pollTimeoutMs ?? seconds * 1000;
    let timer: NodeJS.Timeout | undefined;
    const finish = () => {
      clearTimeout(timer);
      // an event is never handed to a poller that has gone away (a killed bot): it waits for the next one
      const event = res.destroyed ? undefined : this.events.shift();
      if (event) this.answer(res, 200, { ok: true, result: event }, "getUpdates", params);
      else this.answer(res, 408, fail(408, "Request timeout"), "getUpdates", params);
    };
    if (this.events.length > 0) {
      finish();
      return;
    }
    timer = setTimeout(() => {
      this.pollers = this.pollers.filter((p) => p !== finish);
      finish();
    }, waitMs);
    this.pollers.push(finish);
    // a poller whose client went away gives its place back, so the next event is not lost on a dead socket
    res.on("close", () => {
      if (res.writableEnded) return;
      clearTimeout(timer);
      this.pollers = this.pollers.filter((p) => p !== finish);
    });
  }

  private answer(res: ServerResponse, status: number, body: unknown, method: string, params: Record<string, unknown>): void {
    if (res.writableEnded || res.destroyed) return;
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    const at = Date.now();
    this.calls.push({ method, params, status, at, receivedAt: this.arrivals.get(res) ?? at });
    this.conditions.check();
  }
}

function fail(code: number, description: string) {
  return { ok: false, error_code: code, description };
}

/** Fetches a photo's address as the platform would, once. */
async function fetchPhoto(url: string): Promise<NonNullable<ZaloSentMessage["photo"]>> {
  try {
    const response = await fetch(url);
    const bytes = Buffer.from(await response.arrayBuffer());
    return { url, status: response.status, contentType: response.headers.get("content-type") ?? "", bytes };
  } catch {
    return { url, status: 0, contentType: "", bytes: Buffer.alloc(0) };
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
