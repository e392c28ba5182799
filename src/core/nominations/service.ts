// Nominations (đề nghị khen thưởng) and good deeds (người tốt, việc tốt): proposing, checking the catalog's
// rules (subject, prerequisites, quota, duplicates), withdrawing, recording decisions, listing.
import { DateTime } from "luxon";
import type { Award, AwardCatalog } from "../campaigns/catalog";
import type { CampaignService } from "../campaigns/service";
import { type DirectoryService, hasRole, requireRole } from "../directory/service";
import type { Person } from "../directory/types";
import { DomainError } from "../errors";
import type { FileRef } from "../files";
import { GOODDEED_NOTICE } from "../notice-actions";
import type { AuditLog, Clock, Notifier, UnitOfWork } from "../ports";
import { button, type Reply, say } from "../reply";
import { GOOD_DEED_REPORTERS, NOMINATION_READERS, PROPOSERS } from "../roles";
import { normalizeText } from "../text";
import type { Evidence, GoodDeed, Nomination, NominationKind, NominationStatus, NomineeKind } from "./types";

export const MAX_ACHIEVEMENTS_LENGTH = 3000;
export const MAX_STORY_LENGTH = 1500;

export interface NominationFilter {
  status?: NominationStatus;
  unitId?: number;
  awardCode?: string;
  campaignId?: number;
}

export interface NominationRepo {
  get(id: number): Nomination | null;
  list(filter: NominationFilter): Nomination[];
  /** Live nominations (see LIVE_NOMINATION_STATUSES) for an award in a year, optionally for one nominee. */
  live(awardCode: string, year: number, nominee?: { kind: NomineeKind; id: number }): Nomination[];
  insert(nomination: Omit<Nomination, "id" | "createdAt" | "updatedAt" | "decisionNo" | "decisionDate" | "decisionSigner">, at: Date): number;
  update(id: number, patch: Partial<Nomination>, at: Date): void;
  evidence(nominationId: number): Evidence[];
  addEvidence(nominationId: number, file: FileRef, addedBy: number, at: Date): void;
  goodDeed(id: number): GoodDeed | null;
  goodDeeds(status?: GoodDeed["status"]): GoodDeed[];
  insertGoodDeed(deed: Omit<GoodDeed, "id" | "createdAt" | "nominationId" | "status">, at: Date): number;
  updateGoodDeed(id: number, patch: Partial<GoodDeed>): void;
}

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
}

export interface DecisionInput {
  number: string;
  /** YYYY-MM-DD */
  date: string;
  signer: string;
}

/** Something to tell everyone (a published good deed, a decision), through the announcement outbox. */
export interface Announcement {
  kind: "good-deed" | "decision";
  reply: Reply;
}
export type Announcer = (announcement: Announcement) => Promise<void>;

export type NominationService = ReturnType<typeof createNominationService>;

export function createNominationService(deps: {
  repo: NominationRepo;
  catalog: AwardCatalog;
  campaigns: CampaignService;
  directory: DirectoryService;
  audit: AuditLog;
  clock: Clock;
  uow: UnitOfWork;
  notifier: Notifier;
  /** Tells everyone (decisions, published good deeds). */
  announcer: Announcer;
  timezone: string;
}) {
  const { repo, catalog, campaigns, directory, audit, clock, uow, notifier, announcer, timezone } = deps;

  function get(id: number): Nomination {
    const nomination = repo.get(id);
    if (!nomination) throw new DomainError("not-found");
    return nomination;
  }

  function award(code: string): Award {
    const found = catalog.get(code);
    if (!found) throw new DomainError("award-unknown", { award: code });
    return found;
  }

  function nomineeName(n: Pick<Nomination, "nominee" | "personId" | "unitId">): string {
    return n.nominee === "person" && n.personId !== null
      ? directory.getPerson(n.personId).fullName
      : (directory.unit(n.unitId)?.name ?? String(n.unitId));
  }

  /** Unit heads propose for their own unit and its people; the secretary for anyone. */
  function assertMayPropose(actor: Person, unitId: number): void {
    if (hasRole(actor, "secretary")) return;
    if (hasRole(actor, "unit_head") && actor.unitId === unitId) return;
    throw new DomainError("not-allowed");
  }

  function yearOf(campaignId: number | null): number {
    if (campaignId !== null) return Number(campaigns.get(campaignId).endsOn.slice(0, 4));
    return DateTime.fromJSDate(clock.now(), { zone: timezone }).year;
  }

  /**
   * Prerequisites. A same-year prerequisite (CSTĐCS needs LĐTT the same year) is met by a decided award OR a
   * live nomination for it in the same year: the year-end batch proposes both together and the council votes
   * on both; if the LĐTT is later rejected, the secretary sees it in the list before recording a decision.
   * An earlier-years prerequisite (CSTĐ tỉnh needs CSTĐCS three years running) needs decided awards.
   */
  function checkPrerequisites(target: Award, nominee: { kind: NomineeKind; id: number }, year: number): void {
    for (const pre of target.prerequisites) {
      const years = pre.sameYear ? [year] : Array.from({ length: pre.years }, (_, i) => year - 1 - i);
      const met = years.every((y) => repo.live(pre.award, y, nominee).some((n) => (pre.sameYear ? true : n.status === "decided")));
      if (!met) {
        throw new DomainError("nomination-prerequisite", {
          award: target.name,
          required: { vi: pre.vi, en: pre.en },
          basis: pre.basis,
          year: String(year),
        });
      }
    }
  }

  /**
   * Quota, counted across the whole agency for the year (the demo agency's units are too small for a
   * per-unit share to allow anyone): live nominations for the award, this one included, must not exceed
   * floor(maxShare × live-or-decided holders of `ofAward`). "Không quá 15%" is read as rounding down.
   */
  function checkQuota(target: Award, year: number): void {
    const quota = target.quota;
    if (!quota?.ofAward) return;
    const base = repo.live(quota.ofAward, year).length;
    const max = Math.floor(quota.maxShare * base + 1e-9);
    const count = repo.live(target.code, year).length + 1;
    if (count > max) {
      throw new DomainError("nomination-quota", {
        award: target.name,
        rule: { vi: quota.vi, en: quota.en },
        basis: quota.basis,
        max,
        base,
        count,
      });
    }
  }

  async function tell(personIds: number[], reply: Reply): Promise<void> {
    await Promise.all([...new Set(personIds)].map((id) => notifier.notify(id, reply)));
  }

  /** The people a nomination's news goes to: the person, or the unit's heads; and the proposer. */
  function concerned(n: Nomination): number[] {
    const nominees = n.nominee === "person" && n.personId !== null ? [n.personId] : directory.unitHeads(n.unitId).map((p) => p.id);
    return [...nominees, n.proposedBy];
  }

  return {
    get,
    nomineeName,
    evidence: (id: number) => repo.evidence(id),

    /** May this person propose someone of this unit (or the unit)? Asked by the form as the nominee is chosen. */
    mayPropose(actor: Person | null, unitId: number): boolean {
      return actor !== null && (hasRole(actor, "secretary") || (hasRole(actor, "unit_head") && actor.unitId === unitId));
    },

    /** Awards a proposer may choose for this kind of nominee. */
    awardsFor(nominee: NomineeKind): Award[] {
      return catalog.all().filter((a) => a.subject === (nominee === "person" ? "individual" : "collective"));
    },

    async propose(actor: Person | null, input: NominationInput): Promise<Nomination> {
      const proposer = requireRole(actor, ...PROPOSERS);
      const target = award(input.awardCode);
      if (target.subject !== (input.nominee === "person" ? "individual" : "collective")) {
        throw new DomainError("award-wrong-subject", { award: target.name });
      }
      const unitId = input.nominee === "person" ? directory.getPerson(input.nomineeId).unitId : input.nomineeId;
      if (input.nominee === "unit" && !directory.unit(unitId)) throw new DomainError("unit-not-found", { query: String(unitId) });
      assertMayPropose(proposer, unitId);
      const achievements = normalizeText(input.achievements);
      if (achievements === "" || achievements.length > MAX_ACHIEVEMENTS_LENGTH) {
        throw new DomainError("invalid-input", { field: { key: "nomination-field-achievements" }, max: MAX_ACHIEVEMENTS_LENGTH });
      }
      const campaignId = input.kind === "thematic" || input.kind === "year_end" ? input.campaignId : null;
      const year = yearOf(campaignId);
      const nominee = { kind: input.nominee, id: input.nomineeId };
      const id = uow.transaction(() => {
        const duplicate = repo.live(target.code, year, nominee)[0];
        if (duplicate) throw new DomainError("nomination-duplicate", { id: duplicate.id, award: target.name, year: String(year) });
        checkPrerequisites(target, nominee, year);
        checkQuota(target, year);
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
            status: "proposed",
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
      const secretaries = directory.withRole("secretary").filter((p) => p.id !== proposer.id);
      await tell(
        secretaries.map((p) => p.id),
        say("nomination-notify-proposed", { id, nominee: nomineeName(created), award: target.name, proposer: proposer.fullName }),
      );
      return created;
    },

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

    /** Every nomination of a year, for the system's own documents and reports (no one asks, so no role). */
    ofYear: (year: number): Nomination[] => repo.list({}).filter((n) => n.year === year),

    /** The same nominee's nominations of earlier years (for their achievement report's list of past awards). */
    history: (of: Nomination): Nomination[] =>
      repo
        .list({})
        .filter(
          (n) => n.nominee === of.nominee && n.year < of.year && (of.nominee === "person" ? n.personId === of.personId : n.unitId === of.unitId),
        ),

    /** Lists for the secretary, leaders and council; a unit head alone sees their unit's. */
    list(actor: Person | null, filter: NominationFilter = {}): Nomination[] {
      const person = requireRole(actor, ...NOMINATION_READERS);
      const wide = hasRole(person, "secretary", "leader", "council", "admin");
      return repo.list(wide ? filter : { ...filter, unitId: person.unitId });
    },

    /** Records the decision (số, ngày, người ký) for approved nominations and tells those concerned. */
    async decide(actor: Person | null, nominationIds: number[], input: DecisionInput): Promise<Nomination[]> {
      const secretary = requireRole(actor, "secretary");
      const number = normalizeText(input.number);
      const signer = normalizeText(input.signer);
      if (!number) throw new DomainError("invalid-input", { field: { key: "decision-field-number" }, max: 100 });
      if (!signer) throw new DomainError("invalid-input", { field: { key: "decision-field-signer" }, max: 100 });
      const ids = [...new Set(nominationIds)];
      if (ids.length === 0) throw new DomainError("invalid-input", { field: { key: "decision-field-nominations" }, max: 0 });
      uow.transaction(() => {
        for (const id of ids) {
          const n = get(id);
          if (n.status !== "approved") throw new DomainError("nomination-wrong-status", { id });
          repo.update(id, { status: "decided", decisionNo: number, decisionDate: input.date, decisionSigner: signer }, clock.now());
          audit.record({
            actorPersonId: secretary.id,
            action: "nomination.decided",
            entity: "nomination",
            entityId: id,
            details: { decisionNo: number },
          });
        }
      });
      const decided = ids.map(get);
      // a calendar date, shown as written on the decision (no time of day, no time-zone shift)
      const when = DateTime.fromISO(input.date).toFormat("dd/MM/yyyy");
      for (const n of decided) {
        await tell(
          concerned(n),
          say("decision-notify", { id: n.id, nominee: nomineeName(n), award: award(n.awardCode).name, number, date: when, signer }),
        );
      }
      await announcer({
        kind: "decision",
        reply: {
          blocks: [
            { type: "heading", text: { key: "decision-announce-title", args: { number, date: when, signer } } },
            {
              type: "list",
              items: decided.map((n) => ({ key: "decision-announce-line", args: { nominee: nomineeName(n), award: award(n.awardCode).name } })),
            },
          ],
        },
      });
      return decided;
    },

    /** A reported good deed, with its confidential story: the secretary's to handle, nobody else's. */
    goodDeed(actor: Person | null, id: number): GoodDeed {
      requireRole(actor, "secretary");
      const deed = repo.goodDeed(id);
      if (!deed) throw new DomainError("not-found");
      return deed;
    },

    goodDeeds: (actor: Person | null, status?: GoodDeed["status"]) => {
      requireRole(actor, "secretary");
      return repo.goodDeeds(status);
    },

    /** Any staff member tells of a colleague's good deed; the secretary is asked what to do with it. */
    async reportGoodDeed(actor: Person | null, personId: number, story: string): Promise<GoodDeed> {
      const reporter = requireRole(actor, ...GOOD_DEED_REPORTERS);
      const colleague = directory.getPerson(personId);
      const clean = normalizeText(story);
      if (clean === "" || clean.length > MAX_STORY_LENGTH) {
        throw new DomainError("invalid-input", { field: { key: "gooddeed-field-story" }, max: MAX_STORY_LENGTH });
      }
      const id = uow.transaction(() => {
        const deedId = repo.insertGoodDeed({ reporterId: reporter.id, personId: colleague.id, story: clean }, clock.now());
        audit.record({ actorPersonId: reporter.id, action: "gooddeed.reported", entity: "good_deed", entityId: deedId });
        return deedId;
      });
      const message: Reply = {
        ...say("gooddeed-notify-secretary", { id, person: colleague.fullName, unit: colleague.unitName, reporter: reporter.fullName, story: clean }),
        buttons: [
          [
            button("btn-gooddeed-nominate", GOODDEED_NOTICE.nominate.payload(id), "primary"),
            button("btn-gooddeed-publish", GOODDEED_NOTICE.publish.payload(id)),
          ],
        ],
      };
      await tell(
        directory.withRole("secretary").map((p) => p.id),
        message,
      );
      return repo.goodDeed(id) as GoodDeed;
    },

    /** Publishes a good deed as a commendation story (biểu dương) to everyone. */
    async publishGoodDeed(actor: Person | null, deedId: number): Promise<GoodDeed> {
      const secretary = requireRole(actor, "secretary");
      const deed = repo.goodDeed(deedId);
      if (!deed) throw new DomainError("not-found");
      if (deed.status === "published") throw new DomainError("good-deed-handled", { id: deedId });
      uow.transaction(() => {
        repo.updateGoodDeed(deedId, { status: "published" });
        audit.record({ actorPersonId: secretary.id, action: "gooddeed.published", entity: "good_deed", entityId: deedId });
      });
      const person = directory.getPerson(deed.personId);
      await announcer({
        kind: "good-deed",
        reply: say("gooddeed-announce", { person: person.fullName, unit: person.unitName, story: deed.story }),
      });
      return repo.goodDeed(deedId) as GoodDeed;
    },
  };
}
