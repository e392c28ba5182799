// catalog/SOURCES.md lists every rule the rule sets hold, with its article and status, so an agency can check
// each one; a rule added to a set without a line there fails here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOG_DIR, loadCatalog, loadRatingRules, loadRuleSets } from "../../src/catalog/load";
import type { Basis } from "../../src/core/rules/schema";

const sources = readFileSync(join(CATALOG_DIR, "SOURCES.md"), "utf8");

function bases(value: unknown): Basis[] {
  if (Array.isArray(value)) return value.flatMap(bases);
  if (!value || typeof value !== "object") return [];
  const record = value as Record<string, unknown>;
  const own = record.basis ? [record.basis as Basis] : [];
  return [...own, ...Object.entries(record).flatMap(([key, v]) => (key === "basis" ? [] : bases(v)))];
}

describe("catalog/SOURCES.md", () => {
  const sets = loadRuleSets(loadCatalog());

  it("lists every rule's article with its status", () => {
    for (const set of sets) {
      for (const basis of bases(set)) {
        const rows = sources.split("\n").filter((line) => line.includes(`| ${basis.article} |`));
        expect(rows.length, `${set.id}: ${basis.article}`).toBeGreaterThan(0);
        expect(
          rows.some((row) => row.includes(`\`${basis.status}\``)),
          `${set.id}: ${basis.article} as ${basis.status}`,
        ).toBe(true);
      }
    }
  });

  it("lists every rating rule's article with its status (catalog/ratings.json)", () => {
    for (const basis of bases(loadRatingRules())) {
      const rows = sources.split("\n").filter((line) => line.includes(`| ${basis.article} |`));
      expect(
        rows.some((row) => row.includes(`\`${basis.status}\``)),
        `${basis.article} as ${basis.status}`,
      ).toBe(true);
    }
  });

  it("gives a place read for every rule marked official or quoted", () => {
    for (const basis of [...sets.flatMap(bases), ...bases(loadRatingRules())]) {
      if (basis.status === "official" || basis.status === "quoted") expect(basis.source.length, basis.article).toBeGreaterThan(10);
    }
  });
});
