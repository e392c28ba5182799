// The award catalog, the rule sets by period and the agency's rules: a bad file stops the program, naming the
// line and the problem; a rule marked official or quoted must say where it was read.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CATALOG_DIR, CatalogError, loadAgency, loadCatalog, loadRuleSets } from "../../src/catalog/load";

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
