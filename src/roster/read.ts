// Reads a roster file (CSV or XLSX) into rows that keep their line numbers, so problems can be pointed at.
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import type { RosterRow } from "../core/directory/roster";

export interface RosterSheet {
  headers: string[];
  rows: RosterRow[];
}

export class RosterFileError extends Error {
  override name = "RosterFileError";
}

export async function readRosterFile(path: string): Promise<RosterSheet> {
  const extension = extname(path).toLowerCase();
  if (extension === ".csv") return readCsv(readFileSync(path));
  if (extension === ".xlsx") return readXlsx(path);
  throw new RosterFileError(`unsupported file type "${extension || "(none)"}": use .csv or .xlsx`);
}

function readCsv(bytes: Buffer): RosterSheet {
  // Excel in Vietnamese locales saves CSV with ";" between columns; roles use ";" inside a cell, so
  // the separator is decided by the header line alone
  const headerLine = bytes.toString("utf8").split(/\r?\n/, 1)[0] ?? "";
  const delimiter = headerLine.includes(",") ? "," : ";";
  const records = parse(bytes, {
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: false,
    delimiter,
  }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  const [header, ...data] = records;
  if (!header) return { headers: [], rows: [] };
  const headers = header.record.map((h) => h.trim().toLowerCase());
  const rows = data.map(({ record, info }) => ({
    line: info.lines,
    cells: Object.fromEntries(headers.map((h, i) => [h, record[i] ?? ""])),
  }));
  return { headers, rows };
}

async function readXlsx(path: string): Promise<RosterSheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { headers: [], rows: [] };
  const cellText = (value: ExcelJS.CellValue): string => {
    if (value === null || value === undefined) return "";
    if (typeof value === "object" && "text" in value) return String(value.text);
    if (typeof value === "object" && "result" in value) return String(value.result ?? "");
    if (typeof value === "object" && "richText" in value) return value.richText.map((r) => r.text).join("");
    if (value instanceof Date) return value.toISOString();
    return String(value);
  };
  const headerRow = sheet.getRow(1);
  const headers: string[] = [];
  headerRow.eachCell({ includeEmpty: true }, (cell, column) => {
    headers[column - 1] = cellText(cell.value).trim().toLowerCase();
  });
  const rows: RosterRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1) return;
    const cells: Record<string, string> = {};
    headers.forEach((h, i) => {
      // Telegram ids typed into Excel become numbers; keep them as plain digits
      cells[h] = cellText(row.getCell(i + 1).value);
    });
    rows.push({ line: number, cells });
  });
  return { headers, rows };
}
