// The awards a record may hold: the catalog's (whose level comes from the rule set of the year) and the higher
// forms known only to the record (catalog/record-awards.json), with the spellings people type in spreadsheets:
// "LĐTT", "lao dong tien tien", "Giấy khen Giám đốc", "Bằng khen của Chủ tịch UBND tỉnh".
import { closest } from "fastest-levenshtein";
import { z } from "zod";
import type { LocalizedText } from "../../kernel/reply";
import { foldText } from "../../kernel/text";
import type { AwardCatalog } from "../campaigns/catalog";
import { AWARD_KINDS, AWARD_SUBJECTS, type AwardKind, type AwardSubject } from "../campaigns/types";
import { RECORD_LEVELS, type RecordLevel } from "./types";

const localized = z.object({ vi: z.string().min(1), en: z.string().min(1) });

export const recordAwardsSchema = z.object({
  version: z.literal(1),
  about: z.string().default(""),
  awards: z.array(
    z.object({
      code: z.string().regex(/^[A-Z0-9_]{1,12}$/, "must be 1–12 characters of A-Z, 0-9 or _"),
      kind: z.enum(AWARD_KINDS),
      subjects: z.array(z.enum(AWARD_SUBJECTS)).min(1),
      level: z.enum(RECORD_LEVELS),
      name: localized,
      spellings: z.array(z.string()).default([]),
    }),
  ),
  /** More spellings of the catalog's awards, by code. */
  spellings: z.record(z.string(), z.array(z.string())).default({}),
});
export type RecordAwardsFile = z.infer<typeof recordAwardsSchema>;

export interface RecordAward {
  code: string;
  kind: AwardKind;
  subjects: AwardSubject[];
  name: LocalizedText;
  /** null: the catalog's award, granted at the level the rule set of its year says. */
  level: RecordLevel | null;
}

export type AwardMatch = { code: string } | { code: null; suggestion: string | null; otherSubject: string | null };

// words that change nothing about which award is meant
const FILLER = new Set(["cua", "cap", "danh", "hieu"]);

/** The form of an award's name used for matching: folded, without punctuation, filler words or "(tập thể)" at the end. */
export function awardKey(raw: string): string {
  const words = foldText(raw)
    .replace(/uy ban nhan dan/g, "ubnd")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter((w) => w !== "" && !FILLER.has(w));
  if (words.length > 2 && words.at(-2) === "tap" && words.at(-1) === "the") words.splice(-2);
  return words.join(" ");
}

export type RecordAwards = ReturnType<typeof createRecordAwards>;

export function createRecordAwards(catalog: AwardCatalog, file: RecordAwardsFile) {
  const known = new Set(catalog.all().map((a) => a.code));
  const awards: RecordAward[] = [
    ...catalog.all().map((a) => ({ code: a.code, kind: a.kind, subjects: [a.subject], name: a.name, level: null })),
    // a code the catalog gained later (a rule set now covers it) is the catalog's
    ...file.awards.filter((a) => !known.has(a.code)).map(({ spellings: _, ...a }) => a),
  ];
  const byCode = new Map(awards.map((a) => [a.code, a]));
  const byKey = new Map<string, Set<string>>();
  const index = (spelling: string, code: string) => {
    const key = awardKey(spelling);
    if (key === "") return;
    const codes = byKey.get(key) ?? new Set<string>();
    codes.add(code);
    byKey.set(key, codes);
  };
  for (const a of awards) {
    index(a.code, a.code);
    index(a.name.vi, a.code);
    index(a.name.en, a.code);
  }
  for (const a of file.awards) for (const s of a.spellings) if (byCode.has(a.code)) index(s, a.code);
  for (const [code, spellings] of Object.entries(file.spellings)) for (const s of spellings) if (byCode.has(code)) index(s, code);
  const matched = new Map<string, AwardMatch>();

  return {
    all: () => awards,
    get: (code: string) => byCode.get(code),
    name: (code: string, locale: keyof LocalizedText) => byCode.get(code)?.name[locale] ?? code,

    /** The award a spreadsheet cell names, for a person (individual) or a unit (collective). */
    match(raw: string, subject: AwardSubject): AwardMatch {
      // a file spells the same few awards on every line: each spelling is matched once
      const seen = matched.get(`${subject}|${raw}`);
      if (seen) return seen;
      const found = matchOnce(raw, subject);
      if (matched.size < 10_000) matched.set(`${subject}|${raw}`, found);
      return found;
    },
  };

  function matchOnce(raw: string, subject: AwardSubject): AwardMatch {
    const key = awardKey(raw);
    const codes = [...(byKey.get(key) ?? [])];
    const fits = codes.filter((c) => byCode.get(c)?.subjects.includes(subject));
    if (fits.length === 1) return { code: fits[0] as string };
    const other = codes.map((c) => byCode.get(c)).find((a) => a && !a.subjects.includes(subject));
    const keys = [...byKey.entries()].filter(([, cs]) => [...cs].some((c) => byCode.get(c)?.subjects.includes(subject))).map(([k]) => k);
    const near = keys.length > 0 && key !== "" ? (byKey.get(closest(key, keys)) ?? new Set<string>()) : new Set<string>();
    const suggestion = [...near].map((c) => byCode.get(c)).find((a) => a?.subjects.includes(subject));
    return { code: null, suggestion: suggestion?.name.vi ?? null, otherSubject: other?.name.vi ?? null };
  }
}
