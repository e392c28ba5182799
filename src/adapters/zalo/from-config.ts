// Builds the Zalo adapter, its outbox transport and its pace from the configuration, so the composition root
// adds Zalo with a few lines.
import type { App } from "../../app";
import type { Config } from "../../config";
import type { Logger } from "../../core/ports";
import type { PaceLimits } from "../../outbox/pacer";
import type { Transport } from "../../outbox/transport";
import { createZaloAdapter, type ZaloAdapter } from ".";
import { zaloPace } from "./pace";
import { createZaloTransport } from "./transport";

export interface ZaloWiring {
  adapter: ZaloAdapter;
  /** Set in webhook mode: the adapter serves ZALO_WEBHOOK_PATH on the shared HTTP server. */
  webhook: boolean;
  transport: Transport;
  pace: PaceLimits;
}

/** Null when ZALO_BOT_TOKEN is not set. */
export function zaloFromConfig(app: App, config: Config, logger: Logger): ZaloWiring | null {
  if (!config.ZALO_BOT_TOKEN) return null;
  const webhook = config.ZALO_WEBHOOK_URL ? { url: config.ZALO_WEBHOOK_URL, secret: config.ZALO_WEBHOOK_SECRET as string } : undefined;
  const adapter = createZaloAdapter({
    app,
    logger,
    token: config.ZALO_BOT_TOKEN,
    apiRoot: config.ZALO_API_ROOT,
    webhook,
    sendIntervalMs: config.ZALO_SEND_INTERVAL_MS,
  });
  const transport = createZaloTransport({
    token: config.ZALO_BOT_TOKEN,
    apiRoot: config.ZALO_API_ROOT,
    translator: app.services.translator,
    offered: adapter.offered,
  });
  return { adapter, webhook: Boolean(webhook), transport, pace: zaloPace(config.ZALO_SEND_INTERVAL_MS) };
}
