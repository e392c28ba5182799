// How the outbox reaches each platform: one send per delivery, with the outcome classified so the worker can
// pause (429), retry (5xx, network), or give up with a reason (blocked, rejected).
import type { Delivery } from "../core/broadcasts/types";
import type { Reply } from "../core/reply";
import type { Platform } from "../core/roles";
import type { PaceLimits } from "./pacer";

export type SendResult =
  | { ok: true; ref: string | null }
  | { ok: false; kind: "rate-limited"; retryAfterMs: number }
  | { ok: false; kind: "blocked" | "rejected"; reason: string }
  | { ok: false; kind: "transient"; reason: string };

export interface Transport {
  platform: Platform;
  send(delivery: Delivery, reply: Reply): Promise<SendResult>;
  /** The platform's pace when it is a setting (Zalo publishes no limits); the outbox's defaults otherwise. */
  limits?: PaceLimits;
  /**
   * For a delivery whose send may have happened before a crash: the message's reference if it did arrive.
   * Platforms that cannot tell (Telegram) leave this out, and such deliveries are resent.
   */
  findSent?(delivery: Delivery): Promise<string | null>;
}
