// A local stand-in for the Slack Web API, written for this project's tests and benchmarks.
// It serves /api/<method> over node:http like slack.com does (form-encoded or JSON bodies, bearer token),
// records every call, keeps what each channel received and which views were opened or published,
// limits chat.postMessage to about one message per second per channel, and can be told to answer
// with 429 (Retry-After) or 5xx. Point a WebClient at `standIn.apiUrl` (Bolt's clientOptions.slackApiUrl).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Conditions } from "./conditions";

export interface SlackCall {
  method: string;
  token: string | null;
  params: Record<string, unknown>;
  /** Milliseconds since the stand-in started (real time). */
  at: number;
  /** HTTP status answered. */
  status: number;
}

export interface StoredMessage {
  channel: string;
  ts: string;
  text: string;
  blocks: unknown[];
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
  user: string;
  ephemeralFor?: string;
  thread_ts?: string;
}

export interface StoredView {
  id: string;
  hash: string;
  user: string | null;
  /** "modal" or "home" */
  type: string;
  view: Record<string, unknown>;
  /** Which API call last set it. */
  via: "views.open" | "views.push" | "views.update" | "views.publish";
  /** The modal beneath it when pushed. */
  previousId?: string;
}

export interface SlackUser {
  id: string;
  name: string;
  real_name: string;
  locale?: string;
  tz?: string;
  is_bot?: boolean;
}

export interface Failure {
  /** Only calls of this method fail; all methods when left out. */
  method?: string;
  status: 429 | 500 | 502 | 503;
  /** Seconds, for 429. Default 1. */
  retryAfter?: number;
  /** How many calls fail before answers are normal again. Default 1. */
  times?: number;
}

export interface StandInOptions {
  /** Tokens accepted; any non-empty token when left out. */
  tokens?: string[];
  /** Minimum gap between two chat.postMessage calls to one channel; 0 turns the limit off. Default 1000. */
  channelIntervalMs?: number;
  /** Retry-After seconds answered when the per-channel limit is hit. Default 1. */
  rateLimitRetryAfter?: number;
  botUserId?: string;
  teamId?: string;
}

const BOT_USER = "UBOTTHIDUA";

/** Slack's own DM channel ids start with D; the stand-in derives one per user so tests can predict it. */
export function dmChannelOf(userId: string): string {
  return `D${userId}`;
}

export class SlackApiStandIn {
  readonly calls: SlackCall[] = [];
  /** Messages per channel id, oldest first. Posting to a user id lands in that user's DM channel. */
  readonly channels = new Map<string, StoredMessage[]>();
  /** Every view by id (modals and homes). */
  readonly views = new Map<string, StoredView>();
  /** The current Home tab view of each user, and every publish in order. */
  readonly homes = new Map<string, StoredView>();
  readonly publishes: Array<{ user: string; view: Record<string, unknown> }> = [];
  readonly users = new Map<string, SlackUser>();
  private failures: Failure[] = [];
  private lastPostAt = new Map<string, number>();
  private server: Server | null = null;
  private started = Date.now();
  private counter = 0;
  private readonly options: Required<Omit<StandInOptions, "tokens">> & { tokens?: string[] };
  private conditions = new Conditions("Slack stand-in");
  port = 0;
  /** Answers every method but auth.test this much later, so that a test can catch the bot's work in flight. */
  answerDelayMs = 0;

  constructor(options: StandInOptions = {}) {
    this.options = {
      channelIntervalMs: 1000,
      rateLimitRetryAfter: 1,
      botUserId: BOT_USER,
      teamId: "TTHIDUA",
      ...options,
    };
  }

  /** Base URL ending in /api/, as WebClient's slackApiUrl expects. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  get botUserId(): string {
    return this.options.botUserId;
  }

  async start(): Promise<this> {
    const server = createServer((req, res) => void this.handle(req, res));
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    this.port = (server.address() as AddressInfo).port;
    this.started = Date.now();
    return this;
  }

  /**
   * Stops taking connections and lets the requests in hand be answered first (at most a second), as a server going
   * away would: a call cut off mid-answer would be retried by the client against a closed port and fail after the
   * test, where nobody awaits it (Bolt's own auth.test, started as the app is built, is such a call).
   */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const cutOff = setTimeout(() => server.closeAllConnections(), 1000);
    await closed;
    clearTimeout(cutOff);
  }

  /** Files people shared with the app (a test puts them here), served by files.info and their private URL. */
  readonly shared = new Map<string, { name: string; bytes: Buffer }>();
  /** How many times a shared file's bytes were downloaded. */
  downloads = 0;

  /** Files uploaded with files.uploadV2: name, bytes, and the channel they were shared in. */
  readonly uploads = new Map<string, { filename: string; bytes: Buffer | null; channel: string | null }>();

  addUser(user: SlackUser): void {
    this.users.set(user.id, user);
  }

  /** Makes the next call(s) (of one method, or any) fail with this status. */
  fail(failure: Failure): void {
    this.failures.push({ times: 1, retryAfter: 1, ...failure });
  }

  /** Messages received in a channel; a user id reads that user's DM with the bot. */
  received(channelOrUser: string): StoredMessage[] {
    return this.channels.get(this.resolveChannel(channelOrUser)) ?? [];
  }

  /** Every message's text and blocks as one string, handy for "did the user see X". */
  receivedText(channelOrUser: string): string {
    return this.received(channelOrUser)
      .map((m) => `${m.text}\n${JSON.stringify(m.blocks)}`)
      .join("\n");
  }

  callsOf(method: string): SlackCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** The current Home tab of a user. */
  home(userId: string): StoredView | undefined {
    return this.homes.get(userId);
  }

  /** The newest modal opened, pushed or updated for a user (or overall). */
  lastModal(userId?: string): StoredView | undefined {
    const modals = [...this.views.values()].filter((v) => v.type === "modal" && (!userId || v.user === userId));
    return modals.at(-1);
  }

  /** Resolves once the condition holds, checked after every API call (no timers in assertions). */
  waitFor(test: () => boolean, timeoutMs = 5000): Promise<void> {
    return this.conditions.waitFor(test, timeoutMs);
  }

  private resolveChannel(channelOrUser: string): string {
    return /^[UW]/.test(channelOrUser) ? dmChannelOf(channelOrUser) : channelOrUser;
  }

  private nextTs(): string {
    this.counter += 1;
    const seconds = Math.floor(Date.now() / 1000);
    return `${seconds}.${String(this.counter).padStart(6, "0")}`;
  }

  private nextId(prefix: string): string {
    this.counter += 1;
    return `${prefix}${this.counter.toString(36).toUpperCase().padStart(8, "0")}`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    // the second step of files.uploadV2: the file's bytes, posted to the URL getUploadURLExternal gave
    const upload = /^\/upload\/(\w+)$/.exec(url.pathname);
    if (upload) {
      const entry = this.uploads.get(upload[1] as string);
      if (entry) entry.bytes = await uploadedBytes(Buffer.concat(chunks), req.headers["content-type"]);
      res.writeHead(entry ? 200 : 404).end(entry ? "OK" : "");
      this.conditions.check();
      return;
    }
    // a shared file's private URL: the bot token is required, as Slack requires it
    const privateFile = /^\/files\/([\w-]+)$/.exec(url.pathname);
    if (privateFile) {
      const file = this.shared.get(privateFile[1] as string);
      const authorized = String(req.headers.authorization ?? "") === `Bearer ${this.options.tokens?.[0] ?? ""}`;
      if (!file || !authorized) return void res.writeHead(file ? 403 : 404).end();
      this.downloads++;
      res.writeHead(200, { "content-type": "application/octet-stream", "content-length": file.bytes.byteLength }).end(file.bytes);
      return;
    }
    const match = /^\/api\/([\w.]+)$/.exec(url.pathname);
    const send = (status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
      res.end(JSON.stringify(body));
    };
    if (!match) return send(404, { ok: false, error: "unknown_method" });
    const method = match[1] as string;
    if (this.answerDelayMs > 0 && method !== "auth.test") await new Promise((r) => setTimeout(r, this.answerDelayMs));
    const params = parseParams(raw, String(req.headers["content-type"] ?? ""), url.searchParams);
    const auth = String(req.headers.authorization ?? "");
    const token = auth.startsWith("Bearer ") ? auth.slice(7) : typeof params.token === "string" ? params.token : null;
    const call: SlackCall = { method, token, params, at: Date.now() - this.started, status: 200 };
    this.calls.push(call);
    try {
      const failure = this.failures.find((f) => !f.method || f.method === method);
      if (failure) {
        failure.times = (failure.times ?? 1) - 1;
        if (failure.times <= 0) this.failures = this.failures.filter((f) => f !== failure);
        call.status = failure.status;
        if (failure.status === 429) return send(429, { ok: false, error: "ratelimited" }, { "retry-after": String(failure.retryAfter ?? 1) });
        return send(failure.status, { ok: false, error: "internal_error" });
      }
      if (!token || (this.options.tokens && !this.options.tokens.includes(token))) return send(200, { ok: false, error: "invalid_auth" });
      const result = this.answer(method, params, call);
      if (call.status === 429) {
        return send(429, { ok: false, error: "ratelimited" }, { "retry-after": String(this.options.rateLimitRetryAfter) });
      }
      return send(200, result);
    } finally {
      this.conditions.check();
    }
  }

  private answer(method: string, p: Record<string, unknown>, call: SlackCall): Record<string, unknown> {
    switch (method) {
      case "auth.test":
        return {
          ok: true,
          url: "https://thidua.slack.test/",
          team: "Thi đua",
          user: "thidua",
          team_id: this.options.teamId,
          user_id: this.options.botUserId,
          bot_id: "BTHIDUA",
        };
      case "chat.postMessage":
      case "chat.postEphemeral": {
        const target = String(p.channel ?? "");
        if (!target) return { ok: false, error: "channel_not_found" };
        const channel = this.resolveChannel(target);
        if (method === "chat.postMessage" && this.options.channelIntervalMs > 0) {
          const now = Date.now();
          const last = this.lastPostAt.get(channel);
          if (last !== undefined && now - last < this.options.channelIntervalMs) {
            call.status = 429;
            return { ok: false, error: "ratelimited" };
          }
          this.lastPostAt.set(channel, now);
        }
        const message: StoredMessage = {
          channel,
          ts: this.nextTs(),
          text: String(p.text ?? ""),
          blocks: Array.isArray(p.blocks) ? p.blocks : [],
          user: this.options.botUserId,
          ...(p.metadata ? { metadata: p.metadata as StoredMessage["metadata"] } : {}),
          ...(p.thread_ts ? { thread_ts: String(p.thread_ts) } : {}),
          ...(method === "chat.postEphemeral" ? { ephemeralFor: String(p.user ?? "") } : {}),
        };
        const list = this.channels.get(channel) ?? [];
        list.push(message);
        this.channels.set(channel, list);
        if (method === "chat.postEphemeral") return { ok: true, message_ts: message.ts };
        return {
          ok: true,
          channel,
          ts: message.ts,
          message: { type: "message", text: message.text, ts: message.ts, user: message.user, blocks: message.blocks },
        };
      }
      case "chat.update": {
        const list = this.channels.get(this.resolveChannel(String(p.channel ?? ""))) ?? [];
        const message = list.find((m) => m.ts === p.ts);
        if (!message) return { ok: false, error: "message_not_found" };
        if (p.text !== undefined) message.text = String(p.text);
        if (Array.isArray(p.blocks)) message.blocks = p.blocks;
        return { ok: true, channel: message.channel, ts: message.ts, text: message.text };
      }
      case "chat.delete": {
        // a bot may delete its own messages only, as on Slack
        const list = this.channels.get(this.resolveChannel(String(p.channel ?? ""))) ?? [];
        const at = list.findIndex((m) => m.ts === p.ts);
        if (at < 0) return { ok: false, error: "message_not_found" };
        if (list[at]?.user !== this.options.botUserId) return { ok: false, error: "cant_delete_message" };
        list.splice(at, 1);
        return { ok: true, channel: this.resolveChannel(String(p.channel ?? "")), ts: String(p.ts) };
      }
      case "conversations.open": {
        const users = String(p.users ?? "")
          .split(",")
          .filter(Boolean);
        if (users.length !== 1) return { ok: false, error: "not_implemented" };
        return { ok: true, channel: { id: dmChannelOf(users[0] as string), is_im: true } };
      }
      case "conversations.history": {
        const includeMetadata = p.include_all_metadata === true || p.include_all_metadata === "true";
        const oldest = p.oldest !== undefined ? Number(p.oldest) : 0;
        const limit = p.limit !== undefined ? Number(p.limit) : 100;
        const list = (this.channels.get(this.resolveChannel(String(p.channel ?? ""))) ?? [])
          .filter((m) => !m.ephemeralFor && Number(m.ts) >= oldest)
          .reverse()
          .slice(0, limit)
          .map((m) => ({
            type: "message",
            user: m.user,
            text: m.text,
            ts: m.ts,
            blocks: m.blocks,
            ...(includeMetadata && m.metadata ? { metadata: m.metadata } : {}),
          }));
        return { ok: true, messages: list, has_more: false };
      }
      case "views.open":
      case "views.push": {
        if (!p.trigger_id) return { ok: false, error: "invalid_trigger_id" };
        const view = p.view as Record<string, unknown> | undefined;
        if (!view) return { ok: false, error: "invalid_arguments" };
        const user = typeof p.user_id === "string" ? p.user_id : triggerUser(String(p.trigger_id));
        const stored: StoredView = { id: this.nextId("V"), hash: this.nextId("h"), user, type: String(view.type ?? "modal"), view, via: method };
        if (method === "views.push") stored.previousId = this.lastModal(user ?? undefined)?.id;
        this.views.set(stored.id, stored);
        return { ok: true, view: { id: stored.id, hash: stored.hash, ...view } };
      }
      case "views.update": {
        const view = p.view as Record<string, unknown> | undefined;
        const existing =
          typeof p.view_id === "string" ? this.views.get(p.view_id) : [...this.views.values()].find((v) => v.view.external_id === p.external_id);
        if (!existing || !view) return { ok: false, error: "not_found" };
        if (p.hash && p.hash !== existing.hash) return { ok: false, error: "hash_conflict" };
        // re-insert so lastModal() sees the newest change
        this.views.delete(existing.id);
        const updated: StoredView = { ...existing, hash: this.nextId("h"), view, via: "views.update" };
        this.views.set(existing.id, updated);
        return { ok: true, view: { id: updated.id, hash: updated.hash, ...view } };
      }
      case "views.publish": {
        const user = String(p.user_id ?? "");
        const view = p.view as Record<string, unknown> | undefined;
        if (!user || !view) return { ok: false, error: "invalid_arguments" };
        const existing = this.homes.get(user);
        const stored: StoredView = { id: existing?.id ?? this.nextId("V"), hash: this.nextId("h"), user, type: "home", view, via: "views.publish" };
        this.homes.set(user, stored);
        this.views.set(stored.id, stored);
        this.publishes.push({ user, view });
        return { ok: true, view: { id: stored.id, hash: stored.hash, ...view } };
      }
      case "users.info": {
        const user = this.users.get(String(p.user ?? ""));
        if (!user) return { ok: false, error: "user_not_found" };
        return {
          ok: true,
          user: { ...user, locale: user.locale ?? "vi-VN", tz: user.tz ?? "Asia/Ho_Chi_Minh", profile: { real_name: user.real_name } },
        };
      }
      case "files.getUploadURLExternal": {
        const id = this.nextId("F");
        this.uploads.set(id, { filename: String(p.filename ?? ""), bytes: null, channel: null });
        return { ok: true, file_id: id, upload_url: `http://127.0.0.1:${this.port}/upload/${id}` };
      }
      case "files.completeUploadExternal": {
        const files = (typeof p.files === "string" ? JSON.parse(p.files) : p.files) as Array<{ id: string; title?: string }>;
        for (const file of files) {
          const upload = this.uploads.get(file.id);
          if (!upload?.bytes) return { ok: false, error: "file_not_found" };
          upload.channel = this.resolveChannel(String(p.channel_id ?? ""));
        }
        return { ok: true, files: files.map((f) => ({ id: f.id, title: f.title ?? "" })) };
      }
      case "files.info": {
        const id = String(p.file ?? "");
        if (!id) return { ok: false, error: "file_not_found" };
        const shared = this.shared.get(id);
        if (shared) {
          const url = `http://127.0.0.1:${this.port}/files/${id}`;
          return { ok: true, file: { id, name: shared.name, size: shared.bytes.byteLength, url_private: url, url_private_download: url } };
        }
        return {
          ok: true,
          file: { id, name: `${id}.pdf`, mimetype: "application/pdf", size: 1024, url_private: `http://127.0.0.1:${this.port}/files/${id}` },
        };
      }
      default:
        return { ok: false, error: "unknown_method" };
    }
  }
}

/** Trigger ids made by the request helpers carry the user id ("trg.<user>.<n>"), so views.open knows whose modal. */
let triggersMade = 0;
export function triggerFor(userId: string): string {
  return `trg.${userId}.${++triggersMade}`;
}

function triggerUser(trigger: string): string | null {
  const match = /^trg\.([^.]+)\./.exec(trigger);
  return match ? (match[1] as string) : null;
}

/** Form values that look like JSON (blocks, view, metadata) are decoded, as Slack does. */
function parseParams(raw: string, contentType: string, query: URLSearchParams): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const [key, value] of query) params[key] = value;
  if (raw === "") return params;
  if (contentType.includes("application/json")) return { ...params, ...(JSON.parse(raw) as Record<string, unknown>) };
  for (const [key, value] of new URLSearchParams(raw)) {
    const trimmed = value.trim();
    if ((trimmed.startsWith("{") || trimmed.startsWith("[")) && trimmed.length > 1) {
      try {
        params[key] = JSON.parse(trimmed);
        continue;
      } catch {
        // not JSON after all: keep the string
      }
    }
    // flags such as include_all_metadata arrive as "true"; words people typed are never converted
    params[key] = key !== "text" && (value === "true" || value === "false") ? value === "true" : value;
  }
  return params;
}

/** The file's bytes of an upload: the body itself, or its file part when the Web API client sent a multipart form. */
async function uploadedBytes(body: Buffer, contentType: string | undefined): Promise<Buffer> {
  if (!contentType?.startsWith("multipart/form-data")) return body;
  const form = await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
  const file = [...form.values()].find((value) => typeof value !== "string");
  return file && typeof file !== "string" ? Buffer.from(await file.arrayBuffer()) : body;
}
