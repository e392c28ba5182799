// Keeps a platform's sends within its limits: an overall rate, a minimum gap per chat, and a per-minute cap per
// group chat. `wait` resolves when the next send to that chat is allowed; `pause` holds everything (a 429).
export interface PaceLimits {
  perSecond: number;
  perChatGapMs: number;
  /** Group chats (negative Telegram ids) at most this many a minute; null where the platform has no such rule. */
  perGroupPerMinute: number | null;
}

export const TELEGRAM_PACE: PaceLimits = { perSecond: 30, perChatGapMs: 1000, perGroupPerMinute: 20 };
export const SLACK_PACE: PaceLimits = { perSecond: 20, perChatGapMs: 1000, perGroupPerMinute: null };

export function createPacer(limits: PaceLimits, now: () => number = Date.now, sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))) {
  const gap = 1000 / limits.perSecond;
  let nextGlobal = 0;
  let pausedUntil = 0;
  const lastByChat = new Map<string, number>();
  const groupSends = new Map<string, number[]>();

  function earliest(chat: string): number {
    let at = Math.max(nextGlobal, pausedUntil);
    const last = lastByChat.get(chat);
    if (last !== undefined) at = Math.max(at, last + limits.perChatGapMs);
    if (limits.perGroupPerMinute && chat.startsWith("-")) {
      const recent = (groupSends.get(chat) ?? []).filter((t) => t > now() - 60_000);
      groupSends.set(chat, recent);
      if (recent.length >= limits.perGroupPerMinute) at = Math.max(at, (recent[0] as number) + 60_000);
    }
    return at;
  }

  return {
    async wait(chat: string): Promise<void> {
      for (;;) {
        const at = earliest(chat);
        const delay = at - now();
        if (delay <= 0) break;
        await sleep(delay);
      }
      const sentAt = now();
      nextGlobal = Math.max(nextGlobal, sentAt) + gap;
      lastByChat.set(chat, sentAt);
      if (limits.perGroupPerMinute && chat.startsWith("-")) groupSends.get(chat)?.push(sentAt);
    },
    pause(ms: number): void {
      pausedUntil = Math.max(pausedUntil, now() + ms);
    },
    pausedUntil: () => pausedUntil,
  };
}
