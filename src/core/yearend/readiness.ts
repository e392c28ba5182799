// Whether a member can be put to the unit's year-end review (họp bình xét): a pledge the unit confirmed (the bot's
// choice, agency.json reviewNeedsPledge) and a quality rating for the year (LĐTT reads it, and the rating comes
// before the emulation review: catalog/ratings.json). Read by /unitreview to list who is eligible and why not, and
// by the unit review itself, so a forged choice cannot put an unready member to the vote.
import { DateTime } from "luxon";
import type { CampaignService } from "../campaigns/service";
import type { PledgeService } from "../pledges/service";
import type { YearEndRepo } from "./types";

/** What keeps a member out of the unit's review, in the order they are told. */
export const READINESS_GAPS = ["no_pledge", "pledge_returned", "pledge_unconfirmed", "unrated"] as const;
export type ReadinessGap = (typeof READINESS_GAPS)[number];

export type ReviewReadiness = ReturnType<typeof createReviewReadiness>;

export function createReviewReadiness(deps: {
  repo: YearEndRepo;
  pledges: PledgeService;
  campaigns: CampaignService;
  /** agency.json reviewNeedsPledge.enabled */
  needsPledge: boolean;
}) {
  return {
    /** The gaps of each of these people for a campaign's review; an empty list means ready. */
    gaps(campaignId: number, personIds: number[]): Map<number, ReadinessGap[]> {
      const year = DateTime.fromISO(deps.campaigns.get(campaignId).startsOn).year;
      const pledgeOf = new Map(
        deps.pledges
          .ofCampaign(campaignId)
          .filter((p) => p.subject === "person" && p.personId !== null)
          .map((p) => [p.personId as number, p.status]),
      );
      const rated = new Set(deps.repo.ratingsOf(year).map((r) => r.personId));
      return new Map(
        personIds.map((id) => {
          const gaps: ReadinessGap[] = [];
          const status = pledgeOf.get(id);
          if (deps.needsPledge && status !== "confirmed")
            gaps.push(status === undefined ? "no_pledge" : status === "returned" ? "pledge_returned" : "pledge_unconfirmed");
          if (!rated.has(id)) gaps.push("unrated");
          return [id, gaps];
        }),
      );
    },
  };
}
