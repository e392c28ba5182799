// Closing the year, wired as one group of services: self-assessment, quality ratings and the roll-up by unit.

import type { Clock } from "../../kernel/ports";
import type { CampaignService } from "../campaigns/service";
import type { DirectoryService } from "../directory/service";
import type { PledgeService } from "../pledges/service";
import type { AuditLog, Notifier, UnitOfWork } from "../ports";
import { createAssessmentService } from "./assessments";
import { createProgressService } from "./progress";
import type { RatingRuleBook } from "./rating-rules";
import { createRatingService } from "./ratings";
import { createReviewReadiness } from "./readiness";
import type { YearEndRepo } from "./types";

export type YearEnd = ReturnType<typeof createYearEnd>;

export function createYearEnd(deps: {
  repo: YearEndRepo;
  pledges: PledgeService;
  campaigns: CampaignService;
  directory: DirectoryService;
  audit: AuditLog;
  clock: Clock;
  uow: UnitOfWork;
  notifier: Notifier;
  timezone: string;
  proposals: (campaignId: number) => Array<{ unitId: number; status: string; personId: number | null; awardCode: string }>;
  reviewedUnits: (campaignId: number) => Set<number>;
  readsRating: (awardCode: string, year: number) => boolean;
  /** agency.json reviewNeedsPledge: only members with a confirmed pledge go to the unit's review. */
  reviewNeedsPledge: boolean;
  /** The rating rules by staff category and year (catalog/ratings.json). */
  ratingRules: RatingRuleBook;
}) {
  return {
    assessments: createAssessmentService(deps),
    ratings: createRatingService(deps),
    progress: createProgressService(deps),
    readiness: createReviewReadiness({ ...deps, needsPledge: deps.reviewNeedsPledge }),
  };
}
