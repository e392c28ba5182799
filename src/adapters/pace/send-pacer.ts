// One pace per platform: every outgoing message of a platform (replies, notifications, announcement rows) waits
// here for its turn within the platform's limits: an overall rate, a gap per chat, a per-minute cap per group.
// Replies to someone who is waiting go before announcement rows; a 429 pauses everything for retry_after, set
// before any other send may start, and the refused send is tried again first. A send waiting for its chat's turn
// holds nothing but its place: other chats go.
//
// Limits are counted from when a request reaches the platform, which is when it counts them: a send holds its
// place from its start, and frees it after its answer, from the latest moment it may have arrived (see
// arrival-window.ts). So the rate does not fall with the round trip: at 250 ms a round trip, about eight sends are
// in flight at once (bounded by `maxInFlight`). A small margin on the window and on the per-chat gap absorbs the
// jitter of the way there. One chat has one send in flight at a time, so its messages keep their order.
import type { PacedSendOptions, SendOutcome, SendPace, SendPriority } from "../../outbox/transport";
import { createArrivalWindow, type Slot } from "./arrival-window";

export interface SendLimits {
  /** Messages a second, all chats together. */
  perSecond: number;
  /** Minimum gap between two messages to one chat. */
  perChatGapMs: number;
  /** Group chats at most this many a minute; null where the platform has no such rule. */
  perGroupPerMinute: number | null;
  /** Sends in flight at once, all chats together; default two seconds' worth of the rate. */
  maxInFlight?: number;
}

interface Waiter {
  chat: string;
  group: boolean;
  attempt: number;
  /** Its place in the line of its priority: the order sends start in when several chats are ready. */
  seq: number;
  /** Runs one try, holding this slot of the window. */
  start: (slot: Slot) => void;
}

export interface SendPacer extends SendPace {
  /** Sends waiting for their turn. */
  waiting(): number;
  /** Sends started and not yet answered. */
  inFlight(): number;
  /** Always given here: the rate times the round trip measured so far, plus two, within `maxInFlight`. */
  inFlightWanted(): number;
}

/** How many gaps of lateness the pace makes up for (see pump). */
const CATCH_UP_GAPS = 3;
/** Added to the one-second window, the per-chat gap and the group's minute: the jitter of a request's way there. */
export const ARRIVAL_MARGIN_MS = 20;
/** How far each answer's round trip moves the estimate (a moving average: the latest weigh most). */
const RTT_WEIGHT = 0.2;

export function createSendPacer(limits: SendLimits, isGroup: (chat: string) => boolean = () => false, now: () => number = Date.now): SendPacer {
  const windowMs = 1000 + ARRIVAL_MARGIN_MS;
  // sends are spread evenly over the window rather than let out in bursts; below a millisecond a timer cannot
  // space them anyway, and the window alone keeps the rate
  const gapMs = limits.perSecond > 1000 ? 0 : windowMs / limits.perSecond;
  // at most this many arrivals within one window (at least one, for paces slower than one a second)
  const perWindow = Math.max(1, Math.floor(limits.perSecond));
  const maxInFlight = Math.max(1, limits.maxInFlight ?? Math.ceil(limits.perSecond * 2));
  // each priority's waiters by chat: only a chat's first waiter can start (its later ones wait for it), so a pass
  // looks at one waiter a chat, not at every queued message (a burst of 1,500 replies to one person is one entry)
  const queues: Record<SendPriority, Map<string, Waiter[]>> = { reply: new Map(), bulk: new Map() };
  let waitingCount = 0;
  let lastSeq = 0;
  let firstSeq = 0;
  const window = createArrivalWindow(perWindow, windowMs);
  let inFlight = 0;
  let rttMs: number | null = null;
  const chatFreeAt = new Map<string, number>();
  const busyChats = new Set<string>();
  /** When each group's recent messages may have arrived, for its per-minute cap. */
  const groupArrivals = new Map<string, number[]>();
  let nextStart = 0;
  let pausedUntil = 0;
  let timer: NodeJS.Timeout | null = null;

  /** When this chat may have its next send, ignoring the overall rate (Infinity while one is in flight). */
  function chatReadyAt(chat: string, group: boolean, t: number): number {
    if (busyChats.has(chat)) return Number.POSITIVE_INFINITY;
    let at = chatFreeAt.get(chat) ?? 0;
    if (group && limits.perGroupPerMinute !== null) {
      const minute = 60_000 + ARRIVAL_MARGIN_MS;
      const recent = (groupArrivals.get(chat) ?? []).filter((s) => s > t - minute);
      if (recent.length === 0) groupArrivals.delete(chat);
      else groupArrivals.set(chat, recent);
      if (recent.length >= limits.perGroupPerMinute) at = Math.max(at, (recent[recent.length - limits.perGroupPerMinute] as number) + minute);
    }
    return at;
  }

  /** When the next send may start as far as all chats together go: the even gap, a 429's pause, the window. */
  function globalReadyAt(t: number): number {
    return Math.max(nextStart, pausedUntil, window.readyAt(t));
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
        const first = line[0] as Waiter;
        const at = chatReadyAt(chat, first.group, t);
        if (at > t) wakeAt = Math.min(wakeAt, at);
        else ready.push(first);
      }
      ready.sort((a, b) => a.seq - b.seq);
      for (const waiter of ready) {
        // at the bound of sends in flight, the next end pumps again (no timer needed)
        if (inFlight >= maxInFlight) {
          schedule(wakeAt, t);
          return;
        }
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
        waiter.start(started(waiter, t));
      }
    }
    schedule(wakeAt, t);
  }

  /** A send starts: its chat is busy until its answer, and it holds a slot of the window. */
  function started(waiter: Waiter, t: number): Slot {
    busyChats.add(waiter.chat);
    // counted from when this send was due, so timers that fire late on a busy machine (up to three gaps) do
    // not slow the pace for good; after a longer pause it starts afresh, so an idle pace lets out no burst
    nextStart = (t - nextStart > CATCH_UP_GAPS * gapMs ? t : nextStart) + gapMs;
    inFlight++;
    return window.open(t);
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

  /** One try was answered: its chat is free a gap after the latest its request may have arrived, or after its pause. */
  function ended(waiter: Waiter, slot: Slot, chatPauseMs: number): void {
    const t = now();
    const arrivedBy = window.close(slot, t);
    busyChats.delete(waiter.chat);
    inFlight--;
    const gap = limits.perChatGapMs > 0 ? limits.perChatGapMs + ARRIVAL_MARGIN_MS : 0;
    chatFreeAt.set(waiter.chat, Math.max(arrivedBy + gap, t + chatPauseMs));
    if (waiter.group && limits.perGroupPerMinute !== null) groupArrivals.set(waiter.chat, [...(groupArrivals.get(waiter.chat) ?? []), arrivedBy]);
    const roundTrip = t - slot.start;
    rttMs = rttMs === null ? roundTrip : rttMs + RTT_WEIGHT * (roundTrip - rttMs);
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
          start: (slot) => {
            send()
              .then(
                (value): SendOutcome<T> => ({ value }),
                (error: unknown): SendOutcome<T> => ({ error }),
              )
              .then((outcome) => {
                const advice = options.retry?.(outcome, waiter.attempt);
                if (advice?.pauseAllMs) pause(advice.pauseAllMs);
                ended(waiter, slot, advice?.chatPauseMs ?? 0);
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
    inFlightWanted(): number {
      // Little's law: the rate times the round trip, plus two so a send is always ready when a slot opens
      const rtt = rttMs ?? 0;
      return Math.min(maxInFlight, Math.ceil((limits.perSecond * rtt) / 1000) + 2);
    },
    waiting: () => waitingCount,
    inFlight: () => inFlight,
  };
}
