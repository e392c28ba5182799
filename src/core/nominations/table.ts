// The council's dossier list and the decision list as tables for XLSX/CSV export. The headers are always
// Vietnamese: these are documents for the council meeting and the file, whatever the reader's chat language.

import type { Translator } from "../../kernel/ports";
import type { AwardCatalog } from "../campaigns/catalog";
import { compareVietnameseNames } from "../directory/names";
import type { Table } from "../ports";
import type { NominationService } from "./service";
import type { Nomination } from "./types";

const DOSSIER_COLUMNS = [
  "nomination-col-no",
  "nomination-col-id",
  "nomination-col-nominee",
  "nomination-col-unit",
  "nomination-col-award",
  "nomination-col-kind",
  "nomination-col-year",
  "nomination-col-achievements",
  "nomination-col-evidence",
  "nomination-col-status",
] as const;

const DECISION_COLUMNS = [
  "nomination-col-no",
  "nomination-col-nominee",
  "nomination-col-unit",
  "nomination-col-award",
  "nomination-col-year",
  "nomination-col-decision-no",
  "nomination-col-decision-date",
  "nomination-col-signer",
] as const;

interface Deps {
  nominations: NominationService;
  catalog: AwardCatalog;
  translator: Translator;
  unitName: (id: number) => string;
}

function sorted(list: Nomination[], deps: Deps): Nomination[] {
  // by unit, then award, then name, as the paper list is laid out
  return [...list].sort(
    (a, b) =>
      deps.unitName(a.unitId).localeCompare(deps.unitName(b.unitId), "vi") ||
      a.awardCode.localeCompare(b.awardCode) ||
      compareVietnameseNames(deps.nominations.nomineeName(a), deps.nominations.nomineeName(b)),
  );
}

export function dossierTable(list: Nomination[], deps: Deps): Table {
  const t = (key: string) => deps.translator.t("vi", key);
  const rows = sorted(list, deps).map((n, i) => [
    i + 1,
    n.id,
    deps.nominations.nomineeName(n),
    deps.unitName(n.unitId),
    deps.catalog.get(n.awardCode)?.name.vi ?? n.awardCode,
    t(`nomination-kind-${n.kind}`),
    n.year,
    n.achievements,
    deps.nominations
      .evidence(n.id)
      .map((e) => e.fileName ?? e.fileId)
      .join("; "),
    t(`nomination-status-${n.status}`),
  ]);
  return { sheetName: t("nomination-sheet-dossiers"), headers: DOSSIER_COLUMNS.map(t), rows };
}

export function decisionTable(list: Nomination[], deps: Deps): Table {
  const t = (key: string) => deps.translator.t("vi", key);
  const rows = sorted(list, deps).map((n, i) => [
    i + 1,
    deps.nominations.nomineeName(n),
    deps.unitName(n.unitId),
    deps.catalog.get(n.awardCode)?.name.vi ?? n.awardCode,
    n.year,
    n.decisionNo,
    // dd/mm/yyyy, as dates are written on Vietnamese documents
    n.decisionDate ? n.decisionDate.split("-").reverse().join("/") : null,
    n.decisionSigner,
  ]);
  return { sheetName: t("nomination-sheet-decisions"), headers: DECISION_COLUMNS.map(t), rows };
}
