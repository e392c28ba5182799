// What the documents say about the agency and who signs them: the `documents` block of catalog/agency.json (the
// agency's own settings), the AGENCY_*, DIRECTOR_NAME and COUNCIL_CHAIR_NAME variables where it leaves a key empty,
// and last the sample settings the demo organisation keeps in the database. A document whose settings are still
// missing is refused, naming them: a văn thư cannot file "UBND TỈNH" with no province or a dotted place.
import { z } from "zod";
import { DomainError } from "../core/errors";
import type { Text } from "../kernel/reply";
import { foldText, normalizeText } from "../kernel/text";

const text = z.string().trim().default("");
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .nullable()
  .default(null);

/** One căn cứ the agency cites, with the dates it applies (null: open). */
const citation = z.object({ text: z.string().trim().min(1), from: isoDate, until: isoDate });

export const documentSettingsSchema = z.object({
  /** What the block is for, for whoever edits the file. */
  about: text,
  /** The parent body with its province (II.2.a): "UBND TỈNH THỪA THIÊN HUẾ". */
  parent: text,
  name: text,
  /** The place on the place-and-date line (II.4.a): "Huế". */
  place: text,
  /** The agency's abbreviation in symbols: "SNV" (II.3.b). */
  symbol: text,
  /** The drafting unit's abbreviation after "Lưu: VT," (II.9.d): "TĐKT". */
  draftingUnit: text,
  /** The province's decision on the Sở's functions, duties and powers (II.6.a: the issuer's competence). */
  competence: z.array(citation).default([]),
  /** The Sở's own rules on emulation and commendation (quy chế thi đua, khen thưởng). */
  rules: z.array(citation).default([]),
  /** Where the reward money is paid from: "Quỹ thi đua, khen thưởng của Sở Nội vụ". */
  fund: text,
  director: text,
  deputies: z.array(z.string().trim().min(1)).default([]),
  /** The deputy who signs for the Director ("KT. GIÁM ĐỐC") the year's plan and report; empty: the first deputy. */
  deputyInCharge: text,
  /** The council's chair and their post in the agency (II.7.c); empty: the Director. */
  councilChair: text,
  councilChairPosition: text,
  /** The council's standing member: their title in the council and their post in the agency. */
  councilStanding: text,
  councilStandingTitle: text,
  councilStandingPosition: text,
  /** Where the council meets (the minutes' "Địa điểm"). */
  meetingPlace: text,
});
export type DocumentSettingsInput = z.input<typeof documentSettingsSchema>;
export type DocumentSettings = z.infer<typeof documentSettingsSchema> & { timezone: string };

/** A parent body that names no province ("UBND TỈNH") is not one (II.2.a asks for the province's name). */
function namesPlace(parent: string): boolean {
  const folded = foldText(parent).replace(/\s+/g, " ").trim();
  return !["ubnd tinh", "uy ban nhan dan tinh", "ubnd thanh pho", "uy ban nhan dan thanh pho", "ubnd"].includes(folded);
}

const filled = (key: keyof z.infer<typeof documentSettingsSchema>, value: unknown): boolean => {
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value !== "string" || value === "") return false;
  return key !== "parent" || namesPlace(value);
};

/** Key by key, the first source that fills it: the agency's file, then the environment, then the demo's sample. */
export function mergeSettings(sources: Array<DocumentSettingsInput | null | undefined>, timezone: string): DocumentSettings {
  const parsed = sources.filter((s): s is DocumentSettingsInput => Boolean(s)).map((s) => documentSettingsSchema.parse(s));
  const merged = documentSettingsSchema.parse({});
  for (const key of Object.keys(merged) as Array<keyof typeof merged>) {
    const found = parsed.find((s) => filled(key, s[key]));
    if (found) (merged as Record<string, unknown>)[key] = found[key];
  }
  return { ...merged, timezone };
}

/** The settings each document needs, by their names in the messages (doc-setting-<key>). */
export type SettingKey = keyof z.infer<typeof documentSettingsSchema>;

/** Refuses, naming every missing setting, unless all of `keys` are filled. */
export function requireSettings(settings: DocumentSettings, keys: SettingKey[], extra: Text[] = []): void {
  const missing = keys.filter((key) => !filled(key, settings[key]));
  if (missing.length > 0 || extra.length > 0) {
    throw new DomainError("document-settings-missing", {
      names: [...missing.map((key) => ({ key: `doc-setting-${key}` })), ...extra],
    });
  }
}

/** The citation in force on a day (YYYY-MM-DD), or the last one when none names dates. */
export function citationOn(list: DocumentSettings["competence"], day: string): string | null {
  const covering = list.filter((c) => (c.from === null || c.from <= day) && (c.until === null || day <= c.until));
  return normalizeText(covering.at(-1)?.text ?? "") || null;
}
