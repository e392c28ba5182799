// Announcements (phát động, nhắc việc): who they go to, when, and what became of each delivery.
import type { Block } from "../reply";
import type { Platform, Role } from "../roles";

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

export interface Recipient {
  personId: number | null;
  chatId: number | null;
  unitId: number | null;
  platform: Platform;
  externalId: string;
  locale: "vi" | "en";
}

export type DeliveryStatus = "pending" | "claimed" | "sent" | "failed";

export interface Delivery extends Recipient {
  id: number;
  runId: number;
  status: DeliveryStatus;
  ambiguous: boolean;
  possibleDuplicate: boolean;
  attempts: number;
  error: string | null;
  sentAt: Date | null;
  acknowledgedAt: Date | null;
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

export interface RunReport {
  runId: number;
  slotAt: Date;
  status: "sending" | "missed";
  total: number;
  sent: number;
  pending: number;
  failed: number;
  failures: Record<string, number>;
  acknowledged: number;
  possibleDuplicates: number;
  byUnit: Array<{ unitId: number | null; total: number; sent: number; failed: number; acknowledged: number }>;
}
