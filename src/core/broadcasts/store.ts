// What the broadcasts core needs from storage (src/db/repos/broadcasts.ts implements it): announcements,
// schedules, runs, and the delivery rows of the outbox as the core reads and changes them.
import type { Platform } from "../../kernel/platform";
import type { Announcement, Delivery, DeliveryRecord, Recipient, RunReport, Schedule } from "./types";

export interface ChatTarget {
  id: number;
  platform: Platform;
  externalId: string;
  title: string;
}

export interface RunRow {
  id: number;
  announcementId: number;
  scheduleId: number | null;
  slotAt: Date;
  status: "sending" | "missed";
  remindsRunId: number | null;
}

/** A delivered announcement of one person, for /news: one row per delivery, newest first. */
export interface PersonDeliveryRow {
  deliveryId: number;
  announcementId: number;
  sentAt: Date;
  acknowledgedAt: Date | null;
}

/** What /report shows of one run, without its identity: what retention keeps once the rows are gone. */
export type RunFigures = Omit<RunReport, "runId" | "slotAt" | "status">;

export interface BroadcastRepo {
  insertAnnouncement(a: Omit<Announcement, "id">): number;
  announcement(id: number): Announcement | null;
  /** People's announcements that went out at least once (not the system's own), newest first. */
  sentAnnouncements(limit: number): Announcement[];
  insertSchedule(s: Omit<Schedule, "id">): number;
  schedules(): Schedule[];
  schedule(id: number): Schedule | null;
  updateSchedule(id: number, patch: Partial<Pick<Schedule, "status" | "lastSlotAt" | "repeat">>): void;
  updateAnnouncement(id: number, patch: Pick<Announcement, "text" | "audience">): void;
  /** Null when a run for this schedule and slot exists already (another process made it). */
  insertRun(run: Omit<RunRow, "id">, at: Date): number | null;
  run(id: number): RunRow | null;
  runsOf(announcementId: number): RunRow[];
  /** Reachable recipients start pending; unreachable ones are written failed with their reason, so they are counted. */
  insertDeliveries(runId: number, recipients: Recipient[], at: Date): void;
  deliveries(runId: number): DeliveryRecord[];
  /** The figures kept of a run whose delivery rows retention deleted (src/core/retention); null while they exist. */
  runSummary(runId: number): RunFigures | null;
  delivery(id: number): DeliveryRecord | null;
  acknowledge(id: number, at: Date): void;
  /** People who acknowledged an announcement, on any of its runs and any platform. */
  acknowledgedPeople(announcementId: number): Set<number>;
  /**
   * Sends the row to another account of its person, after the current one failed for good (or its platform no longer
   * runs); `ambiguous` keeps a send that may have happened counted as a possible duplicate.
   */
  reroute(id: number, to: { platform: Platform; externalId: string }, tried: Platform[], reason: string, ambiguous?: boolean): void;
  /** Rows waiting (pending or claimed) for an account on a platform not in `running`. */
  waitingOff(running: Platform[]): Delivery[];
  /** Closes a waiting row as not reached, with the reason (src/core/broadcasts/reach.ts, reasonCode). */
  closeUnreachable(id: number, reason: string, at: Date): void;
  /** The person's delivered announcements, newest first. */
  deliveredTo(personId: number, limit: number): PersonDeliveryRow[];
  chats(): ChatTarget[];
  upsertChat(chat: Omit<ChatTarget, "id">, by: number, at: Date): void;
}
