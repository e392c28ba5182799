// Elements 1 to 4 of Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II (official; read in the repository
// ericphan28/van-ban-plus, docs/van-ban-phap-quy/nghi-dinh/30-2020-ND-CP/phu-luc/phu-luc-I.md): the national title
// and motto (1), the issuing body under its parent body (2), the number and symbol (3), the place and date (4), laid
// out in boxes 1–4 (mục IV): the body on the left, the national title on the right, number and date on one line.
import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from "docx";
import { approxWidthMm, run, TEXT_WIDTH_MM, twip } from "./units";

export const NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const MOTTO = "Độc lập - Tự do - Hạnh phúc";

export interface Issuer {
  /** The parent body with its province, e.g. "UBND TỈNH THỪA THIÊN HUẾ"; empty when there is none. */
  parent: string;
  /** The issuing body, e.g. "SỞ NỘI VỤ" or "HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG". */
  name: string;
}

const ISSUER_MM = 65;
const NATIONAL_MM = TEXT_WIDTH_MM - ISSUER_MM;

const centred = (children: ReturnType<typeof run>[], after = 0) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after }, children });

/** A centred rule of `widthMm` in a column `columnMm` wide: a bottom border on a paragraph indented from both sides. */
export function rule(widthMm: number, columnMm: number, after = 120): Paragraph {
  const inset = twip(Math.max(0, (columnMm - widthMm) / 2));
  return new Paragraph({
    indent: { left: inset, right: inset },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    spacing: { after },
    children: [],
  });
}

/** II.1: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in capitals, 12–13 pt, upright, bold; the motto 13–14 pt bold, centred below, with a rule as long as it. */
export function nationalTitle(columnMm = NATIONAL_MM): Paragraph[] {
  return [
    centred([run(NATIONAL_TITLE, { bold: true, size: 12 })]),
    centred([run(MOTTO, { bold: true, size: 13 })]),
    rule(approxWidthMm(MOTTO, 13), columnMm),
  ];
}

/** II.2: the parent body in capitals 12–13 pt upright; the issuing body below in capitals 12–13 pt bold, with a rule a third to a half of its line. */
export function issuingBody(issuer: Issuer, columnMm = ISSUER_MM): Paragraph[] {
  const name = issuer.name.toUpperCase();
  const longest = Math.max(...name.split("\n").map((line) => approxWidthMm(line, 13, true)));
  return [
    ...(issuer.parent ? [centred([run(issuer.parent.toUpperCase(), { size: 13 })])] : []),
    centred([run(name, { bold: true, size: 13 })]),
    rule(Math.min(columnMm * 0.6, Math.max(12, longest * 0.45)), columnMm),
  ];
}

/** II.3: "Số: …/…" in 13 pt upright, centred under the body; the number itself left blank for the registry. */
export function numberLine(number: string): Paragraph {
  return centred([run(number, { size: 13 })]);
}

/** II.4: place and date, 13–14 pt italic, on the number's line, centred under the national title. */
export function placeAndDateLine(text: string): Paragraph {
  return centred([run(text, { italics: true, size: 14 })]);
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
export const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};

/** A borderless table of cells side by side, widths in millimetres: how the decree's boxes sit on a line. */
export function boxes(columns: Array<{ widthMm: number; children: Array<Paragraph | Table> }>): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: twip(columns.reduce((sum, c) => sum + c.widthMm, 0)), type: WidthType.DXA },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: columns.map(
          (c) =>
            new TableCell({
              width: { size: twip(c.widthMm), type: WidthType.DXA },
              verticalAlign: VerticalAlign.TOP,
              children: c.children.length > 0 ? c.children : [new Paragraph({ children: [] })],
            }),
        ),
      }),
    ],
  });
}

/**
 * Boxes 1–4. `issuer` null: a form with no issuing body (the achievement report); `number` or `placeAndDate` null:
 * a model without that line (the minutes, mẫu 1.9, have no place and date at the head).
 */
export function heading(issuer: Issuer | null, number: string | null, placeAndDate: string | null): Table {
  const left = [...(issuer ? issuingBody(issuer) : []), ...(number !== null ? [numberLine(number)] : [])];
  const right = [...nationalTitle(), ...(placeAndDate !== null ? [placeAndDateLine(placeAndDate)] : [])];
  return boxes([
    { widthMm: ISSUER_MM, children: left },
    { widthMm: NATIONAL_MM, children: right },
  ]);
}

/** "DỰ THẢO" above the heading of a draft: the bot's own mark (the decree has none), kept out of the subject line. */
export function draftMark(): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.LEFT,
    spacing: { after: 120 },
    children: [run("DỰ THẢO", { bold: true, size: 13 })],
    border: {
      top: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 2 },
      bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 2 },
      left: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 2 },
      right: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 2 },
    },
    indent: { right: twip(TEXT_WIDTH_MM - 28) },
  });
}
