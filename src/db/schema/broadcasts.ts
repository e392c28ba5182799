// Announcements, their schedules and runs, and the outbox: one delivery row per recipient per run.
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { PLATFORMS, type Platform } from "../../kernel/platform";
import { people } from "./directory";

/** Group chats and channels registered to receive announcements. */
export const chats = sqliteTable(
  "chats",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    platform: text("platform", { enum: PLATFORMS }).notNull(),
    externalId: text("external_id").notNull(),
    title: text("title").notNull(),
    registeredBy: integer("registered_by").references(() => people.id),
    registeredAt: integer("registered_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [uniqueIndex("chats_platform_external_idx").on(t.platform, t.externalId)],
);

export const announcements = sqliteTable("announcements", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  authorId: integer("author_id").references(() => people.id),
  text: text("text").notNull(),
  /**
   * What the system itself announces (reminders, decisions, good deeds) is kept as neutral blocks of locales/
   * messages, so each recipient reads it in their own language; people's announcements are `text`.
   */
  blocks: text("blocks", { mode: "json" }),
  /** JSON Audience (src/core/broadcasts/types.ts). */
  audience: text("audience", { mode: "json" }).notNull(),
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
});

export const schedules = sqliteTable("schedules", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  announcementId: integer("announcement_id")
    .notNull()
    .references(() => announcements.id),
  /** JSON Repeat (once at a time, daily, weekly, monthly), in `timezone`. */
  repeat: text("repeat", { mode: "json" }).notNull(),
  timezone: text("timezone").notNull(),
  status: text("status", { enum: ["active", "paused", "cancelled", "done"] }).notNull(),
  /** The last slot acted on (sent or recorded missed), so each slot is handled once. */
  lastSlotAt: integer("last_slot_at", { mode: "timestamp_ms" }),
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
});

export const broadcastRuns = sqliteTable(
  "broadcast_runs",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    announcementId: integer("announcement_id")
      .notNull()
      .references(() => announcements.id),
    scheduleId: integer("schedule_id").references(() => schedules.id),
    /** The slot this run is for; with scheduleId unique, so two processes cannot both send one slot. */
    slotAt: integer("slot_at", { mode: "timestamp_ms" }).notNull(),
    status: text("status", { enum: ["sending", "missed"] }).notNull(),
    /** For a reminder: the run whose unacknowledged recipients it goes to. */
    remindsRunId: integer("reminds_run_id"),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [uniqueIndex("broadcast_runs_slot_idx").on(t.scheduleId, t.slotAt)],
);

export const deliveries = sqliteTable(
  "deliveries",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    runId: integer("run_id")
      .notNull()
      .references(() => broadcastRuns.id),
    personId: integer("person_id").references(() => people.id),
    chatId: integer("chat_id").references(() => chats.id),
    unitId: integer("unit_id"),
    /** The account it goes to; null for a person the bot cannot reach (no account, or every one blocked). */
    platform: text("platform", { enum: PLATFORMS }),
    externalId: text("external_id"),
    locale: text("locale", { enum: ["vi", "en"] }).notNull(),
    /** Platforms already tried for this person, each failed for good: the fallback picks another account. */
    tried: text("tried", { mode: "json" }).$type<Platform[]>().notNull().default([]),
    status: text("status", { enum: ["pending", "claimed", "sent", "failed"] }).notNull(),
    /** Its send was in flight when a worker died: resent, and counted as a possible duplicate if it was Telegram. */
    ambiguous: integer("ambiguous", { mode: "boolean" }).notNull().default(false),
    possibleDuplicate: integer("possible_duplicate", { mode: "boolean" }).notNull().default(false),
    attempts: integer("attempts").notNull().default(0),
    error: text("error"),
    claimedBy: text("claimed_by"),
    leaseUntil: integer("lease_until", { mode: "timestamp_ms" }),
    notBefore: integer("not_before", { mode: "timestamp_ms" }),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
    messageRef: text("message_ref"),
    acknowledgedAt: integer("acknowledged_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    uniqueIndex("deliveries_recipient_idx").on(t.runId, t.platform, t.externalId),
    // the outbox worker's claim: due rows of one platform
    index("deliveries_queue_idx").on(t.platform, t.status),
    // /news and acknowledgements: a person's deliveries, newest first
    index("deliveries_person_idx").on(t.personId, t.sentAt),
  ],
);
