// Zalo's pace. The platform publishes no limits, so one setting (ZALO_SEND_INTERVAL_MS) spaces every send of
// the bot through the platform's one pace (src/adapters/pace), replies and announcements alike; a rate-limit
// answer holds everything for the time it asks, and the refused message is tried again first.
import { RateLimitedError } from "../../kernel/errors";
import { type Retryable, retryPolicy } from "../../kernel/retry";
import type { SendOutcome, SendPace } from "../../outbox/transport";
import { pacedRetry } from "../pace/paced-retry";
import type { SendLimits } from "../pace/send-pacer";
import type { ZaloClient } from "./client";
import { ZALO_LIMITS } from "./limits";
import type { RenderedZaloReply } from "./render";

/** Zalo's limits for the shared pacer: the interval overall and per chat, no group rule (bots are private). */
export function zaloLimits(intervalMs: number = ZALO_LIMITS.defaultSendIntervalMs): SendLimits {
  return { perSecond: intervalMs > 0 ? 1000 / intervalMs : 10_000, perChatGapMs: intervalMs, perGroupPerMinute: null };
}

/** A message refused with a rate-limit answer is tried again after the wait asked for, a few times (ZALO_LIMITS). */
const rateLimited = (outcome: SendOutcome<unknown>): Retryable | null =>
  "error" in outcome && outcome.error instanceof RateLimitedError ? { retryAfterMs: outcome.error.retryAfterMs } : null;

/** Sends rendered replies in order through the platform's pace, waiting out rate limits. Returns the message ids. */
export function createZaloSender(client: ZaloClient, pace: SendPace) {
  const retry = pacedRetry(retryPolicy({ baseMs: 0, capMs: 0, retries: ZALO_LIMITS.rateLimitRetries }), rateLimited);
  function sendOne(chatId: string, send: () => Promise<{ message_id: string }>): Promise<string> {
    return pace.run(chatId, "reply", send, { retry }).then((sent) => sent.message_id);
  }

  return {
    async send(chatId: string, rendered: RenderedZaloReply): Promise<string[]> {
      const ids: string[] = [];
      for (const text of rendered.messages) ids.push(await sendOne(chatId, () => client.sendMessage(chatId, text)));
      for (const url of rendered.photos) ids.push(await sendOne(chatId, () => client.sendPhoto(chatId, url)));
      return ids;
    },
  };
}

export type ZaloSender = ReturnType<typeof createZaloSender>;
