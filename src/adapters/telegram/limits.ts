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
   * sendPhoto: Telegram keeps a photo at most 1,280 pixels on its longer side (it shrinks a bigger one), and
   * refuses one whose width and height add up to more than 10,000 or whose sides differ more than 20 times.
   */
  photo: { longSide: 1280, sidesSum: 10_000, ratio: 20 },
  /** How often a failed call (429, 5xx, network) is tried again before it is given up. */
  retries: 5,
} as const;

/** Group and supergroup chats have negative ids. */
export const isTelegramGroup = (chat: string): boolean => chat.startsWith("-");
