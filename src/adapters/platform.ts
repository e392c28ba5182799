// The shape every messenger adapter (Telegram, Slack, Zalo) presents to main.ts: how to start and stop it, the
// HTTP path it serves on the shared server (webhooks), and the outbox transport that delivers announcements on it.
import type { IncomingMessage, RequestListener } from "node:http";
import type { Platform } from "../kernel/platform";
import type { Transport } from "../outbox/transport";

/** A path served on the shared HTTP server (PORT). */
export interface HttpRoute {
  /** For the logs: which endpoint a failed request was on. */
  name?: string;
  handles(req: IncomingMessage): boolean;
  /** May return a promise; a rejection is logged and answered 500 by the server (src/ops/startup.ts). */
  requestListener: (...args: Parameters<RequestListener>) => void | Promise<void>;
}

export interface PlatformAdapter {
  platform: Platform;
  /** Present when the adapter receives over HTTP (a webhook, Slack's HTTP mode); absent when it polls. */
  route?: HttpRoute;
  /** Connects: checks the token, sets menus, starts polling or registers the webhook. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** The outbox transport for announcements on this platform; called after start. */
  transport(): Transport;
}
