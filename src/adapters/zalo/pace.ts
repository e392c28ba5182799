// Zalo's pace. The platform publishes no limits, so one setting (ZALO_SEND_INTERVAL_MS) spaces every send of
// the bot, replies and announcements alike; a rate-limit answer holds everything for the time it asks.
import { RateLimitedError } from "../../core/errors";
import { createPacer, type PaceLimits } from "../../outbox/pacer";
import type { ZaloClient } from "./client";
import { ZALO_LIMITS } from "./limits";
import type { RenderedZaloReply } from "./render";

/** The outbox worker's limits for Zalo: the interval overall and per chat, no group rule (bots are private). */
export function zaloPace(intervalMs: number = ZALO_LIMITS.defaultSendIntervalMs): PaceLimits {
  return { perSecond: intervalMs > 0 ? 1000 / intervalMs : 10_000, perChatGapMs: intervalMs, perGroupPerMinute: null };
}

/** How many times one message is tried again after a rate-limit answer before the reply is given up. */
const RATE_LIMIT_TRIES = 3;

/** Sends rendered replies in order, paced, waiting out rate limits. Returns the ids of the messages sent. */
export function createZaloSender(client: ZaloClient, intervalMs: number) {
  const pacer = createPacer(zaloPace(intervalMs));

  async function sendOne(chatId: string, send: () => Promise<{ message_id: string }>): Promise<string> {
    for (let attempt = 0; ; attempt++) {
      await pacer.wait(chatId);
      try {
        return (await send()).message_id;
      } catch (error) {
        if (!(error instanceof RateLimitedError) || attempt + 1 >= RATE_LIMIT_TRIES) throw error;
        pacer.pause(error.retryAfterMs);
      }
    }
  }

  return {
    /** Shared with the outbox transport, so replies and announcements together keep the one pace. */
    pacer,
    async send(chatId: string, rendered: RenderedZaloReply): Promise<string[]> {
      const ids: string[] = [];
      for (const text of rendered.messages) ids.push(await sendOne(chatId, () => client.sendMessage(chatId, text)));
      for (const url of rendered.photos) ids.push(await sendOne(chatId, () => client.sendPhoto(chatId, url)));
      return ids;
    },
    sendText: (chatId: string, text: string) => sendOne(chatId, () => client.sendMessage(chatId, text)),
  };
}

export type ZaloSender = ReturnType<typeof createZaloSender>;
