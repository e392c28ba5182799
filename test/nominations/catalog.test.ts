// The award catalog, the rule sets by period and the agency's rules: a bad file stops the program, naming the
// line and the problem; a rule marked official or quoted must say where it was read.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CATALOG_DIR, CatalogError, loadAgency, loadCatalog, loadRuleSets } from "../../src/catalog/load";
import { createRuleBook } from "../../src/core/rules/book";

const dir = mkdtempSync(join(tmpdir(), "thidua-catalog-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function withEdit(name: string, edit: (source: string) => string): string {
  const file = join(dir, name.replace("/", "-"));
  writeFileSync(file, edit(readFileSync(join(CATALOG_DIR, name), "utf8")));
  return file;
}

/** A copy of catalog/rulesets with one file edited. */
function ruleSetsWith(fileName: string, edit: (source: string) => string): string {
  const copy = mkdtempSync(join(dir, "rulesets-"));
  cpSync(join(CATALOG_DIR, "rulesets"), copy, { recursive: true });
  const file = join(copy, fileName);
  writeFileSync(file, edit(readFileSync(file, "utf8")));
  return copy;
}

const ND98 = "2024-luat-06-2022-nd-98-2023.json";

describe("award catalog and rule sets", () => {
  it("loads the shipped files: three periods, each covering every award", () => {
    const catalog = loadCatalog();
    const sets = loadRuleSets(catalog);
    expect(sets.map((s) => [s.from, s.until])).toEqual([
      [null, "2023-12-31"],
      ["2024-01-01", "2025-06-30"],
      ["2025-07-01", null],
    ]);
    expect(loadAgency(catalog).quotas).toEqual([]);
  });

  it("names the line of a bad value", () => {
    const file = withEdit("awards.json", (s) => s.replace('"pledgeable": true', '"pledgeable": "yes"'));
    const expectedLine =
      readFileSync(file, "utf8")
        .split("\n")
        .findIndex((l) => l.includes('"pledgeable": "yes"')) + 1;
    expect(() => loadCatalog(file)).toThrow(CatalogError);
    expect(() => loadCatalog(file)).toThrow(new RegExp(`line ${expectedLine} \\(awards\\.0\\.pledgeable\\)`));
  });

  it("refuses a rule marked quoted without the place it was read", () => {
    const copy = ruleSetsWith(ND98, (s) => s.replace(/"status": "quoted",\n(\s*)"source": "[^"]*"/, '"status": "quoted",\n$1"source": ""'));
    expect(() => loadRuleSets(loadCatalog(), copy)).toThrow(/a rule marked quoted must say where it was read/);
  });

  it("refuses a rule set that leaves an award out or refers to an unknown one", () => {
    const missing = ruleSetsWith(ND98, (s) => s.replace('"GK_GD_TT":', '"GK_XX":'));
    expect(() => loadRuleSets(loadCatalog(), missing)).toThrow(/has no rules for award GK_GD_TT/);
    const unknown = ruleSetsWith(ND98, (s) => s.replace('"award": "CSTDCS"', '"award": "CSTDXX"'));
    expect(() => loadRuleSets(loadCatalog(), unknown)).toThrow(/refers to unknown award CSTDXX/);
  });

  it("refuses an agency file naming an unknown award, and reports broken JSON", () => {
    const agency = withEdit("agency.json", (s) =>
      s.replace(
        '"quotas": []',
        '"quotas": [{ "text": { "vi": "x", "en": "x" }, "isDefault": false, "award": "CSTDXX", "maxShare": 0.1, "ofAward": "LDTT", "fromYear": 2024, "untilYear": null }]',
      ),
    );
    expect(() => loadAgency(loadCatalog(), agency)).toThrow(/names unknown awards: CSTDXX/);
    const broken = withEdit("awards.json", (s) => s.replace('"version": 2,', '"version": 2'));
    expect(() => loadCatalog(broken)).toThrow(/not valid JSON/);
  });
});

describe("the rulebook", () => {
  const catalog = loadCatalog();

  it("takes an operator's new rule set for the years it covers, and ignores it when switched off", () => {
    const copy = ruleSetsWith("2025-luat-06-2022-nd-152-2025.json", (s) => s);
    const next = JSON.parse(readFileSync(join(copy, "2025-luat-06-2022-nd-152-2025.json"), "utf8"));
    next.id = "luat-06-2026";
    next.from = "2026-10-01";
    next.awards.CSTDCS.quota = {
      text: { vi: "Hạn mức thử", en: "Trial quota" },
      basis: { article: "Luật 06/2026/QH16 (chưa đọc)", status: "lead" },
      maxShare: 0.3,
      ofAward: "LDTT",
    };
    writeFileSync(join(copy, "2026-luat-06-2026.json"), JSON.stringify(next));
    const book = createRuleBook(loadRuleSets(catalog, copy), loadAgency(catalog));
    expect(book.forYear(2025).set.id).toBe("luat-06-2022-nd-152-2025");
    expect(book.forYear(2026).set.id).toBe("luat-06-2026");
    expect(
      book
        .forYear(2026)
        .quotas("CSTDCS")
        .map((q) => q.maxShare),
    ).toEqual([0.3]);
    writeFileSync(join(copy, "2026-luat-06-2026.json"), JSON.stringify({ ...next, active: false }));
    expect(createRuleBook(loadRuleSets(catalog, copy), loadAgency(catalog)).forYear(2026).set.id).toBe("luat-06-2022-nd-152-2025");
  });

  it("says so when no rule set covers a year, instead of guessing", () => {
    const copy = ruleSetsWith("2023-luat-2013-nd-91-2017.json", (s) => s.replace('"from": null', '"from": "2017-10-01"'));
    const book = createRuleBook(loadRuleSets(catalog, copy), loadAgency(catalog));
    expect(() => book.forYear(2016)).toThrow(expect.objectContaining({ code: "no-rule-set", args: { date: "31/12/2016" } }));
  });

  it("lets the agency be stricter than the law's threshold, never laxer", () => {
    const agency = loadAgency(catalog);
    const vote = (threshold: number) =>
      createRuleBook(loadRuleSets(catalog), {
        ...agency,
        council: {
          ...agency.council,
          awardVotes: { CSTDCS: { ...agency.council.defaultVote, threshold, of: "members", strict: false, isDefault: false } },
        },
      })
        .forYear(2024)
        .vote("CSTDCS");
    expect(vote(0.7)).toMatchObject({ threshold: 0.8, basis: { status: "quoted", article: "Nghị định 98/2023/NĐ-CP, khoản 7 Điều 30" } });
    expect(vote(0.9)).toMatchObject({ threshold: 0.9, basis: { status: "agency" } });
  });
});
