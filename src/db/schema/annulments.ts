// Annulled award decisions (hủy bỏ quyết định khen thưởng): the ground, the article and who recorded it.
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { ANNULMENT_GROUNDS } from "../../core/nominations/annul";
import { people } from "./directory";
import { nominations, reviewSessions } from "./nominations";

export const nominationAnnulments = sqliteTable("nomination_annulments", {
  nominationId: integer("nomination_id")
    .primaryKey()
    .references(() => nominations.id),
  ground: text("ground", { enum: ANNULMENT_GROUNDS }).notNull(),
  reason: text("reason").notNull(),
  /** The article the annulment rests on, as the secretary cites it. */
  article: text("article").notNull(),
  annulledBy: integer("annulled_by")
    .notNull()
    .references(() => people.id),
  annulledAt: integer("annulled_at", { mode: "timestamp_ms" }).notNull(),
});

/**
 * Absent council members' written opinions (ý kiến bằng văn bản), recorded by the secretary from the paper
 * in the minutes. The choices themselves go into the anonymous ballot lines like any other ballot; this row says
 * only that this member's ballot came in writing, so the result can say how many did.
 */
export const writtenOpinions = sqliteTable("written_opinions", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  sessionId: integer("session_id")
    .notNull()
    .references(() => reviewSessions.id),
  personId: integer("person_id")
    .notNull()
    .references(() => people.id),
  recordedBy: integer("recorded_by")
    .notNull()
    .references(() => people.id),
  recordedAt: integer("recorded_at", { mode: "timestamp_ms" }).notNull(),
});
