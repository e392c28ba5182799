// Tables to XLSX (exceljs) and CSV (csv-stringify), with Vietnamese headers kept intact.

import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { showTime } from "../core/dates";
import type { Exporter, Table } from "../core/ports";

/** Excel opens a UTF-8 CSV as Windows-1258 unless it starts with a byte-order mark. */
const UTF8_BOM = "\uFEFF";

/**
 * A text cell that Excel or LibreOffice would read as a formula (=, +, -, @, or a tab or carriage return before
 * one) gets a leading apostrophe, so a name, a pledge or a story typed as "=HYPERLINK(…)" shows as text.
 * Numbers stay numbers. XLSX cells are typed as strings and need no guard.
 */
export function guardCsvCell(value: string | number): string | number {
  return typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function createSpreadsheetExporter(timezone: string): Exporter {
  // HH:mm dd/mm/yyyy, as everywhere people read a time (Intl's short style gave 27/11/26)
  const cell = (value: string | number | Date | null) => (value instanceof Date ? showTime(value, timezone) : (value ?? ""));
  return {
    async xlsx(table: Table) {
      const workbook = new ExcelJS.Workbook();
      workbook.creator = "thidua-bot";
      const sheet = workbook.addWorksheet(table.sheetName.slice(0, 31));
      sheet.addRow(table.headers).font = { bold: true };
      for (const row of table.rows) sheet.addRow(row.map(cell));
      sheet.columns.forEach((column, i) => {
        const longest = Math.max(table.headers[i]?.length ?? 10, ...table.rows.map((r) => String(cell(r[i] ?? null)).length));
        column.width = Math.min(60, Math.max(8, longest + 2));
      });
      sheet.views = [{ state: "frozen", ySplit: 1 }];
      return new Uint8Array(await workbook.xlsx.writeBuffer());
    },
    csv(table: Table) {
      const body = stringify([table.headers, ...table.rows.map((r) => r.map((value) => guardCsvCell(cell(value))))]);
      return new TextEncoder().encode(UTF8_BOM + body);
    },
  };
}
