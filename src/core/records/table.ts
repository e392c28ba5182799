// The record as a spreadsheet: one row per entry, with the import's own columns first (Họ tên, Đơn vị, Năm,
// Danh hiệu/Hình thức, Số quyết định, Ngày quyết định, Cơ quan ban hành), so an export can be corrected and sent
// back; then the level, the state and the entry's number, which the import reads past (and skips rows not valid).

import type { Locale } from "../../kernel/locale";
import type { Table } from "../ports";
import type { RecordAwards } from "./awards";
import type { RecordEntry } from "./types";

type Translate = (key: string) => string;

export const RECORD_TABLE_COLUMNS = [
  "record-col-name",
  "record-col-unit",
  "record-col-year",
  "record-col-award",
  "record-col-decision-no",
  "record-col-decision-date",
  "record-col-issuer",
  "record-col-level",
  "record-col-status",
  "record-col-id",
] as const;

export function recordTable(
  entries: RecordEntry[],
  deps: { awards: RecordAwards; locale: Locale; translate: Translate; personName: (id: number) => string; unitName: (id: number) => string },
): Table {
  const { awards, locale, translate } = deps;
  const words = new Map<string, string>();
  const once = (key: string) => {
    let value = words.get(key);
    if (value === undefined) {
      value = translate(key);
      words.set(key, value);
    }
    return value;
  };
  return {
    sheetName: once("record-sheet-name"),
    headers: RECORD_TABLE_COLUMNS.map((c) => once(c)),
    rows: entries.map((e) => [
      e.personId === null ? "" : deps.personName(e.personId),
      deps.unitName(e.unitId),
      e.year,
      awards.name(e.awardCode, locale),
      e.decisionNo,
      e.decisionDate ? e.decisionDate.split("-").reverse().join("/") : "",
      e.issuer,
      once(`record-level-${e.level}`),
      once(`record-status-${e.status}`),
      e.id,
    ]),
  };
}
