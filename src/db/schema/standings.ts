// A person's or a collective's standing (tình trạng) for the award rules: reviews, inspections, verified complaints, discipline,
// maternity leave, recruitment. See src/core/standings/types.ts.
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { STANDING_KINDS } from "../../core/rules/schema";
import { people, units } from "./directory";

export const personStandings = sqliteTable(
  "person_standings",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    personId: integer("person_id").references(() => people.id),
    unitId: integer("unit_id").references(() => units.id),
    kind: text("kind", { enum: STANDING_KINDS }).notNull(),
    startsOn: text("starts_on").notNull(),
    endsOn: text("ends_on"),
    reference: text("reference").notNull(),
    recordedBy: integer("recorded_by")
      .notNull()
      .references(() => people.id),
    recordedAt: integer("recorded_at", { mode: "timestamp_ms" }).notNull(),
    clearedBy: integer("cleared_by").references(() => people.id),
    clearedAt: integer("cleared_at", { mode: "timestamp_ms" }),
  },
  // every nomination reads the nominee's standings
  (t) => [index("person_standings_person_idx").on(t.personId, t.clearedAt), index("person_standings_unit_idx").on(t.unitId, t.clearedAt)],
);
