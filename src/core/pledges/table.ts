// The pledge list as a table for the secretary's XLSX/CSV export: one row per pledge, headers in the reader's language.

import type { Locale } from "../../kernel/locale";
import type { AwardCatalog } from "../campaigns/catalog";
import { compareNameKeys, nameSortKey } from "../directory/names";
import type { DirectoryService } from "../directory/service";
import type { Table } from "../ports";
import { type Pledge, pledgeStatusKey } from "./types";

type Translate = (key: string, args?: Record<string, string | number>) => string;

const COLUMNS = [
  "export-col-id",
  "export-col-unit",
  "export-col-subject",
  "export-col-kind",
  "export-col-titles",
  "export-col-commitments",
  "export-col-status",
  "export-col-reason",
  "export-col-updated",
] as const;

// one collator for every comparison: localeCompare with a locale builds one per call, and a sort makes N log N calls
const collator = new Intl.Collator("vi");

export function pledgeTable(
  pledges: Pledge[],
  deps: { directory: DirectoryService; catalog: AwardCatalog; locale: Locale; translate: Translate },
): Table {
  const { directory, catalog, locale, translate } = deps;
  // names come from two queries read once, not a lookup per pledge
  const units = new Map(directory.units().map((u) => [u.id, u.name]));
  const names = directory.fullNames();
  const unitName = (id: number) => units.get(id) ?? String(id);
  // a handful of distinct words and title lists: each translated once, not once per row
  const once = memo((key: string) => translate(key));
  const titles = memo((codes: string) => (codes === "" ? [] : codes.split(",")).map((code) => catalog.get(code)?.name[locale] ?? code).join("; "));
  const ordered = pledges
    .map((pledge) => {
      const subject =
        pledge.personId === null ? unitName(pledge.unitId) : (names.get(pledge.personId) ?? directory.getPerson(pledge.personId).fullName);
      // the name's sort key made once per row, not twice per comparison
      return { pledge, unit: unitName(pledge.unitId), subject, key: nameSortKey(subject) };
    })
    // grouped by unit, then by name (given name first, as Vietnamese lists are), so the sheet reads like the paper list
    .sort((a, b) => collator.compare(a.unit, b.unit) || compareNameKeys(a.key, b.key));
  // each row is made as a writer reads it: a province's list is not held twice, as pledges and again as rows
  const rows = {
    *[Symbol.iterator]() {
      for (const { pledge, unit, subject } of ordered)
        yield [
          pledge.id,
          unit,
          subject,
          once(`export-kind-${pledge.subject}`),
          titles(pledge.awardCodes.join(",")),
          pledge.commitments,
          once(pledgeStatusKey(pledge)),
          pledge.returnReason,
          pledge.updatedAt,
        ];
    },
  };
  return { sheetName: translate("export-sheet-name"), headers: COLUMNS.map((key) => translate(key)), rows };
}

/** A function of one string, computed once per distinct argument. */
function memo(compute: (key: string) => string): (key: string) => string {
  const seen = new Map<string, string>();
  return (key) => {
    let value = seen.get(key);
    if (value === undefined) {
      value = compute(key);
      seen.set(key, value);
    }
    return value;
  };
}
