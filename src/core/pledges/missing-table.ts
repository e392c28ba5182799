// The list of who still has to pledge, as a table the secretary can hand to units (XLSX): one row per person who
// has not pledged, or whose pledge was returned and waits to be fixed, unit by unit, names in Vietnamese order.

import { compareNameKeys, nameSortKey } from "../directory/names";
import type { Table } from "../ports";
import type { MissingReport } from "./missing";

type Translate = (key: string) => string;

export function missingTable(report: MissingReport, translate: Translate): Table {
  const notPledged = translate("missing-col-state-missing");
  const returned = translate("missing-col-state-returned");
  const rows = report.units.flatMap((u) => {
    const people = [...u.missing.map((p) => ({ p, state: notPledged })), ...u.returned.map((p) => ({ p, state: returned }))];
    return people
      .map(({ p, state }) => ({ key: nameSortKey(p.fullName), row: [u.unit.name, p.fullName, p.email ?? "", state] as Array<string | null> }))
      .sort((a, b) => compareNameKeys(a.key, b.key))
      .map((r) => r.row);
  });
  return {
    sheetName: translate("missing-sheet"),
    headers: ["missing-col-unit", "missing-col-name", "missing-col-email", "missing-col-state"].map(translate),
    rows,
  };
}
