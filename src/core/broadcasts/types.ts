// Announcements (phát động, nhắc việc): who they go to, when, and what became of each delivery.

import type { Locale } from "../../kernel/locale";
import type { Platform } from "../../kernel/platform";
import type { Block } from "../../kernel/reply";
import type { Role } from "../roles";
import type { UnreachableReason } from "./reach";

export type Audience =
  | { kind: "everyone" }
  | { kind: "units"; unitIds: number[] }
  | { kind: "roles"; roles: Role[] }
  | { kind: "not-pledged"; campaignId: number }
  | { kind: "chats" }
  /** Unit heads who still have pledges to confirm. */
  | { kind: "pending-reviewers" };

/** When a schedule fires, in its time zone. Kept as data, shown in words, turned into cron only for node-cron. */
export type Repeat =
  | { kind: "once"; at: string }
  | { kind: "daily"; hour: number; minute: number }
  | { kind: "weekly"; weekday: number; hour: number; minute: number }
  | { kind: "monthly"; day: number; hour: number; minute: number };

/** One person (or group chat) a run targets, with the one account chosen to reach them. */
export interface Recipient {
  personId: number | null;
  chatId: number | null;
  unitId: number | null;
  /** Null when the person cannot be reached (see `unreachable`): they still count in the report. */
  platform: Platform | null;
  externalId: string | null;
  locale: Locale;
  unreachable: UnreachableReason | null;
}

export type DeliveryStatus = "pending" | "claimed" | "sent" | "failed";

/** A delivery row as stored: one per person (or chat) per run. */
export interface DeliveryRecord extends Omit<Recipient, "unreachable"> {
  id: number;
  runId: number;
  status: DeliveryStatus;
  ambiguous: boolean;
  possibleDuplicate: boolean;
  attempts: number;
  error: string | null;
  /** Platforms tried and failed for good before the current one. */
  tried: Platform[];
  sentAt: Date | null;
  acknowledgedAt: Date | null;
}

/** A delivery on its way out through the outbox: it has an account. */
export interface Delivery extends DeliveryRecord {
  platform: Platform;
  externalId: string;
}

export interface Schedule {
  id: number;
  announcementId: number;
  repeat: Repeat;
  timezone: string;
  status: "active" | "paused" | "cancelled" | "done";
  lastSlotAt: Date | null;
  createdAt: Date;
}

export interface Announcement {
  id: number;
  authorId: number | null;
  text: string;
  /** Set for what the system announces, in place of text: localized blocks (see the schema). */
  blocks?: Block[] | null;
  audience: Audience;
  createdAt: Date;
}

/**
 * Why a person was not reached, as the report groups it: the reasons of ./reach.ts (never wrote to the bot where it
 * runs, accounts only where it does not run, blocked), or a platform's own refusal.
 */
export const FAILURE_KINDS = ["blocked", "no-account", "platform-off", "platform-error"] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

/** Counts of people (or chats) of a run, or of one unit in it; they add up: targeted = delivered + pending + failed. */
export interface Tally {
  total: number;
  sent: number;
  pending: number;
  failed: number;
  failures: Record<FailureKind, number>;
  /** Acknowledged from any platform, on this run or another run of the same announcement. */
  acknowledged: number;
}

export interface RunReport extends Tally {
  runId: number;
  slotAt: Date;
  status: "sending" | "missed";
  /** The platforms' own error codes behind "platform-error", for whoever investigates. */
  errorCodes: Record<string, number>;
  possibleDuplicates: number;
  byUnit: Array<Tally & { unitId: number | null }>;
  /** The people the bot could not reach, by name, so a unit head can tell them in person. */
  unreachable: Array<{ personId: number; name: string; unitId: number | null; reason: FailureKind; platforms: Platform[] }>;
}

/** One announcement as its recipient sees it in /news. */
export interface NewsItem {
  announcement: Announcement;
  /** The delivery whose "Acknowledged" button acknowledges it. */
  deliveryId: number;
  sentAt: Date;
  acknowledgedAt: Date | null;
}
