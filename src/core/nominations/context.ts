// What every verb on nominations shares: the service's dependencies, reading a nomination and its award, the
// nominee's name, who may propose for a unit, the emulation year and the rules a nomination is judged by, the
// duplicate check, and telling the people concerned.
import { DateTime } from "luxon";
import type { Clock } from "../../kernel/ports";
import type { Reply } from "../../kernel/reply";
import type { Award, AwardCatalog } from "../campaigns/catalog";
import type { CampaignService } from "../campaigns/service";
import { type DirectoryService, hasRole } from "../directory/service";
import type { Person } from "../directory/types";
import { DomainError } from "../errors";
import type { AuditLog, Notifier, UnitOfWork } from "../ports";
import type { Records } from "../records";
import type { RuleBook, YearRules } from "../rules/book";
import { type Candidate, type JudgeDeps, sameAchievement } from "../rules/judge";
import type { Standing } from "../standings/types";
import type { RatingGrade } from "../yearend/types";
import type { NominationRepo } from "./repo";
import type { Nomination } from "./types";

/** Something to tell everyone (a published good deed, a decision), through the announcement outbox. */
export interface Announcement {
  kind: "good-deed" | "decision";
  reply: Reply;
}
export type Announcer = (announcement: Announcement) => Promise<void>;

export interface NominationDeps {
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
  /** The record of achievements: decisions enter it, and the look-back rules read it. */
  records: Pick<Records, "recordDecision" | "held">;
}

export type NominationContext = ReturnType<typeof createNominationContext>;

export function createNominationContext(deps: NominationDeps) {
  const { repo, catalog, campaigns, directory, clock, notifier, timezone, book } = deps;
  const judgeDeps: JudgeDeps = {
    live: (code, year, nominee) => repo.live(code, year, nominee),
    awards: () => catalog.all(),
    standings: deps.standings,
    unitStandings: deps.unitStandings,
    rating: deps.rating ?? (() => null),
    held: (holder, code, years) => deps.records.held(holder, code, years),
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
   * The rules a nomination is judged by: a year-end one by its emulation year's; a thematic one by those in
   * force when its campaign ends; an ad-hoc one (or a good deed) by those of the day it was proposed, so a
   * vote held after a new decree came into force still follows the rules it was proposed under.
   */
  function rulesFor(n: Pick<Nomination, "kind" | "campaignId" | "year"> & { createdAt?: Date }): YearRules {
    if (n.kind === "year_end") return book.forYear(n.year);
    if (n.campaignId !== null) return book.onDate(campaigns.get(n.campaignId).endsOn);
    return book.onDate(today(n.createdAt));
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

  async function tell(personIds: number[], reply: Reply): Promise<void> {
    await Promise.all([...new Set(personIds)].map((id) => notifier.notify(id, reply)));
  }

  /** The people a nomination's news goes to: the person, or the unit's heads; and the proposer. */
  function concerned(n: Nomination): number[] {
    const nominees = n.nominee === "person" && n.personId !== null ? [n.personId] : directory.unitHeads(n.unitId).map((p) => p.id);
    return [...nominees, n.proposedBy];
  }

  return {
    deps,
    judgeDeps,
    get,
    award,
    nomineeName,
    assertMayPropose,
    today,
    yearOf,
    rulesFor,
    candidate,
    checkDuplicate,
    isDecidable,
    tell,
    concerned,
  };
}
