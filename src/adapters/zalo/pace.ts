// Zalo's pace. The platform publishes no limits, so one setting (ZALO_SEND_INTERVAL_MS) spaces every send of
// the bot through the platform's one pace (src/adapters/pace), replies and announcements alike; a rate-limit
// answer holds everything for the time it asks, and the refused message is tried again first.
import { RateLimitedError } from "../../kernel/errors";
import type { SendPace } from "../../outbox/transport";
import type { SendLimits } from "../pace/send-pacer";
import type { ZaloClient } from "./client";
import { ZALO_LIMITS } from "./limits";
import type { RenderedZaloReply } from "./render";

/** Zalo's limits for the shared pacer: the interval overall and per chat, no group rule (bots are private). */
export function zaloLimits(intervalMs: number = ZALO_LIMITS.defaultSendIntervalMs): SendLimits {
  return { perSecond: intervalMs > 0 ? 1000 / intervalMs : 10_000, perChatGapMs: intervalMs, perGroupPerMinute: null };
}

/** How many times one message is tried after a rate-limit answer before the reply is given up. */
const RATE_LIMIT_TRIES = 3;

/** Sends rendered replies in order through the platform's pace, waiting out rate limits. Returns the message ids. */
export function createZaloSender(client: ZaloClient, pace: SendPace) {
  function sendOne(chatId: string, send: () => Promise<{ message_id: string }>): Promise<string> {
    return pace
      .run(chatId, "reply", send, {
        retry: (outcome, attempt) =>
          "error" in outcome && outcome.error instanceof RateLimitedError
            ? { pauseAllMs: outcome.error.retryAfterMs, again: attempt + 1 < RATE_LIMIT_TRIES }
            : null,
      })
      .then((sent) => sent.message_id);
  }

  return {
    async send(chatId: string, rendered: RenderedZaloReply): Promise<string[]> {
      const ids: string[] = [];
      for (const text of rendered.messages) ids.push(await sendOne(chatId, () => client.sendMessage(chatId, text)));
      for (const url of rendered.photos) ids.push(await sendOne(chatId, () => client.sendPhoto(chatId, url)));
      return ids;
    },
    sendText: (chatId: string, text: string) => sendOne(chatId, () => client.sendMessage(chatId, text)),
  };
}
