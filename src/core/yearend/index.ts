// Closing the year, wired as one group of services: self-assessment, quality ratings and the roll-up by unit.

import type { Clock } from "../../kernel/ports";
import type { CampaignService } from "../campaigns/service";
import type { DirectoryService } from "../directory/service";
import type { PledgeService } from "../pledges/service";
import type { AuditLog, Notifier, UnitOfWork } from "../ports";
import { createAssessmentService } from "./assessments";
import { createProgressService } from "./progress";
import { createRatingService } from "./ratings";
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
  proposals: (campaignId: number) => Array<{ unitId: number; status: string }>;
  reviewedUnits: (campaignId: number) => Set<number>;
}) {
  return {
    assessments: createAssessmentService(deps),
    ratings: createRatingService(deps),
    progress: createProgressService(deps),
  };
}
