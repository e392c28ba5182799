// Who has not pledged yet in a campaign, unit by unit: the secretary's /missing, the reminders and the progress
// chart read the same report.
import type { CampaignService } from "../campaigns/service";
import type { Campaign } from "../campaigns/types";
import { type DirectoryService, hasRole } from "../directory/service";
import type { Person, Unit } from "../directory/types";
import type { PledgeRepo } from "./repo";
import { LIVE_PLEDGE_STATUSES } from "./types";

export interface MissingReport {
  campaign: Campaign;
  units: Array<{
    unit: Unit;
    missing: Person[];
    returned: Person[];
    pledged: number;
    /** Of those who pledged, how many have had their pledge confirmed (the progress chart's first bar). */
    confirmed: number;
    members: number;
    unitPledged: boolean;
  }>;
}

/** Per unit: active staff without a live pledge, and whether the unit has pledged collectively. */
export function missingReportOf(
  deps: { repo: PledgeRepo; campaigns: CampaignService; directory: DirectoryService },
  campaignId: number,
): MissingReport {
  const { repo, campaigns, directory } = deps;
  const campaign = campaigns.get(campaignId);
  const all = repo.byCampaign(campaignId).filter((p) => LIVE_PLEDGE_STATUSES.includes(p.status));
  const byPerson = new Map(all.filter((p) => p.personId !== null).map((p) => [p.personId, p]));
  const unitsPledged = new Set(all.filter((p) => p.subject === "unit").map((p) => p.unitId));
  const active = directory.activeByUnit();
  const units = directory.units().map((unit) => {
    const members = (active.get(unit.id) ?? []).filter((p) => hasRole(p, "staff", "unit_head"));
    const missing = members.filter((p) => !byPerson.has(p.id));
    const returned = members.filter((p) => byPerson.get(p.id)?.status === "returned");
    const confirmed = members.filter((p) => byPerson.get(p.id)?.status === "confirmed").length;
    const pledged = members.length - missing.length;
    return { unit, missing, returned, members: members.length, pledged, confirmed, unitPledged: unitsPledged.has(unit.id) };
  });
  return { campaign, units };
}
