// The pledge list as a table for the secretary's XLSX/CSV export: one row per pledge, headers in the reader's language.
import type { AwardCatalog } from "../campaigns/catalog";
import type { DirectoryService } from "../directory/service";
import type { Table } from "../ports";
import type { Locale } from "../roles";
import type { Pledge } from "./types";

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
  const names = new Map(directory.everyone().map((p) => [p.id, p.fullName]));
  const unitName = (id: number) => units.get(id) ?? String(id);
  const rows = pledges
    .map((pledge) => {
      const subject =
        pledge.personId === null ? unitName(pledge.unitId) : (names.get(pledge.personId) ?? directory.getPerson(pledge.personId).fullName);
      const titles = pledge.awardCodes.map((code) => catalog.get(code)?.name[locale] ?? code).join("; ");
      return [
        pledge.id,
        unitName(pledge.unitId),
        subject,
        translate(`export-kind-${pledge.subject}`),
        titles,
        pledge.commitments,
        translate(`pledge-status-${pledge.status}`),
        pledge.returnReason,
        pledge.updatedAt,
      ];
    })
    // grouped by unit, then by name, so the sheet reads like the paper list it replaces
    .sort((a, b) => collator.compare(String(a[1]), String(b[1])) || collator.compare(String(a[2]), String(b[2])));
  return { sheetName: translate("export-sheet-name"), headers: COLUMNS.map((key) => translate(key)), rows };
}
