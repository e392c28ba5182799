// The annual quality rating (xếp loại chất lượng) of each person, recorded by their unit head in chat or imported
// by an operator from the agency's own records (CSV/XLSX, all or nothing, problems by line). Eligibility for
// titles reads it through the year's rule set (LĐTT: "hoàn thành tốt nhiệm vụ trở lên"; CSTĐCS: "hoàn thành xuất
// sắc nhiệm vụ" or an initiative).

import type { Clock } from "../../kernel/ports";
import { foldText } from "../../kernel/text";
import { type DirectoryService, hasRole, requireRole } from "../directory/service";
import type { Person } from "../directory/types";
import { DomainError } from "../errors";
import type { AuditLog, UnitOfWork } from "../ports";
import { type QualityRating, RATING_GRADES, type RatingGrade, type YearEndRepo } from "./types";

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

/** One row of a ratings file, already matched to a person. */
export interface RatingEntry {
  line: number;
  personId: number;
  year: number;
  grade: RatingGrade;
}

export type RatingService = ReturnType<typeof createRatingService>;

export function createRatingService(deps: { repo: YearEndRepo; directory: DirectoryService; audit: AuditLog; clock: Clock; uow: UnitOfWork }) {
  const { repo, directory, audit, clock, uow } = deps;

  return {
    /** A unit head rates a member of their own unit; anyone else is refused. */
    rate(actor: Person | null, personId: number, year: number, grade: RatingGrade): QualityRating {
      const head = requireRole(actor, "unit_head");
      const person = directory.getPerson(personId);
      if (person.unitId !== head.unitId) throw new DomainError("rating-outside-unit", { name: person.fullName });
      const rating: QualityRating = { personId, year, grade, ratedBy: head.id, source: "chat", updatedAt: clock.now() };
      uow.transaction(() => {
        const change = repo.saveRating(rating);
        if (change !== "unchanged")
          audit.record({ actorPersonId: head.id, action: "rating.set", entity: "person", entityId: personId, details: { year, grade } });
      });
      return rating;
    },

    /** The person's rating for a year, if one was recorded. */
    gradeOf: (personId: number, year: number): RatingGrade | null => repo.rating(personId, year)?.grade ?? null,

    ratingsOf: (year: number) => repo.ratingsOf(year),

    /** The members a unit head may rate: their unit's active people. */
    ratable(actor: Person | null): Person[] {
      const head = requireRole(actor, "unit_head");
      return directory.activeMembers(head.unitId);
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
