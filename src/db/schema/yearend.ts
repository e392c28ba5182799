// Closing the year: evaluation windows, self-assessments of pledges, annual quality ratings.
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { RATING_GRADES, RATING_SOURCES, STAFF_CATEGORIES } from "../../core/yearend/types";
import { campaigns } from "./campaigns";
import { people } from "./directory";
import { pledges } from "./pledges";

export const evaluationWindows = sqliteTable("evaluation_windows", {
  campaignId: integer("campaign_id")
    .primaryKey()
    .references(() => campaigns.id),
  opensOn: text("opens_on").notNull(),
  closesAt: integer("closes_at", { mode: "timestamp_ms" }).notNull(),
  createdBy: integer("created_by")
    .notNull()
    .references(() => people.id),
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
});

export const selfAssessments = sqliteTable(
  "self_assessments",
  {
    pledgeId: integer("pledge_id")
      .primaryKey()
      .references(() => pledges.id),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id),
    /** One entry per commitment line: { commitment, result, note }. */
    items: text("items", { mode: "json" }).notNull(),
    achievements: text("achievements").notNull().default(""),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  // a person's own assessments
  (t) => [index("self_assessments_person_idx").on(t.personId)],
);

export const qualityRatings = sqliteTable(
  "quality_ratings",
  {
    personId: integer("person_id")
      .notNull()
      .references(() => people.id),
    year: integer("year").notNull(),
    grade: text("grade", { enum: RATING_GRADES }).notNull(),
    ratedBy: integer("rated_by").references(() => people.id),
    source: text("source", { enum: RATING_SOURCES }).notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
    /** Civil servant, public employee or contract worker that year: which decree's rating rules apply; null if not told. */
    staffCategory: text("staff_category", { enum: STAFF_CATEGORIES }),
  },
  // one rating per person and year; the roll-up reads a whole year
  (t) => [primaryKey({ columns: [t.personId, t.year] }), index("quality_ratings_year_idx").on(t.year)],
);
