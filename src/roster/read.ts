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
  /** What is wrong, for a message in the reader's language: the file's type, its size, its rows, its format. */
  constructor(
    message: string,
    readonly problem: "type" | "size" | "rows" | "format" = "format",
  ) {
    super(message);
  }
}

/** Limits that keep a wrong or hostile file from exhausting memory: above a whole province's roster (50,000). */
export const ROSTER_MAX_BYTES = 16 * 1024 * 1024;
export const ROSTER_MAX_ROWS = 60_000;
/**
 * What an XLSX roster may inflate to: a province's 60,000 rows are about 25 MB of XML; a workbook past this is refused
 * before exceljs reads it (it keeps the whole sheet in memory, about ten times its XML).
 */
export const ROSTER_MAX_INFLATED_BYTES = 48 * 1024 * 1024;

/** How big a file may be, in bytes and rows; `what` names it in messages ("a roster"). */
export interface SheetLimits {
  maxBytes: number;
  /** What an XLSX may hold once unpacked: exceljs keeps the whole sheet in memory, about ten times its XML. */
  maxInflatedBytes: number;
  maxRows: number;
  what: string;
}

export const ROSTER_LIMITS: SheetLimits = {
  maxBytes: ROSTER_MAX_BYTES,
  maxInflatedBytes: ROSTER_MAX_INFLATED_BYTES,
  maxRows: ROSTER_MAX_ROWS,
  what: "a roster",
};
/** A file of past decisions: 50,000 people × 15 years, one or two entries a year each, with room. */
export const AWARD_FILE_LIMITS: SheetLimits = {
  maxBytes: 256 * 1024 * 1024,
  // a year of a province's decisions as XLSX is about 30 MB of XML; larger histories come as CSV or a year a file
  maxInflatedBytes: 128 * 1024 * 1024,
  maxRows: 2_000_000,
  what: "a file of past decisions",
};

export async function readRosterFile(path: string, limits: SheetLimits = ROSTER_LIMITS): Promise<RosterSheet> {
  const extension = extname(path).toLowerCase();
  checkType(extension);
  checkSize(statSync(path).size, limits);
  return readSheet(extension, () => (extension === ".csv" ? readCsv(readFileSync(path)) : readXlsxFile(path, limits)), limits);
}

/** The same reading for a file's bytes (one sent in chat), its type told by its name. */
export async function readSheetBytes(bytes: Uint8Array, fileName: string, limits: SheetLimits = ROSTER_LIMITS): Promise<RosterSheet> {
  const extension = extname(fileName).toLowerCase();
  checkType(extension);
  checkSize(bytes.byteLength, limits);
  return readSheet(extension, () => (extension === ".csv" ? readCsv(Buffer.from(bytes)) : readXlsxFile(Buffer.from(bytes), limits)), limits);
}

function checkType(extension: string): void {
  if (extension !== ".csv" && extension !== ".xlsx") {
    throw new RosterFileError(`unsupported file type "${extension || "(none)"}": use .csv or .xlsx`, "type");
  }
}

function checkSize(size: number, limits: SheetLimits): void {
  if (size > limits.maxBytes) {
    throw new RosterFileError(
      `the file is ${(size / 1024 / 1024).toFixed(1)} MB, more than the ${limits.maxBytes / 1024 / 1024} MB ${limits.what} may be; split it into smaller files`,
      "size",
    );
  }
}

/** An XLSX is measured inflated before exceljs reads it (it keeps the whole sheet in memory, ten times its XML). */
async function checkInflated(source: string | Buffer, limits: SheetLimits): Promise<void> {
  try {
    await checkInflatedSize(source, limits.maxInflatedBytes);
  } catch (error) {
    if (!(error instanceof ZipTooLargeError))
      throw new RosterFileError("the file is not a readable Excel workbook; open it in Excel and save it again as .xlsx", "format");
    throw new RosterFileError(
      `the workbook unpacks to more than ${limits.maxInflatedBytes / 1024 / 1024} MB, more than ${limits.what} may be; split it into smaller files, or save it as CSV`,
      "size",
    );
  }
}

async function readSheet(extension: string, read: () => RosterSheet | Promise<RosterSheet>, limits: SheetLimits): Promise<RosterSheet> {
  let sheet: RosterSheet;
  try {
    sheet = await read();
  } catch (error) {
    if (error instanceof RosterFileError) throw error;
    // the parsers' own messages are long and technical: one plain sentence instead
    throw new RosterFileError(
      extension === ".csv"
        ? `the file is not a well-formed CSV (${firstSentence(error)}); save it again from the spreadsheet as CSV UTF-8`
        : "the file is not a readable Excel workbook; open it in Excel and save it again as .xlsx",
    );
  }
  if (sheet.rows.length > limits.maxRows) {
    throw new RosterFileError(
      `the file has ${sheet.rows.length} rows, more than the ${limits.maxRows.toLocaleString("en")} ${limits.what} may have; split it into smaller files`,
      "rows",
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
  const firstBreak = bytes.indexOf(10);
  const headerLine = bytes.subarray(0, firstBreak === -1 ? bytes.length : firstBreak).toString("utf8");
  const delimiter = headerLine.includes(",") ? "," : ";";
  const options = { bom: true, relax_column_count: true, skip_empty_lines: false, delimiter };
  const records = parse(bytes, options) as string[][];
  // as many records as lines: none spans two, so a record's line is its position, and the parser need not count
  // them (counting costs it half again); otherwise it is asked to
  const lines = physicalLines(bytes);
  const numbered =
    records.length === lines
      ? records.map((record, i) => ({ record, line: i + 1 }))
      : (parse(bytes, { ...options, info: true }) as unknown as Array<{ record: string[]; info: { lines: number } }>).map(({ record, info }) => ({
          record,
          line: info.lines,
        }));
  const [header, ...data] = numbered;
  if (!header) return { headers: [], rows: [] };
  const headers = header.record.map((h) => cleanText(h).trim().toLowerCase());
  const rows = data.map(({ record, line }) => ({
    line,
    cells: Object.fromEntries(headers.map((h, i) => [h, cleanText(record[i] ?? "")])),
  }));
  return { headers, rows };
}

/** Lines of a text file: its line breaks, and one more when the last line has none. */
function physicalLines(bytes: Buffer): number {
  let count = 0;
  for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1)) count++;
  return bytes.length > 0 && bytes[bytes.length - 1] !== 10 ? count + 1 : count;
}

async function readXlsxFile(source: string | Buffer, limits: SheetLimits): Promise<RosterSheet> {
  await checkInflated(source, limits);
  return readXlsx(source);
}

async function readXlsx(source: string | Buffer): Promise<RosterSheet> {
  // exceljs is large: loaded only when an XLSX roster is read, so starting the bot does not pay for it
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  if (typeof source === "string") await workbook.xlsx.readFile(source);
  else await workbook.xlsx.load(source as unknown as ArrayBuffer);
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
