// Zalo deliveries for the outbox. The client does not retry here: the worker paces (zaloPace), retries and
// records every outcome on the delivery's row. Zalo cannot be asked whether a message arrived, so a delivery
// in flight at a crash is resent and reported as a possible duplicate, as on Telegram.
import { RateLimitedError } from "../../kernel/errors";
import type { Translator } from "../../kernel/ports";
import type { SendPace, SendResult, Transport } from "../../outbox/transport";
import { createZaloClient, ZaloApiError, ZaloNetworkError } from "./client";
import { renderZaloReply, type ShownChoice } from "./render";

export interface ZaloTransportOptions {
  token: string;
  apiRoot: string;
  translator: Translator;
  /** The platform's one pace, shared with the adapter's replies (ZALO_SEND_INTERVAL_MS). */
  pace: SendPace;
  /** Tells the adapter what a delivery offered, so a typed "1" or "Đã nắm" acknowledges the announcement. */
  offered?: (externalId: string, choices: ShownChoice[]) => void;
}

export function createZaloTransport(options: ZaloTransportOptions): Transport {
  const client = createZaloClient({ token: options.token, apiRoot: options.apiRoot, retries: 0 });
  return {
    platform: "zalo",
    pace: options.pace,
    async send(delivery, reply): Promise<SendResult> {
      const rendered = renderZaloReply(reply, delivery.locale, options.translator);
      try {
        let ref: string | null = null;
        for (const text of rendered.messages) ref = (await client.sendMessage(delivery.externalId, text)).message_id;
        options.offered?.(delivery.externalId, rendered.choices);
        return { ok: true, ref };
      } catch (error) {
        if (error instanceof RateLimitedError) return { ok: false, kind: "rate-limited", retryAfterMs: error.retryAfterMs };
        if (error instanceof ZaloNetworkError) return { ok: false, kind: "transient", reason: "network" };
        if (error instanceof ZaloApiError) {
          if (error.code === 403) return { ok: false, kind: "blocked", reason: "blocked" };
          if (error.code >= 500) return { ok: false, kind: "transient", reason: `http-${error.code}` };
          return { ok: false, kind: "rejected", reason: `http-${error.code}` };
        }
        throw error;
      }
    },
  };
}
