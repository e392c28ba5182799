// Reads a roster file (CSV or XLSX) into rows that keep their line numbers, so problems can be pointed at.
import { readFileSync, statSync } from "node:fs";
import { extname } from "node:path";
import { parse } from "csv-parse/sync";
import type ExcelJS from "exceljs";
import type { RosterRow } from "../core/directory/roster";
import { cleanText } from "../kernel/text";
import { checkInflatedSize, ZipTooLargeError } from "./zip-size";

export interface RosterSheet {
  headers: string[];
  rows: RosterRow[];
}

export class RosterFileError extends Error {
  override name = "RosterFileError";
}

/** Limits that keep a wrong or hostile file from exhausting memory: above a whole province's roster (50,000). */
export const ROSTER_MAX_BYTES = 16 * 1024 * 1024;
export const ROSTER_MAX_ROWS = 60_000;
/**
 * What an XLSX roster may inflate to: a province's 60,000 rows are about 25 MB of XML; a workbook past this is refused
 * before exceljs reads it (it keeps the whole sheet in memory, about ten times its XML).
 */
export const ROSTER_MAX_INFLATED_BYTES = 48 * 1024 * 1024;

export async function readRosterFile(path: string): Promise<RosterSheet> {
  const extension = extname(path).toLowerCase();
  if (extension !== ".csv" && extension !== ".xlsx") {
    throw new RosterFileError(`unsupported file type "${extension || "(none)"}": use .csv or .xlsx`);
  }
  const size = statSync(path).size;
  if (size > ROSTER_MAX_BYTES) {
    throw new RosterFileError(
      `the file is ${(size / 1024 / 1024).toFixed(1)} MB, more than the ${ROSTER_MAX_BYTES / 1024 / 1024} MB a roster may be; split it into smaller files`,
    );
  }
  if (extension === ".xlsx") {
    try {
      await checkInflatedSize(path, ROSTER_MAX_INFLATED_BYTES);
    } catch (error) {
      throw new RosterFileError(
        error instanceof ZipTooLargeError
          ? `the workbook unpacks to more than ${ROSTER_MAX_INFLATED_BYTES / 1024 / 1024} MB, more than a roster may be; split it into smaller files, or save it as CSV`
          : "the file is not a readable Excel workbook; open it in Excel and save it again as .xlsx",
      );
    }
  }
  let sheet: RosterSheet;
  try {
    sheet = extension === ".csv" ? readCsv(readFileSync(path)) : await readXlsx(path);
  } catch (error) {
    // the parsers' own messages are long and technical: one plain sentence instead
    throw new RosterFileError(
      extension === ".csv"
        ? `the file is not a well-formed CSV (${firstSentence(error)}); save it again from the spreadsheet as CSV UTF-8`
        : "the file is not a readable Excel workbook; open it in Excel and save it again as .xlsx",
    );
  }
  if (sheet.rows.length > ROSTER_MAX_ROWS) {
    throw new RosterFileError(
      `the file has ${sheet.rows.length} rows, more than the ${ROSTER_MAX_ROWS.toLocaleString("en")} a roster may have; split it into smaller files`,
    );
  }
  return sheet;
}

function firstSentence(error: unknown): string {
  return String((error as Error).message ?? error)
    .split(/[.:\n]/, 1)[0]
    ?.trim()
    .slice(0, 80) as string;
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
  const headers = header.record.map((h) => cleanText(h).trim().toLowerCase());
  const rows = data.map(({ record, info }) => ({
    line: info.lines,
    cells: Object.fromEntries(headers.map((h, i) => [h, cleanText(record[i] ?? "")])),
  }));
  return { headers, rows };
}

async function readXlsx(path: string): Promise<RosterSheet> {
  // exceljs is large: loaded only when an XLSX roster is read, so starting the bot does not pay for it
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
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
    headers[column - 1] = cleanText(cellText(cell.value)).trim().toLowerCase();
  });
  const rows: RosterRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1) return;
    const cells: Record<string, string> = {};
    headers.forEach((h, i) => {
      // Telegram ids typed into Excel become numbers; keep them as plain digits
      cells[h] = cleanText(cellText(row.getCell(i + 1).value));
    });
    rows.push({ line: number, cells });
  });
  return { headers, rows };
}
