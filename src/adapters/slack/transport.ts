// Slack deliveries. Each message carries metadata naming its delivery row, so after a crash the worker can look in
// the conversation's history before resending: Slack gets no duplicates.
import { webApi } from "@slack/bolt";
import type { Translator } from "../../kernel/ports";
import type { SendPace, SendResult, Transport } from "../../outbox/transport";
import { renderMessage } from "./render";

export const DELIVERY_EVENT = "thidua_delivery";
const GONE = new Set(["channel_not_found", "user_not_found", "account_inactive", "is_archived", "not_in_channel", "cannot_dm_bot", "user_disabled"]);

export function createSlackTransport(options: {
  token: string;
  apiUrl?: string;
  translator: Translator;
  /** The app's pace (SlackAdapter.pace), shared with its replies; without it rows go as fast as the worker takes them. */
  pace?: SendPace;
}): Transport {
  const client = new webApi.WebClient(options.token, {
    slackApiUrl: options.apiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    logLevel: webApi.LogLevel.ERROR,
  });
  const dmChannels = new Map<string, string>();

  async function channelOf(externalId: string): Promise<string> {
    if (!/^[UW]/.test(externalId)) return externalId;
    const known = dmChannels.get(externalId);
    if (known) return known;
    const opened = await client.conversations.open({ users: externalId });
    const id = opened.channel?.id ?? externalId;
    dmChannels.set(externalId, id);
    return id;
  }

  return {
    platform: "slack",
    pace: options.pace,
    async send(delivery, reply): Promise<SendResult> {
      const { text, blocks } = renderMessage(reply, delivery.locale, options.translator);
      try {
        const sent = await client.chat.postMessage({
          channel: delivery.externalId,
          text,
          // our renderer builds Block Kit as plain objects
          blocks: blocks as unknown as webApi.KnownBlock[],
          metadata: { event_type: DELIVERY_EVENT, event_payload: { delivery_id: delivery.id } },
        });
        return { ok: true, ref: sent.ts ?? null };
      } catch (error) {
        const e = error as { code?: string; retryAfter?: number; data?: { error?: string }; statusCode?: number };
        if (e.code === webApi.ErrorCode.RateLimitedError) return { ok: false, kind: "rate-limited", retryAfterMs: (e.retryAfter ?? 1) * 1000 };
        if (e.code === webApi.ErrorCode.PlatformError) {
          const reason = e.data?.error ?? "error";
          return GONE.has(reason) ? { ok: false, kind: "blocked", reason } : { ok: false, kind: "rejected", reason };
        }
        if (e.code === webApi.ErrorCode.HTTPError || e.code === webApi.ErrorCode.RequestError)
          return { ok: false, kind: "transient", reason: e.statusCode ? `http-${e.statusCode}` : "network" };
        throw error;
      }
    },
    async findSent(delivery): Promise<string | null> {
      const channel = await channelOf(delivery.externalId);
      const history = await client.conversations.history({ channel, include_all_metadata: true, limit: 200 });
      const found = (history.messages ?? []).find((m) => {
        const meta = (m as { metadata?: { event_type?: string; event_payload?: { delivery_id?: unknown } } }).metadata;
        return meta?.event_type === DELIVERY_EVENT && Number(meta.event_payload?.delivery_id) === delivery.id;
      });
      return found?.ts ?? null;
    },
  };
}
