// Campaigns (phong trào thi đua): which are open, and what one may pledge for in them.

import type { Clock } from "../../kernel/ports";
import { requireRole } from "../directory/service";
import type { Person } from "../directory/types";
import { DomainError } from "../errors";
import type { AuditLog } from "../ports";
import { ANNOUNCERS } from "../roles";
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
  update(id: number, campaign: Omit<NewCampaign, "code" | "createdBy">): void;
}

export type CampaignService = ReturnType<typeof createCampaignService>;

export function createCampaignService(deps: { repo: CampaignRepo; catalog: AwardCatalog; clock: Clock; audit?: AuditLog }) {
  const { repo, catalog, clock } = deps;

  function checkInput(input: Omit<NewCampaign, "code" | "createdBy">): void {
    for (const code of input.awardCodes) {
      if (!catalog.get(code)) throw new DomainError("award-not-offered", { award: code });
    }
    if (input.endsOn < input.startsOn) throw new DomainError("campaign-dates");
  }

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
      checkInput(input);
      const campaign = get(repo.insert(input, clock.now()));
      deps.audit?.record({ actorPersonId: input.createdBy, action: "campaign.created", entity: "campaign", entityId: campaign.id });
      return campaign;
    },

    /** Leaders and the secretary launch campaigns in chat; the code is made from the start year. */
    launch(actor: Person | null, input: Omit<NewCampaign, "code" | "createdBy">): Campaign {
      const author = requireRole(actor, ...ANNOUNCERS);
      const year = input.startsOn.slice(0, 4);
      const taken = new Set(repo.all().map((c) => c.code));
      let n = 1;
      while (taken.has(`PT${year}-${n}`)) n++;
      return this.create({ ...input, code: `PT${year}-${n}`, createdBy: author.id });
    },

    edit(actor: Person | null, id: number, input: Omit<NewCampaign, "code" | "createdBy">): Campaign {
      const author = requireRole(actor, ...ANNOUNCERS);
      get(id);
      checkInput(input);
      repo.update(id, input);
      deps.audit?.record({ actorPersonId: author.id, action: "campaign.edited", entity: "campaign", entityId: id });
      return get(id);
    },
  };
}
