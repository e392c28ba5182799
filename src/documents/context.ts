// What every document needs besides its data: the settings (checked), the issuing bodies, today's date where the
// agency is, the signers, the legal bases of the rule set in question, the words in the reader's language, and a
// file name without diacritics.
import { DateTime } from "luxon";
import type { DirectoryService } from "../core/directory/service";
import type { Locale } from "../kernel/locale";
import type { Translator } from "../kernel/ports";
import type { Args, Text } from "../kernel/reply";
import { datedFileName } from "../kernel/text";
import { basesFor, type LegalBases } from "./bases";
import type { Issuer } from "./layout";
import { type DocumentSettings, requireSettings, type SettingKey } from "./settings";
import { createSigners, type Signers } from "./signers";
import { placeAndDate } from "./words";

export interface DocContext {
  t: (key: string, args?: Args) => string;
  settings: DocumentSettings;
  today: DateTime;
  /** The Sở under its parent body. */
  agency: Issuer;
  /** The council as issuer (minutes, its submissions and reports), under the Sở. */
  council: Issuer;
  placeAndDate: string;
  signers: Signers;
  /** "Lưu: VT, TĐKT." (II.9.d). */
  filed: string;
  /** Refuses, naming them, unless these settings are filled and `extra` (other missing things) is empty. */
  need(keys: SettingKey[], extra?: Array<Text | false>): void;
  /** The căn cứ, money article and forms of the rule set a year was judged by; refuses when the file has none. */
  basesOf(year: number): NonNullable<ReturnType<typeof basesFor>>;
  /** "bien-ban-hop-hoi-dong_2026-12-15.docx": ASCII, lower case, dated. */
  fileName(base: string): string;
}

export interface ContextDeps {
  translator: Translator;
  directory: DirectoryService;
  legalBases: LegalBases;
  /** The id of the rule set a year's nominations are judged by (catalog/rulesets/). */
  ruleSetOf: (year: number) => string;
}

export function docContext(deps: ContextDeps, locale: Locale, settings: DocumentSettings, now: Date): DocContext {
  const today = DateTime.fromJSDate(now, { zone: settings.timezone });
  const t = (key: string, args?: Args) => deps.translator.t(locale, key, args);
  const need = (keys: SettingKey[], extra: Array<Text | false> = []) =>
    requireSettings(
      settings,
      keys,
      extra.filter((e): e is Text => e !== false),
    );
  return {
    t,
    settings,
    today,
    agency: { parent: settings.parent, name: settings.name },
    council: { parent: settings.name, name: t("doc-council-name") },
    placeAndDate: placeAndDate(settings.place, today),
    signers: createSigners(deps.directory, settings, settings.name),
    filed: settings.draftingUnit ? t("doc-recipient-file", { unit: settings.draftingUnit }) : t("doc-recipient-file-registry"),
    need,
    basesOf(year) {
      const id = deps.ruleSetOf(year);
      const found = basesFor(deps.legalBases, id);
      if (!found) requireSettings(settings, [], [{ key: "doc-setting-bases", args: { id } }]);
      return found as NonNullable<typeof found>;
    },
    fileName: (base) => datedFileName(base, today.toISODate() as string, "docx"),
  };
}

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
