// The year's figures for the Báo cáo tổng kết: from the campaigns of that year and the decided and proposed awards.
import { DateTime } from "luxon";
import type { CampaignService } from "../core/campaigns/service";
import type { DirectoryService } from "../core/directory/service";
import type { NominationService } from "../core/nominations/service";
import type { PledgeService } from "../core/pledges/service";
import type { YearEnd } from "../core/yearend";
import { isComplete } from "../core/yearend/assessments";
import type { YearFigures } from "./year-report";

export function yearFigures(
  deps: {
    campaigns: CampaignService;
    directory: DirectoryService;
    pledges: PledgeService;
    nominations: NominationService;
    yearEnd: YearEnd;
    grantsItself: (awardCode: string, year: number) => boolean;
    caseFigures: (year: number) => { received: number; settled: number };
  },
  year: number,
): YearFigures {
  const campaigns = deps.campaigns.all().filter((c) => DateTime.fromISO(c.startsOn).year === year && c.pledgeDeadline !== null);
  const active = deps.directory.activeByUnit();
  const people = deps.directory.units().flatMap((u) => active.get(u.id) ?? []);
  const pledgers = new Set<number>();
  const assessed = new Set<number>();
  for (const campaign of campaigns) {
    const pledges = deps.pledges.ofCampaign(campaign.id).filter((p) => p.subject === "person" && p.personId !== null);
    for (const p of pledges) pledgers.add(p.personId as number);
    const complete = new Set(
      deps.yearEnd.assessments
        .ofCampaign(campaign.id)
        .filter(isComplete)
        .map((a) => a.pledgeId),
    );
    for (const p of pledges) if (complete.has(p.id)) assessed.add(p.personId as number);
  }
  const granted: Record<string, number> = {};
  const proposedUpward: Record<string, number> = {};
  for (const n of deps.nominations.ofYear(year)) {
    if (n.status !== "decided" && n.status !== "approved") continue;
    const bucket = deps.grantsItself(n.awardCode, year) ? (n.status === "decided" ? granted : null) : proposedUpward;
    if (bucket) bucket[n.awardCode] = (bucket[n.awardCode] ?? 0) + 1;
  }
  const cases = deps.caseFigures(year);
  return {
    year,
    staff: people.length,
    pledged: pledgers.size,
    assessed: assessed.size,
    rated: deps.yearEnd.ratings.ratingsOf(year).length,
    granted,
    proposedUpward,
    casesReceived: cases.received,
    casesSettled: cases.settled,
  };
}
