// One pace per platform: every outgoing message of a platform (replies, notifications, announcement rows) waits
// here for its turn within the platform's limits: an overall rate, a gap per chat, a per-minute cap per group.
// Replies to someone who is waiting go before announcement rows; a 429 pauses everything for retry_after, set
// before any other send may start, and the refused send is tried again first. Limits are counted from when a
// send *ended* (the platform has surely counted it by then), so a slow request cannot make two sends arrive
// closer together than allowed. A send waiting for its chat's turn holds nothing but its place: other chats go.
import type { PacedSendOptions, SendOutcome, SendPace, SendPriority } from "../../outbox/transport";

export interface SendLimits {
  /** Messages a second, all chats together. */
  perSecond: number;
  /** Minimum gap between two messages to one chat. */
  perChatGapMs: number;
  /** Group chats at most this many a minute; null where the platform has no such rule. */
  perGroupPerMinute: number | null;
}

interface Waiter {
  chat: string;
  group: boolean;
  attempt: number;
  /** Its place in the line of its priority: the order sends start in when several chats are ready. */
  seq: number;
  /** Runs one try and returns what became of it. */
  start: () => void;
}

export interface SendPacer extends SendPace {
  /** Sends waiting for their turn. */
  waiting(): number;
}

/** How many gaps of lateness the pace makes up for (see pump). */
const CATCH_UP_GAPS = 3;

export function createSendPacer(limits: SendLimits, isGroup: (chat: string) => boolean = () => false, now: () => number = Date.now): SendPacer {
  // sends are spread evenly over the second rather than let out in bursts; below a millisecond a timer cannot
  // space them anyway, and the one-second window alone keeps the rate
  const gapMs = limits.perSecond > 1000 ? 0 : 1000 / limits.perSecond;
  // each priority's waiters by chat: only a chat's first waiter can start (its later ones wait for it), so a pass
  // looks at one waiter a chat, not at every queued message (a burst of 1,500 replies to one person is one entry)
  const queues: Record<SendPriority, Map<string, Waiter[]>> = { reply: new Map(), bulk: new Map() };
  let waitingCount = 0;
  let lastSeq = 0;
  let firstSeq = 0;
  /** End times of the sends that ended within the last second, oldest first (ends come in time order). */
  let ends: number[] = [];
  let head = 0;
  let inFlight = 0;
  const chatFreeAt = new Map<string, number>();
  const busyChats = new Set<string>();
  const groupEnds = new Map<string, number[]>();
  let nextStart = 0;
  let pausedUntil = 0;
  let timer: NodeJS.Timeout | null = null;

  /** When this chat may have its next send, ignoring the overall rate (Infinity while one is in flight). */
  function chatReadyAt(chat: string, group: boolean, t: number): number {
    if (busyChats.has(chat)) return Number.POSITIVE_INFINITY;
    let at = chatFreeAt.get(chat) ?? 0;
    if (group && limits.perGroupPerMinute !== null) {
      const recent = (groupEnds.get(chat) ?? []).filter((e) => e > t - 60_000);
      if (recent.length === 0) groupEnds.delete(chat);
      else groupEnds.set(chat, recent);
      if (recent.length >= limits.perGroupPerMinute) at = Math.max(at, (recent[recent.length - limits.perGroupPerMinute] as number) + 60_000);
    }
    return at;
  }

  /** Sends in flight and sends ended within a second stay under the rate: a window that can only overcount. */
  function globalReadyAt(t: number): number {
    while (head < ends.length && (ends[head] as number) <= t - 1000) head++;
    if (head > 1024) {
      ends = ends.slice(head);
      head = 0;
    }
    let windowAt = 0;
    if (inFlight + ends.length - head >= limits.perSecond) windowAt = head < ends.length ? (ends[head] as number) + 1000 : Number.POSITIVE_INFINITY;
    return Math.max(nextStart, pausedUntil, windowAt);
  }

  /** Adds a waiter to its chat's line: at the end, or (a try to repeat) before everything else waiting. */
  function enqueue(priority: SendPriority, waiter: Waiter, first = false): void {
    waiter.seq = first ? --firstSeq : ++lastSeq;
    const line = queues[priority].get(waiter.chat);
    if (!line) queues[priority].set(waiter.chat, [waiter]);
    else if (first) line.unshift(waiter);
    else line.push(waiter);
    waitingCount++;
  }

  /** Starts whatever may start now, replies first, in the order sends were asked for, and sets one timer for the next moment something could. */
  function pump(): void {
    const t = now();
    let wakeAt = Number.POSITIVE_INFINITY;
    for (const priority of ["reply", "bulk"] as const) {
      const queue = queues[priority];
      const ready: Waiter[] = [];
      for (const [chat, line] of queue) {
        const head = line[0] as Waiter;
        const at = chatReadyAt(chat, head.group, t);
        if (at > t) wakeAt = Math.min(wakeAt, at);
        else ready.push(head);
      }
      ready.sort((a, b) => a.seq - b.seq);
      for (const waiter of ready) {
        const overall = globalReadyAt(t);
        if (overall > t) {
          // nothing may start before the overall rate allows; a reply held here keeps bulk rows from its slot
          schedule(Math.min(wakeAt, overall), t);
          return;
        }
        const line = queue.get(waiter.chat) as Waiter[];
        line.shift();
        if (line.length === 0) queue.delete(waiter.chat);
        waitingCount--;
        busyChats.add(waiter.chat);
        // counted from when this send was due, so timers that fire late on a busy machine (up to three gaps) do
        // not slow the pace for good; after a longer pause it starts afresh, so an idle pace lets out no burst
        nextStart = (t - nextStart > CATCH_UP_GAPS * gapMs ? t : nextStart) + gapMs;
        inFlight++;
        waiter.start();
        wakeAt = Math.min(wakeAt, t + gapMs);
      }
    }
    schedule(wakeAt, t);
  }

  /** One timer, set afresh by every pump: it has just looked at every waiter, so its answer is the right one. */
  function schedule(wakeAt: number, t: number): void {
    if (timer) clearTimeout(timer);
    timer = null;
    if (wakeAt === Number.POSITIVE_INFINITY) return;
    timer = setTimeout(
      () => {
        timer = null;
        pump();
      },
      Math.max(0, wakeAt - t),
    );
  }

  /** One try ended: the chat's gap and the overall window start now. */
  function ended(chat: string, group: boolean, chatPauseMs: number): void {
    const t = now();
    busyChats.delete(chat);
    chatFreeAt.set(chat, t + Math.max(limits.perChatGapMs, chatPauseMs));
    inFlight--;
    ends.push(t);
    if (group && limits.perGroupPerMinute !== null) groupEnds.set(chat, [...(groupEnds.get(chat) ?? []), t]);
    // forget chats whose gap has passed, so the map holds only recent ones
    if (chatFreeAt.size > 5000) for (const [c, at] of chatFreeAt) if (at <= t) chatFreeAt.delete(c);
  }

  function pause(ms: number): void {
    pausedUntil = Math.max(pausedUntil, now() + ms);
  }

  return {
    run<T>(chat: string, priority: SendPriority, send: () => Promise<T>, options: PacedSendOptions<T> = {}): Promise<T> {
      const group = isGroup(chat);
      return new Promise<T>((resolve, reject) => {
        const waiter: Waiter = {
          chat,
          group,
          attempt: 0,
          seq: 0,
          start: () => {
            send()
              .then(
                (value): SendOutcome<T> => ({ value }),
                (error: unknown): SendOutcome<T> => ({ error }),
              )
              .then((outcome) => {
                const advice = options.retry?.(outcome, waiter.attempt);
                if (advice?.pauseAllMs) pause(advice.pauseAllMs);
                ended(chat, group, advice?.chatPauseMs ?? 0);
                if (advice?.again) {
                  // tried again before anything queued after it, so a chat's messages keep their order
                  waiter.attempt++;
                  enqueue(priority, waiter, true);
                } else if ("value" in outcome) resolve(outcome.value);
                else reject(outcome.error);
                pump();
              });
          },
        };
        enqueue(priority, waiter);
        pump();
      });
    },
    waiting: () => waitingCount,
  };
}
