// Element 6 (Phụ lục I, mục II.6): the body. Paragraphs in ordinary case, justified, upright, 13–14 pt, first line
// indented 1.27 cm, at least 6 pt between paragraphs, single to 1.5 line spacing (II.6.e); the căn cứ in italics,
// each on its own line ending ";" and the last "." (II.6.a); "Điều" with its number bold (II.6.đ); headings of parts
// ("I. …") in capitals, bold (II.6.đ, table mục V row 6b). The content ends "./." as the models of Phụ lục III do.
import { AlignmentType, Paragraph, Table, TableCell, TableLayoutType, TableRow, type TextRun, WidthType } from "docx";
import { run, twip } from "./units";

const INDENT = { firstLine: twip(12.7) };
const SPACING = { after: 120, line: 276 };

/** A body paragraph: justified, first line indented 1.27 cm, 6 pt after, 1.15 lines. */
export function para(text: string, options: { bold?: boolean; italics?: boolean; indent?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: options.indent === false ? undefined : INDENT,
    spacing: SPACING,
    children: [run(text, { bold: options.bold, italics: options.italics })],
  });
}

/** A paragraph of several runs (a bold label and its value), laid out as `para`. */
export function runs(children: TextRun[]): Paragraph {
  return new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: INDENT, spacing: SPACING, children });
}

/** II.6.a: each căn cứ italic on its own line, ending ";", the last one ".". */
export function basisLines(bases: string[]): Paragraph[] {
  return bases.map((basis, i) => para(`${basis.replace(/[;.]\s*$/, "")}${i === bases.length - 1 ? "." : ";"}`, { italics: true }));
}

/** A centred bold line in the body: the authority that issues a decision ("GIÁM ĐỐC SỞ NỘI VỤ"), "QUYẾT ĐỊNH:". */
export function centredLine(text: string, options: { before?: number; after?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: options.before ?? 120, after: options.after ?? 120 },
    children: [run(text, { bold: true })],
  });
}

/** II.6.đ: "Điều 1." bold, then the article's text upright, indented like a paragraph. */
export function article(n: number, text: string): Paragraph {
  return runs([run(`Điều ${n}. `, { bold: true }), run(text)]);
}

/** A heading of a part of the body: "I. SƠ LƯỢC LÝ LỊCH", in capitals, bold, indented like a paragraph. */
export function partHeading(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: INDENT,
    spacing: { before: 120, after: 120 },
    children: [run(text, { bold: true })],
  });
}

/** The end of the content: the last paragraph followed by "./.". */
export function withEndMark(text: string): Paragraph {
  return para(`${text.replace(/\s+$/, "")}./.`);
}

/** A table with a bold header row; widths in millimetres, summing to at most the text width. */
export function dataTable(headers: string[], rows: string[][], widthsMm: number[]): Table {
  const cell = (text: string, widthMm: number, header = false) =>
    new TableCell({
      width: { size: twip(widthMm), type: WidthType.DXA },
      children: text
        .split("\n")
        .map(
          (line) =>
            new Paragraph({ alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT, children: [run(line, { bold: header, size: 12 })] }),
        ),
    });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: twip(widthsMm.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h, i) => cell(h, widthsMm[i] ?? 20, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((value, i) => cell(value, widthsMm[i] ?? 20)) })),
    ],
  });
}
