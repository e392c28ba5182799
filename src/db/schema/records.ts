// The record of achievements (hồ sơ thành tích) and the files sent in chat awaiting their sender's Confirm.
import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { RECORD_LEVELS, RECORD_SOURCES, RECORD_STATUSES, RECORD_SUBJECTS } from "../../core/records/types";
import { people, units } from "./directory";
import { nominations } from "./nominations";

export const achievementRecords = sqliteTable(
  "achievement_records",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    subject: text("subject", { enum: RECORD_SUBJECTS }).notNull(),
    personId: integer("person_id").references(() => people.id),
    /** The collective, or the person's unit when the award was given. */
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    /** A code of catalog/awards.json or of catalog/record-awards.json (higher forms known only to the record). */
    awardCode: text("award_code").notNull(),
    year: integer("year").notNull(),
    level: text("level", { enum: RECORD_LEVELS }).notNull(),
    decisionNo: text("decision_no").notNull(),
    /** YYYY-MM-DD as written on the decision. */
    decisionDate: text("decision_date"),
    issuer: text("issuer").notNull().default(""),
    source: text("source", { enum: RECORD_SOURCES }).notNull(),
    nominationId: integer("nomination_id").references(() => nominations.id),
    status: text("status", { enum: RECORD_STATUSES }).notNull(),
    note: text("note"),
    /** holder|award|year (a title) or holder|award|year|decision (a form): what makes an import idempotent. */
    identity: text("identity").notNull(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    // one valid entry per title and year, or per form and decision: an import twice, or an import of a decision
    // the bot already recorded, finds the entry instead of adding one
    uniqueIndex("achievement_records_identity_unique").on(t.identity).where(sql`${t.status} = 'valid'`),
    // the entry a bot decision made, to mark it when the decision is annulled
    uniqueIndex("achievement_records_nomination_unique").on(t.nominationId).where(sql`${t.nominationId} is not null`),
    // a person's record (/record, the look-back rules, the achievement report)
    index("achievement_records_person_idx").on(t.personId, t.year),
    // a collective's record, and statistics per unit
    index("achievement_records_unit_idx").on(t.unitId, t.subject, t.year),
    // the secretary's filter by title and years ("LĐTT 2020–2026"); statistics read the whole table in one scan,
    // which is faster than an index on the year for a span of several years, and an import keeps one index fewer
    index("achievement_records_award_year_idx").on(t.awardCode, t.year),
  ],
);

export const FILE_IMPORT_KINDS = ["awards", "staff"] as const;
export const FILE_IMPORT_STATUSES = ["pending", "applied", "cancelled"] as const;

/**
 * A file sent to the bot in a private chat, checked and summarised, waiting for its sender's Confirm. Only the
 * platform's reference is kept: the file is fetched again and checked again when Confirm is pressed.
 */
export const fileImports = sqliteTable(
  "file_imports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind", { enum: FILE_IMPORT_KINDS }).notNull(),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id),
    platform: text("platform").notNull(),
    fileId: text("file_id").notNull(),
    fileName: text("file_name"),
    status: text("status", { enum: FILE_IMPORT_STATUSES }).notNull(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    finishedAt: integer("finished_at", { mode: "timestamp_ms" }),
  },
  // a person's pending files (a newer file replaces an older one)
  (t) => [index("file_imports_person_idx").on(t.personId, t.status)],
);
