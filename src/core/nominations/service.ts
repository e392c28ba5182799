// Nominations (đề nghị khen thưởng) and good deeds (người tốt, việc tốt): proposing, judging them by the rules
// of their emulation year (src/core/rules), withdrawing, recording decisions, listing. One file per group of verbs:
// proposals.ts, decisions.ts, good-deeds.ts (annulment is annul.ts), over what they share in context.ts; the
// readers are here.
import { hasRole, requireRole } from "../directory/service";
import type { Person } from "../directory/types";
import { NOMINATION_READERS } from "../roles";
import { createNominationContext, type NominationDeps } from "./context";
import { createNominationDecisions } from "./decisions";
import { createGoodDeeds } from "./good-deeds";
import { createNominationProposals } from "./proposals";
import type { NominationFilter } from "./repo";
import type { Nomination } from "./types";

export type NominationService = ReturnType<typeof createNominationService>;

export function createNominationService(deps: NominationDeps) {
  const ctx = createNominationContext(deps);
  const { repo } = deps;
  const { get, nomineeName, rulesFor, concerned, tell, award } = ctx;
  return {
    get,
    nomineeName,
    rulesFor,
    concerned,
    tell,
    awardName: (code: string) => award(code).name,
    evidence: (id: number) => repo.evidence(id),

    /** Every nomination of a campaign, for the system's own roll-up (no one asks, so no role). */
    ofCampaign: (campaignId: number): Nomination[] => repo.list({ campaignId }),

    /** Every nomination of a year, for the system's own documents and reports (no one asks, so no role). */
    ofYear: (year: number): Nomination[] => repo.list({}).filter((n) => n.year === year),

    /** Lists for the secretary, leaders and council; a unit head alone sees their unit's. */
    list(actor: Person | null, filter: NominationFilter = {}): Nomination[] {
      const person = requireRole(actor, ...NOMINATION_READERS);
      const wide = hasRole(person, "secretary", "leader", "council", "admin");
      return repo.list(wide ? filter : { ...filter, unitId: person.unitId });
    },

    ...createNominationProposals(ctx),
    ...createNominationDecisions(ctx),
    ...createGoodDeeds(ctx),
  };
}
