// SQLite implementation of the year-end repository (evaluation windows, self-assessments, quality ratings).
import { and, desc, eq, gte, isNotNull } from "drizzle-orm";
import type { AssessmentItem, QualityRating, SelfAssessment, YearEndRepo } from "../../core/yearend/types";
import type { Db } from "../client";
import { evaluationWindows, pledges, qualityRatings, selfAssessments } from "../schema";

const toAssessment = (row: typeof selfAssessments.$inferSelect): SelfAssessment => ({ ...row, items: row.items as AssessmentItem[] });

export function createYearEndRepo(db: Db): YearEndRepo {
  return {
    window: (campaignId) => db.select().from(evaluationWindows).where(eq(evaluationWindows.campaignId, campaignId)).get() ?? null,
    saveWindow: (window) =>
      void db
        .insert(evaluationWindows)
        .values(window)
        .onConflictDoUpdate({ target: evaluationWindows.campaignId, set: { opensOn: window.opensOn, closesAt: window.closesAt } })
        .run(),
    openWindows: (now) => db.select().from(evaluationWindows).where(gte(evaluationWindows.closesAt, now)).all(),
    assessment(pledgeId) {
      const row = db.select().from(selfAssessments).where(eq(selfAssessments.pledgeId, pledgeId)).get();
      return row ? toAssessment(row) : null;
    },
    assessmentsForCampaign: (campaignId) =>
      db
        .select({ assessment: selfAssessments })
        .from(selfAssessments)
        .innerJoin(pledges, eq(pledges.id, selfAssessments.pledgeId))
        .where(eq(pledges.campaignId, campaignId))
        .all()
        .map((r) => toAssessment(r.assessment)),
    saveAssessment: (a) =>
      void db
        .insert(selfAssessments)
        .values(a)
        .onConflictDoUpdate({ target: selfAssessments.pledgeId, set: { items: a.items, achievements: a.achievements, updatedAt: a.updatedAt } })
        .run(),
    rating: (personId, year) =>
      db
        .select()
        .from(qualityRatings)
        .where(and(eq(qualityRatings.personId, personId), eq(qualityRatings.year, year)))
        .get() ?? null,
    ratingsOf: (year) => db.select().from(qualityRatings).where(eq(qualityRatings.year, year)).all(),
    categoryOf: (personId) =>
      db
        .select({ category: qualityRatings.staffCategory })
        .from(qualityRatings)
        .where(and(eq(qualityRatings.personId, personId), isNotNull(qualityRatings.staffCategory)))
        .orderBy(desc(qualityRatings.year))
        .get()?.category ?? null,
    saveRating(rating: QualityRating) {
      const existing = db
        .select()
        .from(qualityRatings)
        .where(and(eq(qualityRatings.personId, rating.personId), eq(qualityRatings.year, rating.year)))
        .get();
      if (existing && existing.grade === rating.grade && existing.staffCategory === rating.staffCategory) return "unchanged";
      db.insert(qualityRatings)
        .values(rating)
        .onConflictDoUpdate({
          target: [qualityRatings.personId, qualityRatings.year],
          set: {
            grade: rating.grade,
            ratedBy: rating.ratedBy,
            source: rating.source,
            updatedAt: rating.updatedAt,
            staffCategory: rating.staffCategory,
          },
        })
        .run();
      return existing ? "updated" : "created";
    },
  };
}
