// What every document needs besides its data: the agency's names from settings, today's date where the agency is,
// the words in the reader's language, and a file name without diacritics.
import { DateTime } from "luxon";
import type { Locale } from "../kernel/locale";
import type { Translator } from "../kernel/ports";
import type { Args } from "../kernel/reply";
import { datedFileName } from "../kernel/text";
import type { Issuer } from "./layout";
import { placeAndDate } from "./words";

export interface AgencySettings {
  parent: string;
  name: string;
  place: string;
  symbol: string;
  directorName: string;
  councilChairName: string;
  timezone: string;
}

export interface DocContext {
  t: (key: string, args?: Args) => string;
  agency: AgencySettings;
  today: DateTime;
  issuer: Issuer;
  /** The council as issuer (minutes, proposals), under the agency. */
  council: Issuer;
  placeAndDate: string;
  /** "bien-ban-hop-hoi-dong_2026-12-15.docx": ASCII, lower case, dated. */
  fileName(base: string): string;
}

export function docContext(translator: Translator, locale: Locale, agency: AgencySettings, now: Date): DocContext {
  const today = DateTime.fromJSDate(now, { zone: agency.timezone });
  const t = (key: string, args?: Args) => translator.t(locale, key, args);
  return {
    t,
    agency,
    today,
    issuer: { parent: agency.parent, name: agency.name },
    council: { parent: agency.name, name: t("doc-council-name") },
    placeAndDate: placeAndDate(agency.place, today),
    fileName: (base) => datedFileName(base, today.toISODate() as string, "docx"),
  };
}

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
