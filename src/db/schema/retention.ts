// What is kept of an old announcement run once its delivery rows are deleted: the figures /report shows.
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { broadcastRuns } from "./broadcasts";

export const deliverySummaries = sqliteTable("delivery_summaries", {
  runId: integer("run_id")
    .primaryKey()
    .references(() => broadcastRuns.id),
  /** JSON RunFigures (src/core/retention/deliveries.ts): totals, failures by reason, per unit. */
  figures: text("figures", { mode: "json" }).notNull(),
  summarisedAt: integer("summarised_at", { mode: "timestamp_ms" }).notNull(),
});
