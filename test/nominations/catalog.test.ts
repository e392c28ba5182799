// The award catalog: a bad file stops the program, naming the line and the problem.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CATALOG_DIR, CatalogError, loadCatalog } from "../../src/catalog/load";

const dir = mkdtempSync(join(tmpdir(), "thidua-catalog-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function withEdit(edit: (source: string) => string): string {
  const file = join(dir, "awards.json");
  writeFileSync(file, edit(readFileSync(join(CATALOG_DIR, "awards.json"), "utf8")));
  return file;
}

describe("award catalog", () => {
  it("loads the shipped catalog with the prerequisite, quota and vote rules the nominations use", () => {
    const catalog = loadCatalog();
    const cstdcs = catalog.awards.find((a) => a.code === "CSTDCS");
    expect(cstdcs?.prerequisites).toMatchObject([{ award: "LDTT", sameYear: true }]);
    expect(cstdcs?.quota).toMatchObject({ maxShare: 0.15, ofAward: "LDTT" });
    expect(cstdcs?.vote).toMatchObject({ threshold: 0.7, of: "members" });
    expect(catalog.awards.find((a) => a.code === "CSTDT")?.prerequisites).toMatchObject([{ award: "CSTDCS", years: 3 }]);
  });

  it("names the line of a bad value", () => {
    const file = withEdit((s) => s.replace('"maxShare": 0.15', '"maxShare": 15'));
    const expectedLine =
      readFileSync(file, "utf8")
        .split("\n")
        .findIndex((l) => l.includes('"maxShare": 15')) + 1;
    expect(() => loadCatalog(file)).toThrow(CatalogError);
    expect(() => loadCatalog(file)).toThrow(new RegExp(`line ${expectedLine} \\(awards\\.1\\.quota\\.maxShare\\)`));
  });

  it("refuses a prerequisite on an award that does not exist", () => {
    const file = withEdit((s) => s.replace('{ "award": "LDTT", "sameYear": true', '{ "award": "LDTX", "sameYear": true'));
    expect(() => loadCatalog(file)).toThrow(/refers to unknown award LDTX/);
  });

  it("reports broken JSON", () => {
    const file = withEdit((s) => s.replace('"version": 1,', '"version": 1'));
    expect(() => loadCatalog(file)).toThrow(/not valid JSON/);
  });
});
