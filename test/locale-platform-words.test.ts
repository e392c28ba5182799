// One wording per platform kind (issues 27, 31): every message that can reach Zalo or the terminal speaks of typing,
// never of pressing a button, once the typing platforms' variants (locales/<lang>/typed.ftl) are put in place; and
// no Vietnamese message shows a date format in English letters, an ISO date, the sample placeholders of
// catalog/agency.json, or straight double quotes (the bot writes «…»).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FluentResource, type Message } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import { TYPED_WORDING } from "../src/adapters/typed-wording";
import { ZALO_WORDING } from "../src/adapters/zalo/render";

const LOCALES = join(import.meta.dirname, "..", "locales");

/** key → the message's source text (value and attributes, variants included), for every .ftl file of a locale. */
function sources(locale: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of readdirSync(join(LOCALES, locale)).filter((f) => f.endsWith(".ftl"))) {
    const source = readFileSync(join(LOCALES, locale, file), "utf8");
    const ids = new FluentResource(source).body.map((m) => (m as Message).id);
    for (const id of ids) {
      const start = source.search(new RegExp(`^${id} =`, "m"));
      const rest = source.slice(start + id.length + 2);
      const end = rest.search(/^[a-z#-]/m);
      out.set(id, (end === -1 ? rest : rest.slice(0, end)).normalize("NFC"));
    }
  }
  return out;
}

/** Messages written for button platforms only (their adapters' own), never rendered on Zalo or the terminal. */
const BUTTON_PLATFORMS_ONLY = /^(slack|telegram)-/;

function typedPlatformOffenders(locale: string, wording: Readonly<Record<string, string>>, pressing: RegExp): string[] {
  const messages = sources(locale);
  return [...messages.keys()]
    .filter((key) => !BUTTON_PLATFORMS_ONLY.test(key) && !key.startsWith("typed-") && !(key.startsWith("zalo-") && wording !== ZALO_WORDING))
    .filter((key) => pressing.test(messages.get(wording[key] ?? key) ?? ""));
}

describe("words for typing platforms", () => {
  it("never says «bấm» or «nút» in a Vietnamese message that reaches Zalo", () => {
    expect(typedPlatformOffenders("vi", ZALO_WORDING, /bấm|nút/iu)).toEqual([]);
  });

  it("never says «bấm» or «nút» on the terminal either", () => {
    expect(typedPlatformOffenders("vi", TYPED_WORDING, /bấm|nút/iu)).toEqual([]);
  });

  it("never says tap or button in an English message that reaches Zalo", () => {
    expect(typedPlatformOffenders("en", ZALO_WORDING, /\btap\b|\bbutton/i)).toEqual([]);
  });
});

describe("Vietnamese messages as shown", () => {
  const vi = sources("vi");
  const offenders = (pattern: RegExp) => [...vi].filter(([, text]) => pattern.test(text)).map(([key]) => key);

  it("write dates as ngày/tháng/năm, never dd/mm/yyyy", () => {
    expect(offenders(/dd\/mm|yyyy|mm\/dd/i)).toEqual([]);
  });

  it("show no ISO date", () => {
    expect(offenders(/\b\d{4}-\d{2}-\d{2}\b/)).toEqual([]);
  });

  it("carry none of the sample placeholders of catalog/agency.json", () => {
    expect(offenders(/\(mẫu:|thay bằng quy chế|Lựa chọn của bot:/u)).toEqual([]);
  });

  it("use «…», not straight double quotes", () => {
    // Fluent's own string literals ({ "" }) are syntax, not text
    expect(offenders(/"/).filter((key) => /"[^"{}]*[\p{L}][^"{}]*"/u.test((vi.get(key) ?? "").replace(/\{\s*"[^"]*"\s*\}/g, "")))).toEqual([]);
  });
});
