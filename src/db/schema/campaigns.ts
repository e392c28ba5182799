// Campaigns (phong trào thi đua) and the synced copy of the award catalog they offer.
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { AWARD_KINDS, AWARD_SUBJECTS, CAMPAIGN_KINDS } from "../../core/campaigns/types";
import { people } from "./directory";

/** A copy of catalog/awards.json, refreshed at start, so rows can reference award codes. */
export const awards = sqliteTable("awards", {
  code: text("code").primaryKey(),
  kind: text("kind", { enum: AWARD_KINDS }).notNull(),
  subject: text("subject", { enum: AWARD_SUBJECTS }).notNull(),
  nameVi: text("name_vi").notNull(),
  nameEn: text("name_en").notNull(),
  pledgeable: integer("pledgeable", { mode: "boolean" }).notNull(),
  /** The full catalog entry (criteria, prerequisites, quota, vote rule) as JSON. */
  definition: text("definition", { mode: "json" }).notNull(),
});

export const campaigns = sqliteTable(
  "campaigns",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    code: text("code").notNull().unique(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    kind: text("kind", { enum: CAMPAIGN_KINDS }).notNull(),
    /** Calendar dates (YYYY-MM-DD) in the configured time zone. */
    startsOn: text("starts_on").notNull(),
    endsOn: text("ends_on").notNull(),
    /** The last instant (UTC) at which pledges may be created, edited or withdrawn. */
    pledgeDeadline: integer("pledge_deadline", { mode: "timestamp_ms" }),
    createdBy: integer("created_by").references(() => people.id),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  // "which campaigns are open for pledges now"
  (t) => [index("campaigns_deadline_idx").on(t.pledgeDeadline)],
);

export const campaignAwards = sqliteTable(
  "campaign_awards",
  {
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    awardCode: text("award_code")
      .notNull()
      .references(() => awards.code),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.awardCode] })],
);
