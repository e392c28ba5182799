// Reads catalog/record-awards.json: the higher forms known only to the record of achievements, and the spellings
// an import may use for every award. A spelling for a code no list has stops the program, naming it.
import { resolve } from "node:path";
import type { Catalog } from "../core/campaigns/catalog";
import { type RecordAwardsFile, recordAwardsSchema } from "../core/records/awards";
import { CATALOG_DIR, CatalogError, loadDataFile } from "./load";

export function loadRecordAwards(catalog: Catalog, file = resolve(CATALOG_DIR, "record-awards.json")): RecordAwardsFile {
  const data = loadDataFile(file, recordAwardsSchema, "list of awards for the record");
  const codes = new Set([...catalog.awards.map((a) => a.code), ...data.awards.map((a) => a.code)]);
  const unknown = Object.keys(data.spellings).filter((code) => !codes.has(code));
  if (unknown.length > 0) throw new CatalogError(`${file} gives spellings for unknown awards: ${unknown.join(", ")}`);
  const seen = new Set<string>();
  for (const a of data.awards) {
    if (seen.has(a.code)) throw new CatalogError(`${file}: two awards have the code ${a.code}`);
    seen.add(a.code);
  }
  return data;
}
