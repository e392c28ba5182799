// The Zalo adapter: long polling (getUpdates, one event per call) or a webhook on the shared HTTP server. It parses
// events into the conversation loop's (src/engine/conversation/loop.ts: limits, order per chat, dedupe, dispatch,
// sending), and keeps Zalo's own ways in conversation.ts (numbered choices, bare command words, private chats
// only). Replies and announcements share one pace (ZALO_SEND_INTERVAL_MS).
import type { AdapterPort } from "../../engine/adapter-port";
import type { InboundLimits } from "../../engine/conversation/inbound-gate";
import { createConversation } from "../../engine/conversation/loop";
import type { Logger, RequestScopes } from "../../kernel/ports";
import { retryPolicy, sleepMs } from "../../kernel/retry";
import type { PlatformLink } from "../../ops/health";
import { inboundGateFor } from "../pace/inbound-limits";
import { createSendPacer } from "../pace/send-pacer";
import type { HttpRoute, PlatformAdapter } from "../platform";
import { createChoiceMemory } from "./choices";
import { createZaloClient, ZaloApiError, ZaloNetworkError } from "./client";
import { offerPushed, zaloConversation, zaloPhoto } from "./conversation";
import { parseZaloEvent } from "./inbound";
import { ZALO_LIMITS } from "./limits";
import { createZaloSender, zaloLimits } from "./pace";
import { createZaloProbe, type ZaloAttempt } from "./probe";
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
  /** Counts events being handled, so a graceful stop can wait for them; each runs in its own request scope. */
  inFlight?: RequestScopes;
}

const platform = "zalo" as const;

export function createZaloAdapter(options: ZaloAdapterOptions) {
  const { port, logger } = options;
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
  const choices = createChoiceMemory();
  const conversation = createConversation({
    platform: zaloConversation(port, createZaloSender(client, pace), choices),
    port,
    logger,
    gate: inboundGateFor(options.inbound),
    scopes: options.inFlight,
  });
  let polling: { controller: AbortController; done: Promise<void> } | null = null;

  /** Hands one event to the loop, which takes it in its chat's order; the webhook has answered already. */
  function accept(body: unknown): void {
    const event = parseZaloEvent(body);
    if (!event) {
      logger.warn({ platform }, "zalo event not understood");
      return;
    }
    if (event.isBot) return;
    void conversation
      .receive({
        // a redelivered event (webhook retry, a replay after a restart) carries a message_id already seen
        key: `zalo:${event.messageId}`,
        userId: event.userId,
        chatId: event.chatId,
        chatKind: event.chatKind,
        languageHint: null,
        text: event.text ?? undefined,
        files: event.photoUrl ? [zaloPhoto(event.photoUrl)] : [],
      })
      // logged by the loop; Zalo does not deliver an event twice on its own, so nothing more can be done here
      .catch(() => undefined);
  }

  async function poll(signal: AbortSignal): Promise<void> {
    const timeout = options.pollTimeoutSeconds ?? ZALO_LIMITS.pollTimeoutSeconds;
    const retry = retryPolicy(ZALO_LIMITS.pollRetry);
    let failures = 0;
    while (!signal.aborted) {
      try {
        const body = await client.getUpdates(timeout, signal);
        failures = 0;
        if (body !== null) accept(body);
      } catch (error) {
        if (signal.aborted) break;
        const code = error instanceof ZaloApiError ? error.code : undefined;
        logger.warn({ platform, errorName: (error as Error)?.name, code, network: error instanceof ZaloNetworkError }, "zalo polling failed");
        await sleepMs(retry.delayMs(failures++) ?? 0, signal);
      }
    }
  }

  // notifications and form follow-ups reach Zalo accounts in their chat's send order
  port.registerSender(platform, (externalId, reply, locale) =>
    conversation.notify({ chatId: externalId, chatKind: "dm", userId: externalId }, reply, locale),
  );

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
        translator: port.translator,
        pace,
        offered: offerPushed(port, choices),
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
    /** Stops polling and waits for the events in hand and their replies. */
    async stop(): Promise<void> {
      polling?.controller.abort();
      await polling?.done;
      polling = null;
      await conversation.idle();
    },
    /** Resolves when every event received so far has been handled and answered (tests, benchmarks, shutdown). */
    idle: () => conversation.idle(),
  };
  return adapter satisfies PlatformAdapter & HttpRoute;
}

export type ZaloAdapter = ReturnType<typeof createZaloAdapter>;
