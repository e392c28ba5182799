// What the documents cite (catalog/legal-bases.json) is listed for the jurist in catalog/SOURCES.md, entry by entry
// with its status: a text added to the JSON, or a status changed there, must be changed in the list too.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const sources = readFileSync(join(ROOT, "catalog/SOURCES.md"), "utf8");
const bases = JSON.parse(readFileSync(join(ROOT, "catalog/legal-bases.json"), "utf8")) as {
  rulesets: Record<
    string,
    {
      bases: Array<{ text: string; status: string }>;
      money: { cites: string; status: string };
      forms: Record<string, { name: string; status: string }>;
      certified: { codes: string[]; status: string };
    }
  >;
};

/** The section of SOURCES.md for one rule set, up to the next heading. */
function section(id: string): string {
  const start = sources.indexOf(`## Rule set \`${id}\``);
  expect(start, `no section for rule set ${id} in catalog/SOURCES.md`).toBeGreaterThanOrEqual(0);
  const next = sources.indexOf("\n#", start + 1);
  return sources.slice(start, next === -1 ? undefined : next);
}

describe("catalog/SOURCES.md lists what the documents cite", () => {
  it.each(Object.entries(bases.rulesets))(
    "rule set %s: every căn cứ, the money article, the forms and the certificates, with their status",
    (id, set) => {
      const rows = section(id).split("\n");
      const listed = (text: string, status: string) =>
        expect(
          rows.some((row) => row.includes(`| ${text} | ${status} |`)),
          `"${text}" (${status})`,
        ).toBe(true);
      for (const base of set.bases) listed(base.text, base.status);
      listed(set.money.cites, set.money.status);
      for (const form of Object.values(set.forms)) listed(form.name, form.status);
      listed(set.certified.codes.join(", "), set.certified.status);
    },
  );
});
