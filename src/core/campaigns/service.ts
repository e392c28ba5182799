// Campaigns (phong trào thi đua): which are open, and what one may pledge for in them.
import { DomainError } from "../errors";
import type { Clock } from "../ports";
import type { AwardCatalog } from "./catalog";
import type { Campaign, CampaignKind } from "./types";

export interface NewCampaign {
  code: string;
  title: string;
  description: string;
  kind: CampaignKind;
  startsOn: string;
  endsOn: string;
  pledgeDeadline: Date | null;
  awardCodes: string[];
  createdBy: number | null;
}

export interface CampaignRepo {
  all(): Campaign[];
  get(id: number): Campaign | null;
  byCode(code: string): Campaign | null;
  insert(campaign: NewCampaign, at: Date): number;
}

export type CampaignService = ReturnType<typeof createCampaignService>;

export function createCampaignService(deps: { repo: CampaignRepo; catalog: AwardCatalog; clock: Clock }) {
  const { repo, catalog, clock } = deps;

  function get(id: number): Campaign {
    const campaign = repo.get(id);
    if (!campaign) throw new DomainError("campaign-not-found", { id });
    return campaign;
  }

  return {
    get,
    all: () => repo.all(),
    byCode: (code: string) => repo.byCode(code),

    /** Campaigns whose pledge deadline has not passed, soonest deadline first. */
    openForPledges(): Campaign[] {
      const now = clock.now().getTime();
      return repo
        .all()
        .filter((c) => c.pledgeDeadline !== null && c.pledgeDeadline.getTime() >= now)
        .sort((a, b) => (a.pledgeDeadline?.getTime() ?? 0) - (b.pledgeDeadline?.getTime() ?? 0));
    },

    /** The campaign pledges are currently made for: the most recently started one with a deadline. */
    latestWithPledges(): Campaign | null {
      const withDeadline = repo.all().filter((c) => c.pledgeDeadline !== null);
      withDeadline.sort((a, b) => b.startsOn.localeCompare(a.startsOn) || b.id - a.id);
      return withDeadline[0] ?? null;
    },

    /** Throws deadline-passed once the campaign's pledge deadline is behind us. */
    assertPledgesOpen(campaign: Campaign): void {
      if (!campaign.pledgeDeadline || campaign.pledgeDeadline.getTime() < clock.now().getTime()) {
        throw new DomainError("deadline-passed", { deadline: campaign.pledgeDeadline ?? "—" });
      }
    },

    create(input: NewCampaign): Campaign {
      for (const code of input.awardCodes) {
        if (!catalog.get(code)) throw new DomainError("award-not-offered", { award: code });
      }
      return get(repo.insert(input, clock.now()));
    },
  };
}
