// How far the year has got, unit by unit: members, pledged, self-assessed, rated, proposed; for the secretary and
// leaders, with reminders to the units that are behind. Read in a few queries, not one per person.
import { DateTime } from "luxon";
import type { Clock } from "../../kernel/ports";
import { button, say } from "../../kernel/reply";
import type { CampaignService } from "../campaigns/service";
import type { Campaign } from "../campaigns/types";
import { type DirectoryService, hasRole, requireRole } from "../directory/service";
import type { Person, Unit } from "../directory/types";
import { SELFASSESS_NOTICE } from "../notice-actions";
import type { PledgeService } from "../pledges/service";
import type { Notifier } from "../ports";
import { PLEDGERS, YEAR_END_ORGANISERS } from "../roles";
import { isComplete } from "./assessments";
import type { YearEndRepo } from "./types";

export interface UnitProgress {
  unit: Unit;
  members: number;
  pledged: number;
  assessed: number;
  rated: number;
  /** The unit held its review (bình xét) for the campaign. */
  reviewed: boolean;
  /** Its members proposed to the council (after its review, or directly by the secretary). */
  proposed: number;
  /** Members with a pledge and no complete self-assessment yet. */
  notAssessed: Person[];
  /** Members without a rating for the year. */
  notRated: Person[];
  /** Members proposed for a title that reads the rating (LĐTT, CSTĐCS) and not rated yet: the rating is due first. */
  proposedUnrated: Person[];
}

export interface YearProgress {
  campaign: Campaign;
  year: number;
  units: UnitProgress[];
}

export type ProgressService = ReturnType<typeof createProgressService>;

export function createProgressService(deps: {
  repo: YearEndRepo;
  pledges: PledgeService;
  campaigns: CampaignService;
  directory: DirectoryService;
  notifier: Notifier;
  clock: Clock;
  /** The campaign's year-end nominations of people: the unit they belong to, whom and for what, how far they got. */
  proposals: (campaignId: number) => Array<{ unitId: number; status: string; personId: number | null; awardCode: string }>;
  /** Whether a title's criteria read the annual rating in that year's rules (LĐTT, CSTĐCS). */
  readsRating: (awardCode: string, year: number) => boolean;
  /** Units that held their review for the campaign. */
  reviewedUnits: (campaignId: number) => Set<number>;
}) {
  const { repo, pledges, campaigns, directory, notifier, clock } = deps;

  function compute(campaignId: number): YearProgress {
    const campaign = campaigns.get(campaignId);
    const year = DateTime.fromISO(campaign.startsOn).year;
    const pledgeOf = new Map(
      pledges
        .ofCampaign(campaignId)
        .filter((p) => p.subject === "person" && p.personId !== null)
        .map((p) => [p.personId as number, p.id]),
    );
    const assessed = new Set(
      repo
        .assessmentsForCampaign(campaignId)
        .filter(isComplete)
        .map((a) => a.pledgeId),
    );
    const rated = new Set(repo.ratingsOf(year).map((r) => r.personId));
    const proposals = deps.proposals(campaignId).filter((p) => p.status !== "unit_review" && p.status !== "rejected" && p.status !== "withdrawn");
    const reviewed = deps.reviewedUnits(campaignId);
    // people and proposals grouped by unit once: a province has thousands of units and tens of thousands of people
    const active = directory.activeByUnit();
    const proposedIn = new Map<number, number>();
    for (const p of proposals) proposedIn.set(p.unitId, (proposedIn.get(p.unitId) ?? 0) + 1);
    const unratedProposed = new Set(
      deps
        .proposals(campaignId)
        .filter((p) => p.status !== "rejected" && p.status !== "withdrawn" && p.personId !== null && !rated.has(p.personId))
        .filter((p) => deps.readsRating(p.awardCode, year))
        .map((p) => p.personId as number),
    );
    const units = directory.units().map((unit) => {
      const members = (active.get(unit.id) ?? []).filter((p) => hasRole(p, ...PLEDGERS));
      const withPledge = members.filter((p) => pledgeOf.has(p.id));
      const notAssessed = withPledge.filter((p) => !assessed.has(pledgeOf.get(p.id) as number));
      const notRated = members.filter((p) => !rated.has(p.id));
      const proposedUnrated = (active.get(unit.id) ?? []).filter((p) => unratedProposed.has(p.id));
      return {
        unit,
        members: members.length,
        pledged: withPledge.length,
        assessed: withPledge.length - notAssessed.length,
        rated: members.length - notRated.length,
        reviewed: reviewed.has(unit.id),
        proposed: proposedIn.get(unit.id) ?? 0,
        notAssessed,
        notRated,
        proposedUnrated,
      };
    });
    return { campaign, year, units };
  }

  return {
    of(actor: Person | null, campaignId: number): YearProgress {
      requireRole(actor, ...YEAR_END_ORGANISERS);
      return compute(campaignId);
    },

    /**
     * Reminds those who are behind: people with a pledge and no complete self-assessment (while the window is
     * open), and unit heads whose members are not rated yet.
     */
    async remindBehind(actor: Person | null, campaignId: number): Promise<{ people: number; heads: number }> {
      requireRole(actor, ...YEAR_END_ORGANISERS);
      const progress = compute(campaignId);
      const window = repo.window(campaignId);
      const windowOpen = window !== null && window.closesAt.getTime() >= clock.now().getTime();
      let people = 0;
      let heads = 0;
      // every unit's heads in one query, not one per unit
      const headsOf = new Map<number, Person[]>();
      for (const head of directory.withRole("unit_head")) {
        const list = headsOf.get(head.unitId);
        if (list) list.push(head);
        else headsOf.set(head.unitId, [head]);
      }
      for (const unit of progress.units) {
        if (windowOpen) {
          for (const person of unit.notAssessed) {
            await notifier.notify(person.id, {
              ...say("selfassess-reminder", { campaign: progress.campaign.title, closesAt: window.closesAt }),
              buttons: [[button("btn-selfassess", SELFASSESS_NOTICE.open.payload(campaignId), "primary")]],
            });
            people++;
          }
        }
        if (unit.notRated.length > 0) {
          for (const head of headsOf.get(unit.unit.id) ?? []) {
            await notifier.notify(head.id, say("rating-reminder", { year: String(progress.year), count: unit.notRated.length }));
            heads++;
          }
        }
      }
      return { people, heads };
    },
  };
}
