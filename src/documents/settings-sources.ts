// Where the document settings come from, in order: the `documents` block of the agency's rules file
// (catalog/agency.json or AGENCY_RULES_FILE), the AGENCY_*, DIRECTOR_NAME and COUNCIL_CHAIR_NAME variables, and the
// sample settings the demo organisation keeps in the database. A bad block stops the start, naming its line.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";
import { CATALOG_DIR, loadDataFile } from "../catalog/load";
import { type DocumentSettings, type DocumentSettingsInput, documentSettingsSchema, mergeSettings } from "./settings";

/** The `documents` block of the agency's rules file; an absent block is no settings. */
export function loadAgencyDocumentSettings(file = resolve(CATALOG_DIR, "agency.json")): DocumentSettingsInput {
  const raw = JSON.parse(readFileSync(file, "utf8")) as { documents?: unknown };
  if (raw.documents === undefined) return {};
  return loadDataFile(file, z.object({ documents: documentSettingsSchema }).passthrough(), "set of agency rules").documents;
}

export interface EnvSettings {
  AGENCY_PARENT?: string;
  AGENCY_NAME?: string;
  AGENCY_PLACE?: string;
  AGENCY_SYMBOL?: string;
  DIRECTOR_NAME?: string;
  COUNCIL_CHAIR_NAME?: string;
}

export function envDocumentSettings(env: EnvSettings): DocumentSettingsInput {
  return {
    parent: env.AGENCY_PARENT ?? "",
    name: env.AGENCY_NAME ?? "",
    place: env.AGENCY_PLACE ?? "",
    symbol: env.AGENCY_SYMBOL ?? "",
    director: env.DIRECTOR_NAME ?? "",
    councilChair: env.COUNCIL_CHAIR_NAME ?? "",
  };
}

/** The settings now: the agency's file, the environment, then the stored sample (read on each call). */
export function documentSettingsFrom(
  agency: DocumentSettingsInput,
  env: EnvSettings,
  stored: () => unknown,
  timezone: string,
): () => DocumentSettings {
  return () => {
    const sample = documentSettingsSchema.safeParse(stored() ?? {});
    return mergeSettings([agency, envDocumentSettings(env), sample.success ? sample.data : null], timezone);
  };
}
