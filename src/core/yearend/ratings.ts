// The annual quality rating (xếp loại chất lượng) of each person, recorded in chat or imported by an operator from
// the agency's own records (CSV/XLSX, all or nothing, problems by line). The bot records a rating the competent rater
// decided (catalog/ratings.json names who that is, by staff category and year); it never lets anyone record their
// own, and a unit head's is recorded by the leadership, since the Director rates unit heads. Eligibility for titles
// reads the rating through the year's rule set (LĐTT: "hoàn thành tốt nhiệm vụ trở lên"; CSTĐCS: "hoàn thành xuất
// sắc nhiệm vụ" or an initiative).

import type { Clock } from "../../kernel/ports";
import { foldText } from "../../kernel/text";
import { type DirectoryService, hasRole, requireRole } from "../directory/service";
import type { Person } from "../directory/types";
import { DomainError } from "../errors";
import type { AuditLog, UnitOfWork } from "../ports";
import { capExceeded, type RatingRule, type RatingRuleBook } from "./rating-rules";
import { type QualityRating, RATING_GRADES, type RatingGrade, STAFF_CATEGORIES, type StaffCategory, type YearEndRepo } from "./types";

/** How a grade may be typed in a file: its code, or the Vietnamese words with or without diacritics. */
const GRADE_WORDS: Record<string, RatingGrade> = {
  "hoan thanh xuat sac nhiem vu": "excellent",
  "hoan thanh xuat sac": "excellent",
  htxsnv: "excellent",
  "hoan thanh tot nhiem vu": "good",
  "hoan thanh tot": "good",
  httnv: "good",
  "hoan thanh nhiem vu": "completed",
  "hoan thanh": "completed",
  htnv: "completed",
  "khong hoan thanh nhiem vu": "not_completed",
  "khong hoan thanh": "not_completed",
  khtnv: "not_completed",
};

export function parseGrade(raw: string): RatingGrade | null {
  const folded = foldText(raw).replace(/[_-]/g, " ").trim();
  if ((RATING_GRADES as readonly string[]).includes(folded.replace(/ /g, "_"))) return folded.replace(/ /g, "_") as RatingGrade;
  return GRADE_WORDS[folded] ?? null;
}

/** How a staff category may be typed in a file: its code, or the Vietnamese words with or without diacritics. */
const CATEGORY_WORDS: Record<string, StaffCategory> = {
  "cong chuc": "civil_servant",
  "vien chuc": "public_employee",
  "hop dong": "contract",
  "lao dong hop dong": "contract",
  "nguoi lao dong": "contract",
};

export function parseCategory(raw: string): StaffCategory | null {
  const folded = foldText(raw).replace(/[_-]/g, " ").trim();
  const code = folded.replace(/ /g, "_");
  if ((STAFF_CATEGORIES as readonly string[]).includes(code)) return code as StaffCategory;
  return CATEGORY_WORDS[folded] ?? null;
}

/** One row of a ratings file, already matched to a person. */
export interface RatingEntry {
  line: number;
  personId: number;
  year: number;
  grade: RatingGrade;
  category: StaffCategory | null;
}

/** A group whose "excellent" ratings are over the cap of its decree. */
export interface CapBreach {
  rule: RatingRule;
  /** The unit counted, where the cap is counted per unit; null across the agency. */
  unitId: number | null;
  excellent: number;
  good: number;
  max: number;
}

export type RatingService = ReturnType<typeof createRatingService>;

export function createRatingService(deps: {
  repo: YearEndRepo;
  directory: DirectoryService;
  audit: AuditLog;
  clock: Clock;
  uow: UnitOfWork;
  ratingRules: RatingRuleBook;
}) {
  const { repo, directory, audit, clock, uow } = deps;

  /**
   * Who may record whose rating in chat: never one's own; a unit head, the members of their unit who are neither
   * unit heads nor leaders; a leader, anyone but the leadership, whose ratings come from above (imported by file).
   */
  function assertMayRecord(recorder: Person, person: Person): void {
    if (person.id === recorder.id) throw new DomainError("rating-own", { name: person.fullName });
    if (hasRole(person, "leader")) throw new DomainError("rating-leader-upstream", { name: person.fullName });
    if (hasRole(recorder, "leader")) return;
    if (person.unitId !== recorder.unitId) throw new DomainError("rating-outside-unit", { name: person.fullName });
    if (hasRole(person, "unit_head")) throw new DomainError("rating-head-by-leader", { name: person.fullName });
  }

  /** Groups of a year's ratings over their decree's cap on "excellent" (a warning: the rater decides, the bot records). */
  function capBreaches(year: number): CapBreach[] {
    const ratings = repo.ratingsOf(year);
    const unitOf = new Map<number, number>();
    for (const [unitId, people] of directory.activeByUnit()) for (const p of people) unitOf.set(p.id, unitId);
    const groups = new Map<string, { rule: RatingRule; unitId: number | null; excellent: number; good: number }>();
    for (const r of ratings) {
      const rule = r.staffCategory ? deps.ratingRules.for(r.staffCategory, year) : null;
      if (!rule?.excellentCap || (r.grade !== "excellent" && r.grade !== "good")) continue;
      const unitId = rule.excellentCap.scope === "unit" ? (unitOf.get(r.personId) ?? null) : null;
      const key = `${rule.id}:${unitId ?? "all"}`;
      const group = groups.get(key) ?? { rule, unitId, excellent: 0, good: 0 };
      group[r.grade]++;
      groups.set(key, group);
    }
    return [...groups.values()].flatMap((g) => {
      const cap = capExceeded(g.excellent, g.good, g.rule.excellentCap?.maxShareOfGood ?? 1);
      return cap.exceeded ? [{ ...g, max: cap.max }] : [];
    });
  }

  return {
    /** Records the rating the competent rater decided; refused for one's own and for those rated elsewhere. */
    rate(actor: Person | null, personId: number, year: number, grade: RatingGrade, category: StaffCategory | null = null): QualityRating {
      const recorder = requireRole(actor, "unit_head", "leader");
      const person = directory.getPerson(personId);
      assertMayRecord(recorder, person);
      const rating: QualityRating = { personId, year, grade, ratedBy: recorder.id, source: "chat", updatedAt: clock.now(), staffCategory: category };
      uow.transaction(() => {
        const change = repo.saveRating(rating);
        if (change !== "unchanged")
          audit.record({
            actorPersonId: recorder.id,
            action: "rating.set",
            entity: "person",
            entityId: personId,
            details: { year, grade, category },
          });
      });
      return rating;
    },

    /** The person's rating for a year, if one was recorded. */
    gradeOf: (personId: number, year: number): RatingGrade | null => repo.rating(personId, year)?.grade ?? null,

    ratingsOf: (year: number) => repo.ratingsOf(year),

    /** The staff category last recorded for the person, offered first next time. */
    categoryOf: (personId: number) => repo.categoryOf(personId),

    /** The rule that rates this category in this year (catalog/ratings.json). */
    ruleFor: (category: StaffCategory, year: number) => deps.ratingRules.for(category, year),
    rulesOfYear: (year: number) => deps.ratingRules.ofYear(year),

    capBreaches,

    /**
     * The people this person may record ratings for: a unit head, their unit's members who are not unit heads or
     * leaders; a leader, the unit heads (rated by the Director), and, if also a unit head, their own unit's members.
     */
    ratable(actor: Person | null): Person[] {
      const recorder = requireRole(actor, "unit_head", "leader");
      const own = hasRole(recorder, "unit_head") ? directory.activeMembers(recorder.unitId) : [];
      const heads = hasRole(recorder, "leader") ? directory.withRole("unit_head").filter((p) => p.status === "active") : [];
      const seen = new Set<number>();
      return [...heads, ...own].filter((p) => {
        if (seen.has(p.id)) return false;
        seen.add(p.id);
        try {
          assertMayRecord(recorder, p);
          return true;
        } catch {
          return false;
        }
      });
    },

    /** Saves every entry of a checked file in one transaction (the operator's CLI; no chat role involved). */
    importRatings(entries: RatingEntry[]): { created: number; updated: number; unchanged: number } {
      const counts = { created: 0, updated: 0, unchanged: 0 };
      uow.transaction(() => {
        for (const entry of entries) {
          const change = repo.saveRating({
            personId: entry.personId,
            year: entry.year,
            grade: entry.grade,
            ratedBy: null,
            source: "import",
            updatedAt: clock.now(),
            // a file without the column keeps what chat recorded
            staffCategory: entry.category ?? repo.rating(entry.personId, entry.year)?.staffCategory ?? null,
          });
          counts[change]++;
        }
        audit.record({ actorLabel: "operator", action: "rating.import", entity: "ratings", details: { ...counts } });
      });
      return counts;
    },

    /** May this person see the ratings of this unit? Its head, the secretary and leaders. */
    maySee: (actor: Person | null, unitId: number) =>
      hasRole(actor, "secretary", "leader") || (hasRole(actor, "unit_head") && actor?.unitId === unitId),
  };
}
