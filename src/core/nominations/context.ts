// What every verb on nominations shares: the service's dependencies, reading a nomination and its award, the
// nominee's name, who may propose for a unit, the emulation year and the rules a nomination is judged by, the
// duplicate check, and telling the people concerned.
import { DateTime } from "luxon";
import type { Clock } from "../../kernel/ports";
import type { Reply, Text } from "../../kernel/reply";
import type { Award, AwardCatalog } from "../campaigns/catalog";
import type { CampaignService } from "../campaigns/service";
import { type DirectoryService, hasRole } from "../directory/service";
import type { Person } from "../directory/types";
import { DomainError } from "../errors";
import type { AuditLog, Notifier, UnitOfWork } from "../ports";
import type { Records } from "../records";
import type { RuleBook, YearRules } from "../rules/book";
import { basisText, type Candidate, type JudgeDeps, sameAchievement } from "../rules/judge";
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
  function assertNotSelf(actor: Person, input: { nominee: Nomination["nominee"]; nomineeId: number }): void {
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
    deps,
    judgeDeps,
    get,
    award,
    nomineeName,
    assertNotSelf,
    assertMayPropose,
    today,
    yearOf,
    rulesFor,
    candidate,
    checkDuplicate,
    isDecidable,
    unratedWarning,
    tell,
    concerned,
  };
}
