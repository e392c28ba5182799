// How the outbox reaches each platform: one send per delivery, with the outcome classified so the worker can
// pause (429), retry (5xx, network), or give up with a reason (blocked, rejected).
import type { Locale } from "../kernel/locale";
import type { Platform } from "../kernel/platform";
import type { Reply } from "../kernel/reply";

export type SendResult =
  | { ok: true; ref: string | null }
  | { ok: false; kind: "rate-limited"; retryAfterMs: number }
  | { ok: false; kind: "blocked" | "rejected"; reason: string }
  | { ok: false; kind: "transient"; reason: string };

/** Replies to someone who is waiting go before announcement rows ("bulk"). */
export type SendPriority = "reply" | "bulk";

/** What became of one try of a send: its value, or what it threw. */
export type SendOutcome<T> = { value: T } | { error: unknown };

/** After a try: pause the whole platform (a 429) or only its chat (a 5xx), and whether to try again. */
export interface RetryAdvice {
  pauseAllMs?: number;
  chatPauseMs?: number;
  again: boolean;
}

export interface PacedSendOptions<T> {
  /** Read after each try; a pause takes effect before any other send may start, and a retry keeps its place. */
  retry?: (outcome: SendOutcome<T>, attempt: number) => RetryAdvice | null;
}

/**
 * The platform's one pace, shared by its adapter's replies and its outbox rows: `run` starts `send` when the
 * platform's limits allow, and holds every send of the platform when a try's outcome asks for it (a 429).
 */
export interface SendPace {
  run<T>(chat: string, priority: SendPriority, send: () => Promise<T>, options?: PacedSendOptions<T>): Promise<T>;
  /**
   * Sends to keep in flight so the pace never waits for an answer: its rate times the round trip it measures.
   * The outbox runs that many lanes; a pace without limits leaves it out.
   */
  inFlightWanted?(): number;
}

/** For platforms without limits (the terminal). */
export const UNPACED: SendPace = { run: (_chat, _priority, send) => send() };

/**
 * What a platform's transport reads of a delivery (the outbox's Delivery row satisfies it): the account, the
 * language, and the row's id (Slack puts it in the message's metadata to find a send after a crash).
 */
export interface OutboundMessage {
  id: number;
  personId: number | null;
  platform: Platform;
  externalId: string;
  locale: Locale;
}

export interface Transport {
  platform: Platform;
  /** Where this platform's sends wait for their turn; shared with the platform's adapter. Default: no waiting. */
  pace?: SendPace;
  send(delivery: OutboundMessage, reply: Reply): Promise<SendResult>;
  /**
   * For a delivery whose send may have happened before a crash: the message's reference if it did arrive.
   * Platforms that cannot tell (Telegram) leave this out, and such deliveries are resent.
   */
  findSent?(delivery: OutboundMessage): Promise<string | null>;
}
