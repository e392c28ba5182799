// Half-filled forms and the audit trail.
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/** The state of a form someone is filling in, so a restart mid-form loses nothing. */
export const dialogStates = sqliteTable("dialog_states", {
  /** platform:userId:chatId */
  key: text("key").primaryKey(),
  command: text("command").notNull(),
  state: text("state", { mode: "json" }).notNull(),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

/** Who did what, when. Anonymous complaint actions record the actor as a label only. */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
    actorPersonId: integer("actor_person_id"),
    /** Used instead of a person for actors that must stay unnamed ("sender", "system"). */
    actorLabel: text("actor_label"),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id"),
    details: text("details", { mode: "json" }),
  },
  // an entity's history
  (t) => [index("audit_entity_idx").on(t.entity, t.entityId)],
);
