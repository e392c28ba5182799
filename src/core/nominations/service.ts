// Nominations (đề nghị khen thưởng) and good deeds (người tốt, việc tốt): proposing, judging them by the rules
// of their emulation year (src/core/rules), withdrawing, recording decisions, listing.
// Over 300 lines: the nomination lifecycle (propose, withdraw, decide, good deeds) shares the rule-book judging of
// candidates; annulment is already apart (annul.ts). Next split: good deeds and decisions into files of their own.
import { DateTime } from "luxon";
import type { Award, AwardCatalog } from "../campaigns/catalog";
import type { CampaignService } from "../campaigns/service";
import { type DirectoryService, hasRole, requireRole } from "../directory/service";
import type { Person } from "../directory/types";
import { DomainError } from "../errors";
import type { FileRef } from "../files";
import { GOODDEED_NOTICE } from "../notice-actions";
import type { AuditLog, Clock, Notifier, UnitOfWork } from "../ports";
import { button, type Reply, say, type Text } from "../reply";
import { GOOD_DEED_REPORTERS, NOMINATION_READERS, PROPOSERS } from "../roles";
import type { RuleBook, YearRules } from "../rules/book";
import { basisText, type Candidate, type JudgeDeps, judge, judgeDecision, sameAchievement } from "../rules/judge";
import type { Standing } from "../standings/types";
import { normalizeText } from "../text";
import type { RatingGrade } from "../yearend/types";
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
  /** "unit_review": a candidate for the unit's own review first; the secretary hears of it only once it passes. */
  stage?: "unit_review";
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
  book: RuleBook;
  standings: (personId: number) => Standing[];
  unitStandings: (unitId: number) => Standing[];
  /** The annual quality rating (/rate); without one for the person and year, rating criteria are not checked. */
  rating?: (personId: number, year: number) => RatingGrade | null;
}) {
  const { repo, catalog, campaigns, directory, audit, clock, uow, notifier, announcer, timezone, book } = deps;
  const judgeDeps: JudgeDeps = {
    live: (code, year, nominee) => repo.live(code, year, nominee),
    awards: () => catalog.all(),
    standings: deps.standings,
    unitStandings: deps.unitStandings,
    rating: deps.rating ?? (() => null),
    unitMembers: (unitId) => directory.activeMembers(unitId).map((p) => p.id),
  };

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

  /** Nobody proposes themselves: a unit head's or the secretary's own title is proposed by someone else. */
  function assertNotSelf(actor: Person, input: Pick<NominationInput, "nominee" | "nomineeId">): void {
    if (input.nominee === "person" && input.nomineeId === actor.id) throw new DomainError("nomination-self");
  }

  /** Unit heads propose for their own unit and its people; the secretary for anyone. */
  function assertMayPropose(actor: Person, unitId: number): void {
    if (hasRole(actor, "secretary")) return;
    if (hasRole(actor, "unit_head") && actor.unitId === unitId) return;
    throw new DomainError("not-allowed");
  }

  /** The local calendar day of a moment (now by default). */
  function today(at: Date = clock.now()): string {
    return DateTime.fromJSDate(at, { zone: timezone }).toISODate() as string;
  }

  function yearOf(campaignId: number | null): number {
    if (campaignId !== null) return Number(campaigns.get(campaignId).endsOn.slice(0, 4));
    return Number(today().slice(0, 4));
  }

  /**
   * The rules a nomination is judged by. The bot's choice (agency.json ruleSetChoice, not law): a year-end one by
   * its emulation year's (the set in force on 31/12), a thematic one by those in force when its campaign ends; or,
   * if the agency chose "received", both by those in force on the day the dossier was filed in the bot, as
   * transitional articles read. An ad-hoc one (or a good deed) always by those of the day it was proposed, so a
   * vote held after a new decree came into force still follows the rules it was proposed under.
   */
  function rulesFor(n: Pick<Nomination, "kind" | "campaignId" | "year"> & { createdAt?: Date }): YearRules {
    const filed = today(n.createdAt);
    if (n.kind === "year_end") return book.byReceipt() ? book.forYearAsOf(n.year, filed) : book.forYear(n.year);
    if (n.campaignId !== null) return book.byReceipt() ? book.forYearAsOf(n.year, filed) : book.onDate(campaigns.get(n.campaignId).endsOn);
    return book.onDate(filed);
  }

  function candidate(
    n: Pick<Nomination, "awardCode" | "kind" | "year" | "nominee" | "personId" | "unitId" | "campaignId" | "goodDeedId" | "achievements">,
  ): Candidate {
    return {
      award: award(n.awardCode),
      kind: n.kind,
      year: n.year,
      nominee: n.nominee === "person" ? { kind: "person", id: n.personId as number } : { kind: "unit", id: n.unitId },
      campaignId: n.campaignId,
      goodDeedId: n.goodDeedId,
      achievements: n.achievements,
    };
  }

  /** A title once a year per nominee; a form once per achievement (two ad-hoc achievements may each have one). */
  function checkDuplicate(c: Candidate): void {
    const live = repo.live(c.award.code, c.year, c.nominee);
    const duplicate = c.award.kind === "title" ? live[0] : live.find((n) => sameAchievement(c, n));
    if (duplicate) throw new DomainError("nomination-duplicate", { id: duplicate.id, award: c.award.name, year: String(c.year) });
  }

  /** Approved by the council, or proposed for something the law and the agency let the Sở decide without a vote. */
  function isDecidable(n: Nomination): boolean {
    return n.status === "approved" || (n.status === "proposed" && !rulesFor(n).vote(n.awardCode).required);
  }

  /**
   * A person proposed for a title whose criteria read the annual rating (LĐTT, CSTĐCS) with no rating recorded for
   * the year: the proposal stands, since the rating may still come, but the rating is due before the year-end review
   * (catalog/ratings.json), so the proposer, the unit's heads and the secretary are warned; /yearprogress lists them.
   */
  function unratedWarning(n: Nomination): Text | null {
    if (n.nominee !== "person" || n.personId === null || n.kind !== "year_end") return null;
    if ((deps.rating ?? (() => null))(n.personId, n.year) !== null) return null;
    const criterion = rulesFor(n)
      .award(n.awardCode)
      .criteria.find((c) => c.rating);
    if (!criterion) return null;
    return {
      key: "nomination-unrated-warning",
      args: {
        id: n.id,
        nominee: nomineeName(n),
        award: award(n.awardCode).name,
        year: String(n.year),
        rule: criterion.text,
        basis: basisText(criterion.basis),
      },
    };
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
    rulesFor,
    concerned,
    tell,
    awardName: (code: string) => award(code).name,

    /** What the secretary may record a decision for now. */
    decidable(actor: Person | null): Nomination[] {
      requireRole(actor, "secretary");
      return repo.list({}).filter(isDecidable);
    },

    /** Approved nominations for titles and forms the Sở does not grant: to be proposed to the province. */
    upward(actor: Person | null): Nomination[] {
      requireRole(actor, "secretary", "leader");
      return repo.list({ status: "approved" }).filter((n) => !rulesFor(n).grantsItself(n.awardCode));
    },
    evidence: (id: number) => repo.evidence(id),

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

    /** Every nomination of a campaign, for the system's own roll-up (no one asks, so no role). */
    ofCampaign: (campaignId: number): Nomination[] => repo.list({ campaignId }),

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
          if (!isDecidable(n)) throw new DomainError("nomination-wrong-status", { id });
          // no award while under review either (Điều 4), even for a nomination proposed before the review began
          judgeDecision(candidate(n), rulesFor(n), book.onDate(today()), today(), judgeDeps);
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
