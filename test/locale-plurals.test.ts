// English messages that put a count before a noun choose the noun's form by the count ("1 pledge", "2 pledges")
// through a Fluent selector; "(s)" and a fixed plural are refused. Vietnamese nouns do not change with the count.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FluentResource, type Message } from "@fluent/bundle";
import { describe, expect, it } from "vitest";

const EN = join(import.meta.dirname, "..", "locales", "en");

/** The text of a message outside its selectors: where a count sits next to a fixed noun. */
function plainText(message: Message): string {
  const value = message.value;
  if (value === null) return "";
  if (typeof value === "string") return value;
  return value
    .map((part) => {
      if (typeof part === "string") return part;
      if (part.type === "var") return `{ $${part.name} }`;
      return "{ … }";
    })
    .join("");
}

function englishMessages(): Array<{ id: string; text: string }> {
  return readdirSync(EN)
    .filter((f) => f.endsWith(".ftl"))
    .flatMap((file) => new FluentResource(readFileSync(join(EN, file), "utf8")).body.map((m) => ({ id: `${file}:${m.id}`, text: plainText(m) })));
}

/** Variables that hold words, never counts. */
const TEXT_VARIABLES = new Set(["name", "command", "title", "award", "unit", "proposer"]);

/** A variable followed by a plural noun ("{ $count } pledges", "{ $n } people"), or the lazy "file(s)". */
function fixedPlurals(text: string): string[] {
  const found = [...text.matchAll(/\{ \$(\w+) \} ([A-Za-z]+)/g)]
    // a name followed by a verb ("{ $name } asks") is not a count
    .filter((m) => !TEXT_VARIABLES.has(m[1] ?? ""))
    .filter((m) => {
      const word = (m[2] ?? "").toLowerCase();
      return (word.endsWith("s") && !["is", "was", "has", "its"].includes(word)) || word === "people";
    })
    .map((m) => m[0]);
  return [...found, ...(text.match(/\w\(s\)/g) ?? [])];
}

describe("English plurals", () => {
  it("the check catches what it should", () => {
    expect(fixedPlurals("{ $count } pledges await")).toEqual(["{ $count } pledges"]);
    expect(fixedPlurals("{ $count } people")).toHaveLength(1);
    expect(fixedPlurals("Added { $count } file(s)")).toEqual(["e(s)"]);
    expect(fixedPlurals("Open cases: { $count }")).toEqual([]);
    expect(fixedPlurals("{ $name } is here")).toEqual([]);
  });

  it("every message with a count before a noun uses a plural selector", () => {
    const offenders = englishMessages()
      .map(({ id, text }) => ({ id, found: fixedPlurals(text) }))
      .filter((m) => m.found.length > 0);
    expect(offenders).toEqual([]);
  });
});

describe("English counts as read", () => {
  it("says 1 pledge awaits, 2 pledges await", async () => {
    const { createTranslator } = await import("../src/i18n/translator");
    const t = createTranslator({ timezone: "Asia/Ho_Chi_Minh", defaultLocale: "vi" });
    expect(t.t("en", "review-title", { count: 1 })).toBe("1 pledge awaits your confirmation");
    expect(t.t("en", "review-title", { count: 2 })).toBe("2 pledges await your confirmation");
    expect(t.t("en", "form-files-received", { count: 1 })).toBe("1 file attached.");
  });
});
