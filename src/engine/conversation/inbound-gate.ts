// Inbound limits, checked before an update joins any queue: per sender and per group chat, a burst allowance and a
// sustained rate. Beyond them an update is dropped at the cost of a Map lookup, and the chat is told once per
// window to slow down. Strangers' "who are you" hint is also rationed here: it is the one reply anyone can get for
// free, so without a ration a flood of plain messages would turn into a flood of replies.
import { type BucketRate, createTokenBuckets } from "./token-bucket";

export interface InboundLimits {
  /** One person, across all chats. */
  sender: BucketRate;
  /** One group chat, across all its members (private chats are limited by the sender's bucket alone). */
  group: BucketRate;
  /** At most one "slow down" notice per chat in this long. */
  noticeWindowMs: number;
  /** At most one "who are you" hint per stranger in this long. */
  strangerHintMs: number;
}

export type Admission = "accept" | "drop" | "drop-and-notify";

export interface InboundGate {
  /** Whether an update from `sender` in `chat` is handled; `group` says whether the chat has many members. */
  admit(who: { sender: string; chat: string; group: boolean }): Admission;
  /** True when this stranger may be sent the hint now (and remembers that it was). */
  strangerHint(sender: string): boolean;
}

/** Lets everything through: benchmarks that measure the cost of the stack, and the terminal chat. */
export const OPEN_GATE: InboundGate = { admit: () => "accept", strangerHint: () => true };

export function createInboundGate(limits: InboundLimits, now: () => number = Date.now): InboundGate {
  const senders = createTokenBuckets(limits.sender, now);
  const groups = createTokenBuckets(limits.group, now);
  const noticed = createStamps(now);
  const hinted = createStamps(now);
  return {
    admit({ sender, chat, group }) {
      if (senders.take(sender) && (!group || groups.take(chat))) return "accept";
      return noticed.firstIn(chat, limits.noticeWindowMs) ? "drop-and-notify" : "drop";
    },
    strangerHint: (sender) => hinted.firstIn(sender, limits.strangerHintMs),
  };
}

/** When each key last did something, forgetting keys older than the longest window asked about. */
function createStamps(now: () => number) {
  const stamps = new Map<string, number>();
  let longest = 0;
  return {
    firstIn(key: string, windowMs: number): boolean {
      const t = now();
      longest = Math.max(longest, windowMs);
      const last = stamps.get(key);
      if (last !== undefined && t - last < windowMs) return false;
      if (stamps.size >= 10_000) for (const [k, at] of stamps) if (t - at >= longest) stamps.delete(k);
      stamps.set(key, t);
      return true;
    },
  };
}
