// Proposing a nominee for an award: who may propose whom, which awards fit, whether the rules of the emulation
// year would refuse it (asked before the form is sent), the proposal itself, its evidence, and its withdrawal.
import type { FileRef } from "../../kernel/files";
import { type Reply, say } from "../../kernel/reply";
import { normalizeText } from "../../kernel/text";
import type { Award } from "../campaigns/catalog";
import { hasRole, requireRole } from "../directory/service";
import type { Person } from "../directory/types";
import { DomainError } from "../errors";
import { PROPOSERS } from "../roles";
import { judge } from "../rules/judge";
import type { NominationContext } from "./context";
import type { Nomination, NominationKind, NomineeKind } from "./types";

export const MAX_ACHIEVEMENTS_LENGTH = 3000;

export interface NominationInput {
  nominee: NomineeKind;
  /** The person's or the unit's id. */
  nomineeId: number;
  awardCode: string;
  kind: NominationKind;
  campaignId: number | null;
  achievements: string;
  evidence?: FileRef[];
  goodDeedId?: number | null;
  /** "unit_review": a candidate for the unit's own review first; the secretary hears of it only once it passes. */
  stage?: "unit_review";
}

export function createNominationProposals(ctx: NominationContext) {
  const {
    deps,
    judgeDeps,
    get,
    award,
    nomineeName,
    assertNotSelf,
    assertMayPropose,
    unratedWarning,
    today,
    yearOf,
    rulesFor,
    candidate,
    checkDuplicate,
    tell,
  } = ctx;
  const { repo, catalog, directory, audit, clock, uow, book } = deps;

  return {
    /** May this person propose someone of this unit (or the unit)? Asked by the form as the nominee is chosen. */
    mayPropose(actor: Person | null, unitId: number): boolean {
      return actor !== null && (hasRole(actor, "secretary") || (hasRole(actor, "unit_head") && actor.unitId === unitId));
    },

    /** Awards a proposer may choose for this kind of nominee. */
    awardsFor(nominee: NomineeKind): Award[] {
      return catalog.all().filter((a) => a.subject === (nominee === "person" ? "individual" : "collective"));
    },

    /** Would this proposal be refused, and by which rule? (the unit's review lists who is eligible for what) */
    refusalOf(actor: Person | null, input: Omit<NominationInput, "achievements">): DomainError | null {
      try {
        const proposer = requireRole(actor, ...PROPOSERS);
        const target = award(input.awardCode);
        const unitId = input.nominee === "person" ? directory.getPerson(input.nomineeId).unitId : input.nomineeId;
        assertNotSelf(proposer, input);
        assertMayPropose(proposer, unitId);
        const campaignId = input.kind === "thematic" || input.kind === "year_end" ? input.campaignId : null;
        const draft = {
          awardCode: target.code,
          kind: input.kind,
          year: yearOf(campaignId),
          nominee: input.nominee,
          personId: input.nominee === "person" ? input.nomineeId : null,
          unitId,
          campaignId,
          goodDeedId: null,
          achievements: "",
        };
        const c = candidate(draft);
        checkDuplicate(c);
        judge(c, rulesFor(draft), book.onDate(today()), today(), judgeDeps);
        return null;
      } catch (error) {
        if (error instanceof DomainError) return error;
        throw error;
      }
    },

    /** Tells the secretary of candidates the unit's review passed: they are now proposals to the council. */
    async tellProposed(nominationIds: number[]): Promise<void> {
      const secretaries = directory.withRole("secretary").map((p) => p.id);
      for (const id of nominationIds) {
        const n = get(id);
        await tell(
          secretaries,
          say("nomination-notify-proposed", {
            id,
            nominee: nomineeName(n),
            award: award(n.awardCode).name,
            proposer: directory.getPerson(n.proposedBy).fullName,
          }),
        );
      }
    },

    async propose(actor: Person | null, input: NominationInput): Promise<Nomination> {
      const proposer = requireRole(actor, ...PROPOSERS);
      const target = award(input.awardCode);
      if (target.subject !== (input.nominee === "person" ? "individual" : "collective")) {
        throw new DomainError("award-wrong-subject", { award: target.name });
      }
      const unitId = input.nominee === "person" ? directory.getPerson(input.nomineeId).unitId : input.nomineeId;
      if (input.nominee === "unit" && !directory.unit(unitId)) throw new DomainError("unit-not-found", { query: String(unitId) });
      assertNotSelf(proposer, input);
      assertMayPropose(proposer, unitId);
      const achievements = normalizeText(input.achievements);
      if (achievements === "" || achievements.length > MAX_ACHIEVEMENTS_LENGTH) {
        throw new DomainError("invalid-input", { field: { key: "nomination-field-achievements" }, max: MAX_ACHIEVEMENTS_LENGTH });
      }
      const campaignId = input.kind === "thematic" || input.kind === "year_end" ? input.campaignId : null;
      const year = yearOf(campaignId);
      const draft = {
        awardCode: target.code,
        kind: input.kind,
        year,
        nominee: input.nominee,
        personId: input.nominee === "person" ? input.nomineeId : null,
        unitId,
        campaignId,
        goodDeedId: input.goodDeedId ?? null,
        achievements,
      };
      const id = uow.transaction(() => {
        const c = candidate(draft);
        checkDuplicate(c);
        judge(c, rulesFor(draft), book.onDate(today()), today(), judgeDeps);
        const now = clock.now();
        const nominationId = repo.insert(
          {
            nominee: input.nominee,
            personId: input.nominee === "person" ? input.nomineeId : null,
            unitId,
            awardCode: target.code,
            kind: input.kind,
            campaignId,
            year,
            achievements,
            status: input.stage ?? "proposed",
            proposedBy: proposer.id,
            goodDeedId: input.goodDeedId ?? null,
          },
          now,
        );
        for (const file of input.evidence ?? []) repo.addEvidence(nominationId, file, proposer.id, now);
        if (input.goodDeedId) repo.updateGoodDeed(input.goodDeedId, { status: "nominated", nominationId });
        audit.record({ actorPersonId: proposer.id, action: "nomination.proposed", entity: "nomination", entityId: nominationId });
        return nominationId;
      });
      const created = get(id);
      if (input.stage === "unit_review") return created;
      const secretaries = directory.withRole("secretary").filter((p) => p.id !== proposer.id);
      // no rating yet for a title whose criteria read it: the secretary and the unit's heads are told to record it
      const unrated = unratedWarning(created);
      const warning: Reply["blocks"] = unrated ? [{ type: "paragraph", text: unrated }] : [];
      const news = say("nomination-notify-proposed", { id, nominee: nomineeName(created), award: target.name, proposer: proposer.fullName });
      await tell(
        secretaries.map((p) => p.id),
        { ...news, blocks: [...news.blocks, ...warning] },
      );
      const heads = directory.unitHeads(created.unitId).filter((p) => p.id !== proposer.id && !secretaries.some((s) => s.id === p.id));
      if (unrated)
        await tell(
          heads.map((p) => p.id),
          { blocks: warning },
        );
      return created;
    },

    unratedWarning,

    /** Adds files (platform references) to a nomination that is not yet decided. */
    attachEvidence(actor: Person | null, nominationId: number, files: FileRef[]): number {
      const person = requireRole(actor, ...PROPOSERS);
      const nomination = get(nominationId);
      if (nomination.proposedBy !== person.id && !hasRole(person, "secretary")) throw new DomainError("not-allowed");
      if (nomination.status === "decided" || nomination.status === "withdrawn")
        throw new DomainError("nomination-wrong-status", { id: nominationId });
      uow.transaction(() => {
        for (const file of files) repo.addEvidence(nominationId, file, person.id, clock.now());
      });
      return files.length;
    },

    /** The proposer takes a nomination back, only while no review session has it. */
    withdraw(actor: Person | null, nominationId: number): Nomination {
      const person = requireRole(actor, ...PROPOSERS);
      const nomination = get(nominationId);
      if (nomination.proposedBy !== person.id) throw new DomainError("not-allowed");
      if (nomination.status !== "proposed") throw new DomainError("nomination-not-withdrawable", { id: nominationId });
      uow.transaction(() => {
        repo.update(nominationId, { status: "withdrawn" }, clock.now());
        audit.record({ actorPersonId: person.id, action: "nomination.withdrawn", entity: "nomination", entityId: nominationId });
      });
      return get(nominationId);
    },
  };
}
