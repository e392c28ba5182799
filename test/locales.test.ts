// Every message key exists in both locales with the same variables, and every key in locales/ is used.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import { DOMAIN_ERROR_CODES } from "../src/core/errors";
import { LOCALES } from "../src/kernel/locale";

const ROOT = join(import.meta.dirname, "..");

function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

/** key → the variables its message uses, for every .ftl file of a locale. */
function messages(locale: string): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>();
  for (const file of filesUnder(join("locales", locale), ".ftl")) {
    const source = readFileSync(join(ROOT, file), "utf8");
    const resource = new FluentResource(source);
    for (const entry of resource.body) {
      const id = (entry as { id?: string }).id;
      if (!id) continue;
      expect(result.has(id), `${id} is defined twice in locales/${locale}`).toBe(false);
      // the variables are read from the source text of the message, enough to compare locales
      const start = source.search(new RegExp(`^${id} =`, "m"));
      const rest = source.slice(start + 1);
      const end = rest.search(/^[a-z-]/m);
      const body = end === -1 ? rest : rest.slice(0, end);
      result.set(id, new Set([...body.matchAll(/\{\s*\$([a-zA-Z_]+)/g)].map((m) => m[1] ?? "")));
    }
  }
  return result;
}

// src/db is left out: drizzle's column builders (text("name")) look like message lookups
const code = [...filesUnder("src", ".ts").filter((f) => !f.startsWith(join("src", "db"))), ...filesUnder("commands", ".ts")]
  .map((file) => readFileSync(join(ROOT, file), "utf8"))
  .join("\n");
const literals = new Set([...code.matchAll(/["'`]([a-z][a-z0-9_]*(?:-[a-z0-9_]+)*)["'`]/g)].map((m) => m[1] ?? ""));
const dynamicPrefixes = [...code.matchAll(/`([a-z][a-z0-9-]*-)\$\{/g)].map((m) => m[1] ?? "");
// keys the code names in a message position: say("…"), text("…"), button("…"), t(locale, "…"), prompt/title/description
const named = new Set(
  [
    ...code.matchAll(/\b(?:say|text|button)\(\s*"([a-z][a-z0-9-]*)"/g),
    // translator.t(locale, "key"): the key is the second argument
    ...code.matchAll(/\bt\(\s*[^,()"]+,\s*"([a-z][a-z0-9-]*)"/g),
    ...code.matchAll(/\b(?:prompt|title|description|key):\s*"([a-z][a-z0-9-]*)"/g),
  ].map((m) => m[1] ?? ""),
);

describe("locales", () => {
  const byLocale = Object.fromEntries(LOCALES.map((l) => [l, messages(l)]));
  const vi = byLocale.vi as Map<string, Set<string>>;

  it.each(LOCALES.filter((l) => l !== "vi"))("%s has exactly the Vietnamese keys, with the same variables", (locale) => {
    const other = byLocale[locale] as Map<string, Set<string>>;
    expect(
      [...other.keys()].filter((k) => !vi.has(k)),
      `keys only in ${locale}`,
    ).toEqual([]);
    expect(
      [...vi.keys()].filter((k) => !other.has(k)),
      `keys missing from ${locale}`,
    ).toEqual([]);
    for (const [key, variables] of vi) {
      expect([...(other.get(key) ?? [])].sort(), `variables of ${key} in ${locale}`).toEqual([...variables].sort());
    }
  });

  it("defines every key the code names", () => {
    const wanted = [...named, ...DOMAIN_ERROR_CODES.map((c) => `error-${c}`)];
    expect(wanted.filter((key) => !vi.has(key))).toEqual([]);
  });

  it("uses every key it defines", () => {
    const unused = [...vi.keys()].filter((key) => !literals.has(key) && !dynamicPrefixes.some((prefix) => key.startsWith(prefix)));
    expect(unused).toEqual([]);
  });
});
