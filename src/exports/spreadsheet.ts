// Tables to XLSX (exceljs) and CSV (csv-stringify), both written as streams, with Vietnamese headers kept intact.

import { PassThrough, Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { stringify } from "csv-stringify";
import type { Exporter, Table } from "../core/ports";
import { timeFormatter } from "../kernel/dates";

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

/**
 * The file's bytes as a plain Uint8Array over the joined chunks, without copying them (a province's files are
 * megabytes), and not as the Buffer itself, whose toJSON would turn it into an array of numbers wherever a reply
 * is serialised.
 */
function fileBytes(chunks: Buffer[]): Uint8Array {
  const joined = Buffer.concat(chunks);
  return new Uint8Array(joined.buffer, joined.byteOffset, joined.byteLength);
}

export function createSpreadsheetExporter(timezone: string): Exporter {
  // HH:mm dd/mm/yyyy, as everywhere people read a time (Intl's short style gave 27/11/26)
  const showTime = timeFormatter(timezone);
  // a list's rows are read three times (the XLSX's widths and cells, the CSV) and hand over the same Date objects each
  // time: each is written out once, and the text is forgotten with the Date (times read from the database never change)
  const shown = new WeakMap<Date, string>();
  const time = (at: Date) => {
    let text = shown.get(at);
    if (text === undefined) {
      text = showTime(at);
      shown.set(at, text);
    }
    return text;
  };
  const cell = (value: string | number | Date | null) => (value instanceof Date ? time(value) : (value ?? ""));
  return {
    async xlsx(table: Table) {
      // exceljs is large: loaded on the first export, so starting the bot does not pay for it. Its streaming
      // writer keeps only the current row in memory and zips as it goes, so a 50,000-row list stays small.
      const { default: Excel } = await import("exceljs");
      const widths = table.headers.map((h) => h.length);
      for (const row of table.rows) {
        row.forEach((value, i) => {
          widths[i] = Math.max(widths[i] ?? 0, String(cell(value)).length);
        });
      }
      const sink = new PassThrough();
      const chunks: Buffer[] = [];
      sink.on("data", (chunk: Buffer) => chunks.push(chunk));
      const done = new Promise<void>((resolve, reject) => {
        sink.on("end", resolve);
        sink.on("error", reject);
      });
      const workbook = new Excel.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
      workbook.creator = "thidua-bot";
      const sheet = workbook.addWorksheet(table.sheetName.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
      sheet.columns = widths.map((w) => ({ width: Math.min(60, Math.max(8, w + 2)) }));
      const header = sheet.addRow(table.headers);
      header.font = { bold: true };
      header.commit();
      for (const row of table.rows) sheet.addRow(row.map(cell)).commit();
      sheet.commit();
      await workbook.commit();
      await done;
      return fileBytes(chunks);
    },
    async csv(table: Table) {
      // streamed like the XLSX: each row is guarded and turned into text as csv-stringify asks for it, and only the
      // UTF-8 bytes are kept, not a second copy of the rows nor the whole file as one string
      function* records() {
        yield table.headers;
        for (const row of table.rows) yield row.map((value) => guardCsvCell(cell(value)));
      }
      const chunks: Buffer[] = [Buffer.from(UTF8_BOM)];
      await pipeline(Readable.from(records()), stringify(), async (text: AsyncIterable<Buffer>) => {
        for await (const chunk of text) chunks.push(chunk);
      });
      return fileBytes(chunks);
    },
  };
}
