// Pledges (đăng ký thi đua) by a person or a unit for a campaign.
import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { PLEDGE_STATUSES, PLEDGE_SUBJECTS } from "../../core/pledges/types";
import { campaigns } from "./campaigns";
import { people, units } from "./directory";

export const pledges = sqliteTable(
  "pledges",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id),
    subject: text("subject", { enum: PLEDGE_SUBJECTS }).notNull(),
    /** The pledging person; null for a unit's collective pledge. */
    personId: integer("person_id").references(() => people.id),
    /** The unit: the person's unit when they pledged, or the pledging unit. */
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    awardCodes: text("award_codes", { mode: "json" }).$type<string[]>().notNull(),
    commitments: text("commitments").notNull(),
    status: text("status", { enum: PLEDGE_STATUSES }).notNull(),
    returnReason: text("return_reason"),
    createdBy: integer("created_by")
      .notNull()
      .references(() => people.id),
    reviewedBy: integer("reviewed_by").references(() => people.id),
    reviewedAt: integer("reviewed_at", { mode: "timestamp_ms" }),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    // one live pledge per person per campaign (a withdrawn one may be replaced)
    uniqueIndex("pledges_person_live_unique").on(t.campaignId, t.personId).where(sql`${t.subject} = 'person' and ${t.status} <> 'withdrawn'`),
    // one live collective pledge per unit per campaign
    uniqueIndex("pledges_unit_live_unique").on(t.campaignId, t.unitId).where(sql`${t.subject} = 'unit' and ${t.status} <> 'withdrawn'`),
    // a unit head's review queue and the secretary's per-unit lists
    index("pledges_unit_status_idx").on(t.campaignId, t.unitId, t.status),
  ],
);
