// Telegram's limits in one place (https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this
// and https://core.telegram.org/bots/api): sending pace, and the sizes the renderer and the buttons must respect.
import type { SendLimits } from "../pace/send-pacer";

export const TELEGRAM_LIMITS = {
  /** About 30 messages a second overall, one a second per chat, 20 a minute per group. */
  pace: { perSecond: 30, perChatGapMs: 1000, perGroupPerMinute: 20 } satisfies SendLimits,
  /** Characters of one message's text. */
  messageLength: 4096,
  /** Characters of one command menu description. */
  commandDescription: 256,
  /**
   * A failed call (429, 5xx, network) is tried again up to 5 times: after a 429's retry_after, else after a backoff
   * drawn below 250 ms · 2ⁿ, at most 5 s (src/kernel/retry.ts).
   */
  retry: { baseMs: 250, capMs: 5000, retries: 5 },
  /** getUpdates failing (network, 5xx): polled again after a drawn backoff below 1 s · 2ⁿ, at most 5 s, until it answers. */
  pollRetry: { baseMs: 1000, capMs: 5000, retries: Number.POSITIVE_INFINITY },
} as const;

/** Group and supergroup chats have negative ids. */
export const isTelegramGroup = (chat: string): boolean => chat.startsWith("-");
