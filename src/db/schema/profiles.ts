// What the paperwork needs beyond the roster's core columns: a person's profile for the achievement report (sơ lược
// lý lịch), and the document settings the demo organisation ships. Kept apart from `people` so the personal details
// are read only where they are shown: documents, the person, HR (admin) and the secretary.
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { people } from "./directory";

/** Optional roster columns (ngày sinh, quê quán, chức vụ, trình độ chuyên môn, lý luận chính trị); null: not given. */
export const personProfiles = sqliteTable("person_profiles", {
  personId: integer("person_id")
    .primaryKey()
    .references(() => people.id, { onDelete: "cascade" }),
  /** A calendar date, YYYY-MM-DD. */
  birthDate: text("birth_date"),
  hometown: text("hometown"),
  /** Chức vụ: the official post ("Trưởng phòng", "Phó Giám đốc"); signers' titles come from it. */
  position: text("position"),
  qualification: text("qualification"),
  politicalTheory: text("political_theory"),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

/**
 * Document settings kept in the database: today only the sample settings the demo organisation ships, so `/demo`
 * shows every document. The agency's own settings (catalog/agency.json, the environment) win over them, key by key.
 */
export const documentSettings = sqliteTable("document_settings", {
  /** One row: 1. */
  id: integer("id").primaryKey(),
  /** "demo": written by the demo organisation. */
  source: text("source").notNull(),
  settings: text("settings", { mode: "json" }).notNull(),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});
