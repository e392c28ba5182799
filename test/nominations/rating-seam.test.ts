// The seam for the annual quality rating (issue 17): criteria that read a grade are checked only once a rating
// exists, and a grade that is one alternative among several (CSTĐCS: excellent OR an initiative) refuses nobody.
import { describe, expect, it } from "vitest";
import { loadAgency, loadCatalog, loadRuleSets } from "../../src/catalog/load";
import type { DomainError } from "../../src/core/errors";
import { createRuleBook } from "../../src/core/rules/book";
import { type Candidate, type JudgeDeps, judge } from "../../src/core/rules/judge";
import type { RatingGrade } from "../../src/core/yearend/types";

const catalog = loadCatalog();
const book = createRuleBook(loadRuleSets(catalog), loadAgency(catalog));
const award = (code: string) => catalog.awards.find((a) => a.code === code) as Candidate["award"];

function outcome(code: string, rating: RatingGrade | null): DomainError | null {
  const deps: JudgeDeps = {
    // an LĐTT nomination exists for the same year, so the same-year rule is met
    live: (awardCode, _year, nominee) => (awardCode === "LDTT" && nominee ? [{ id: 1, status: "proposed" } as never] : []),
    awards: () => catalog.awards,
    standings: () => [],
    unitStandings: () => [],
    rating: () => rating,
    unitMembers: () => [],
    held: () => [],
  };
  const candidate: Candidate = {
    award: award(code),
    kind: "year_end",
    year: 2026,
    nominee: { kind: "person", id: 7 },
    campaignId: 1,
    goodDeedId: null,
    achievements: "x",
  };
  try {
    judge(candidate, book.forYear(2026), book.onDate("2027-01-05"), "2027-01-05", deps);
    return null;
  } catch (error) {
    return error as DomainError;
  }
}

describe("rating criteria", () => {
  it("checks nothing while no rating is recorded", () => {
    expect(outcome("LDTT", null)).toBeNull();
  });

  it("refuses LĐTT below 'hoàn thành tốt nhiệm vụ', citing Điều 24 of law 06/2022", () => {
    const refusal = outcome("LDTT", "completed");
    expect(refusal?.code).toBe("nomination-refused");
    expect(JSON.stringify(refusal?.args)).toContain("điểm a khoản 1 Điều 24");
    expect(outcome("LDTT", "good")).toBeNull();
  });

  it("does not refuse CSTĐCS for lacking 'xuất sắc' alone: an initiative or an accepted topic also qualifies", () => {
    expect(outcome("CSTDCS", "good")).toBeNull();
    expect(outcome("CSTDCS", "completed")?.code).toBe("nomination-refused");
  });
});
