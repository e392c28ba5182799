// The layout of a Vietnamese administrative document, built with the `docx` library: Nghị định 30/2020/NĐ-CP,
// Phụ lục I, Phần I (official; read in the repository ericphan28/van-ban-plus,
// docs/van-ban-phap-quy/nghi-dinh/30-2020-ND-CP/phu-luc/phu-luc-I.md, and summarised in ../shared/LAW.md §7):
// - A4 portrait; margins top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm (I.3); Times New Roman, black (I.4);
// - Quốc hiệu in capitals 12–13 pt bold, top right; Tiêu ngữ 13–14 pt bold centred below it with a full-length rule
//   (II.1); the issuing body in capitals 12–13 pt bold under its parent body, with a short rule (II.2);
// - "Số: …/…" 13 pt under the body (II.3); place and date 13–14 pt italic on the same line, centred under the motto
//   (II.4); document type in capitals 13–14 pt bold, subject bold below with a short rule (II.5);
// - body 13–14 pt justified, first-line indent 1–1.27 cm, ≥ 6 pt between paragraphs, single to 1.5 line spacing
//   (II.6.e); signer's authority and title in capitals 13–14 pt bold, name bold (II.7); "Nơi nhận:" 12 pt bold
//   italic, the list 11 pt (II.9); page numbers from the second page, centred in the top margin (I.7).
import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";

/** Half-points, as docx counts font sizes. */
const pt = (points: number) => points * 2;
const FONT = "Times New Roman";
const BODY = pt(14);
/** The text width of A4 less the margins (210 − 30 − 15 mm). */
const TEXT_WIDTH_MM = 165;

export const NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const MOTTO = "Độc lập - Tự do - Hạnh phúc";

export interface Issuer {
  /** The parent body, e.g. "UBND TỈNH …"; empty when there is none. */
  parent: string;
  /** The issuing body, e.g. "SỞ NỘI VỤ" or "HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG". */
  name: string;
}

export interface Signature {
  /** "TM. HỘI ĐỒNG", "KT. GIÁM ĐỐC", or empty. */
  authority: string;
  title: string;
  name: string;
}

export interface DocumentSpec {
  issuer: Issuer;
  /** "Số: 12/BB-HĐTĐKT"; the number left blank for the registry office ("Số:      /TTr-SNV"). */
  number: string;
  placeAndDate: string;
  /** "BIÊN BẢN", "TỜ TRÌNH", "QUYẾT ĐỊNH"… */
  kind: string;
  subject: string;
  body: Array<Paragraph | Table>;
  signatures: Signature[];
  recipients: string[];
  /** Annexes (lists) after the signature, each starting on a new page. */
  annexes?: Array<{ title: string; subtitle: string; body: Array<Paragraph | Table> }>;
}

const run = (text: string, options: { bold?: boolean; italics?: boolean; size?: number; underline?: boolean } = {}) =>
  new TextRun({
    text,
    font: FONT,
    size: options.size ?? BODY,
    bold: options.bold,
    italics: options.italics,
    ...(options.underline ? { underline: {} } : {}),
  });

const centred = (children: ParagraphChild[], after = 0) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after }, children });

/** A short rule under a centred line: a bottom border on a paragraph indented to a third of the width. */
function shortRule(widthMm: number, fractionOfWidth: number): Paragraph {
  const inset = convertMillimetersToTwip((widthMm * (1 - fractionOfWidth)) / 2);
  return new Paragraph({
    indent: { left: inset, right: inset },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    spacing: { after: 120 },
    children: [],
  });
}

const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  bottom: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  left: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  right: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
};

/** Boxes 1–4: issuing body and number on the left, national title, motto and place-date on the right. */
function heading(spec: DocumentSpec): Table {
  const leftMm = 65;
  const rightMm = TEXT_WIDTH_MM - leftMm;
  const cell = (widthMm: number, children: Paragraph[]) =>
    new TableCell({ width: { size: convertMillimetersToTwip(widthMm), type: WidthType.DXA }, verticalAlign: VerticalAlign.TOP, children });
  const left = [
    ...(spec.issuer.parent ? [centred([run(spec.issuer.parent.toUpperCase(), { size: pt(13) })])] : []),
    centred([run(spec.issuer.name.toUpperCase(), { bold: true, size: pt(13) })]),
    shortRule(leftMm, 0.4),
    centred([run(spec.number, { size: pt(13) })]),
  ];
  const right = [
    centred([run(NATIONAL_TITLE, { bold: true, size: pt(12) })]),
    centred([run(MOTTO, { bold: true, size: pt(13) })]),
    shortRule(rightMm, 0.62),
    centred([run(spec.placeAndDate, { italics: true, size: pt(14) })]),
  ];
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: convertMillimetersToTwip(TEXT_WIDTH_MM), type: WidthType.DXA },
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(leftMm, left), cell(rightMm, right)] })],
  });
}

/** Box 5a: the document type and its subject, with a short rule below. */
function title(kind: string, subject: string): Paragraph[] {
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 240 }, children: [run(kind.toUpperCase(), { bold: true })] }),
    centred([run(subject, { bold: true })]),
    shortRule(TEXT_WIDTH_MM, 0.3),
  ];
}

/** A body paragraph: justified, first line indented 1.27 cm, 6 pt after, 1.15 lines. */
export function para(text: string, options: { bold?: boolean; italics?: boolean; indent?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: options.indent === false ? undefined : { firstLine: convertMillimetersToTwip(12.7) },
    spacing: { after: 120, line: 276 },
    children: [run(text, options)],
  });
}

/** A centred heading inside the body (a section of a report, an annex title). */
export function sectionHeading(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.LEFT, spacing: { before: 120, after: 120 }, children: [run(text, { bold: true })] });
}

/** A table with a bold header row; widths in millimetres, summing to at most the text width. */
export function dataTable(headers: string[], rows: string[][], widthsMm: number[]): Table {
  const cell = (text: string, widthMm: number, bold = false) =>
    new TableCell({
      width: { size: convertMillimetersToTwip(widthMm), type: WidthType.DXA },
      children: [new Paragraph({ alignment: bold ? AlignmentType.CENTER : AlignmentType.LEFT, children: [run(text, { bold, size: pt(12) })] })],
    });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: convertMillimetersToTwip(widthsMm.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h, i) => cell(h, widthsMm[i] ?? 20, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((value, i) => cell(value, widthsMm[i] ?? 20)) })),
    ],
  });
}

/** Boxes 7 and 9: "Nơi nhận:" on the left, each signer's block on the right (several signers side by side). */
function closing(spec: DocumentSpec): Table {
  const recipientsMm = 75;
  const signersMm = TEXT_WIDTH_MM - recipientsMm;
  const recipients = [
    new Paragraph({ children: [run("Nơi nhận:", { bold: true, italics: true, size: pt(12) })] }),
    ...spec.recipients.map((r) => new Paragraph({ children: [run(`- ${r}`, { size: pt(11) })] })),
  ];
  const signers = spec.signatures.flatMap((s, i) => [
    ...(i > 0 ? [new Paragraph({ spacing: { before: 240 }, children: [] })] : []),
    ...(s.authority ? [centred([run(s.authority.toUpperCase(), { bold: true })])] : []),
    centred([run(s.title.toUpperCase(), { bold: true })]),
    new Paragraph({ spacing: { before: 1200 }, children: [] }),
    centred([run(s.name, { bold: true })]),
  ]);
  const cell = (widthMm: number, children: Paragraph[]) =>
    new TableCell({ width: { size: convertMillimetersToTwip(widthMm), type: WidthType.DXA }, children });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: convertMillimetersToTwip(TEXT_WIDTH_MM), type: WidthType.DXA },
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(recipientsMm, recipients), cell(signersMm, signers)] })],
  });
}

/** The whole document as .docx bytes. */
export async function renderDocument(spec: DocumentSpec): Promise<Uint8Array> {
  const pageNumber = new Header({
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: pt(13) })] }),
    ],
  });
  const page = {
    size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
    margin: {
      top: convertMillimetersToTwip(20),
      bottom: convertMillimetersToTwip(20),
      left: convertMillimetersToTwip(30),
      right: convertMillimetersToTwip(15),
    },
  };
  const annexes = (spec.annexes ?? []).map((annex) => ({
    properties: { page },
    headers: { default: pageNumber },
    children: [centred([run(annex.title.toUpperCase(), { bold: true })]), centred([run(annex.subtitle, { italics: true })], 240), ...annex.body],
  }));
  const document = new Document({
    creator: "thidua-bot",
    styles: { default: { document: { run: { font: FONT, size: BODY, color: "000000" } } } },
    sections: [
      {
        // a different first page, so the page number shows from the second page on
        properties: { page, titlePage: true },
        headers: { default: pageNumber, first: new Header({ children: [] }) },
        children: [heading(spec), ...title(spec.kind, spec.subject), ...spec.body, closing(spec)],
      },
      ...annexes,
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
