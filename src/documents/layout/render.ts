// A whole document from its elements: A4 portrait (I.1, I.2), margins 20/15/20/30 mm (I.3), Times New Roman black
// (I.4), page numbers from the second page, centred in the top margin, 13–14 pt (I.7), and each annex on its own
// pages with its own numbering (III.1.đ). The closing lays the signers (7) and the recipients (9b) side by side.
import { AlignmentType, Document, Header, type ISectionPropertiesOptions, Packer, PageNumber, Paragraph, type Table, TextRun } from "docx";
import { annexHeading } from "./annex";
import { boxes, draftMark, heading, type Issuer } from "./heading";
import { addressedTo, recipientList } from "./recipients";
import { type Signature, signatureBlock } from "./signature";
import { titleBlock } from "./title";
import { BODY_PT, FONT, pt, TEXT_WIDTH_MM, twip } from "./units";

export interface Annex {
  title: string;
  /** "Kèm theo Quyết định số …/QĐ-SNV ngày … tháng … năm … của Giám đốc Sở Nội vụ". */
  attachedTo: string;
  body: Array<Paragraph | Table>;
}

export interface DocumentSpec {
  /** A draft: "DỰ THẢO" above the heading, never inside the subject. */
  draft?: boolean;
  /** null: a form with no issuing body (the achievement report). */
  issuer: Issuer | null;
  /** "Số:        /QĐ-SNV": the number blank for the registry office; null: no number. */
  number: string | null;
  /** null: the model has no place and date at its head (the minutes, mẫu 1.9). */
  placeAndDate: string | null;
  kind: string;
  subject: string;
  /** "Kính gửi" (9a), for a submission or a report to a higher body. */
  addressedTo?: string[];
  body: Array<Paragraph | Table>;
  /** Left to right; a third signer goes centred below the first two (a form's "xác nhận của cấp trình"). */
  signatures: Signature[];
  /** "Nơi nhận" (9b); null: none (a form). */
  recipients: string[] | null;
  annexes?: Annex[];
}

const HALF = TEXT_WIDTH_MM / 2;

/** Elements 7 and 9b: one signer with the recipients on the left; two signers side by side, the recipients under the left one. */
export function closing(signatures: Signature[], recipients: string[] | null): Array<Paragraph | Table> {
  const [first, second, third] = signatures;
  const list = recipients ? recipientList(recipients) : [];
  const spacer = new Paragraph({ spacing: { before: 240 }, children: [] });
  if (!first) return list.length > 0 ? [spacer, ...list] : [];
  if (!second)
    return [
      spacer,
      boxes([
        { widthMm: 75, children: list },
        { widthMm: TEXT_WIDTH_MM - 75, children: signatureBlock(first) },
      ]),
    ];
  const rows: Array<Paragraph | Table> = [
    spacer,
    boxes([
      { widthMm: HALF, children: signatureBlock(first) },
      { widthMm: HALF, children: signatureBlock(second) },
    ]),
  ];
  if (third)
    rows.push(
      spacer,
      boxes([
        { widthMm: 40, children: [] },
        { widthMm: TEXT_WIDTH_MM - 80, children: signatureBlock(third) },
        { widthMm: 40, children: [] },
      ]),
    );
  if (list.length > 0)
    rows.push(
      spacer,
      boxes([
        { widthMm: 75, children: list },
        { widthMm: TEXT_WIDTH_MM - 75, children: [] },
      ]),
    );
  return rows;
}

/** I.7: the page number, centred in the top margin, 13 pt upright. */
export function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: pt(13) })] }),
    ],
  });
}

const PAGE: PageSetup = {
  size: { width: twip(210), height: twip(297) },
  margin: { top: twip(20), bottom: twip(20), left: twip(30), right: twip(15) },
};

export type PageSetup = NonNullable<ISectionPropertiesOptions["page"]>;

/** The paragraphs and tables of a document's first section, before any annex. */
export function mainContent(spec: DocumentSpec): Array<Paragraph | Table> {
  return [
    ...(spec.draft ? [draftMark()] : []),
    heading(spec.issuer, spec.number, spec.placeAndDate),
    ...titleBlock(spec.kind, spec.subject),
    ...(spec.addressedTo ? addressedTo(spec.addressedTo) : []),
    ...spec.body,
    ...closing(spec.signatures, spec.recipients),
  ];
}

/**
 * Sections in one file, each starting a page: a document and its annexes, or one certificate a page. Numbered
 * sections show no number on their first page (I.7) and count from 1 (an annex has its own numbers, III.1.đ).
 */
export async function renderSections(
  sections: Array<Array<Paragraph | Table>>,
  options: { page?: PageSetup; numbered?: boolean } = {},
): Promise<Uint8Array> {
  const page = { ...(options.page ?? PAGE), pageNumbers: { start: 1 } };
  const numbered = options.numbered ?? true;
  const document = new Document({
    creator: "thidua-bot",
    styles: { default: { document: { run: { font: FONT, size: pt(BODY_PT), color: "000000" } } } },
    sections: sections.map((children) => ({
      properties: { page, titlePage: numbered },
      headers: numbered ? { default: pageNumberHeader(), first: new Header({ children: [] }) } : {},
      children,
    })),
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** The whole document as .docx bytes. */
export async function renderDocument(spec: DocumentSpec): Promise<Uint8Array> {
  const annexes = spec.annexes ?? [];
  return renderSections([
    mainContent(spec),
    ...annexes.map((annex, index) => [
      ...annexHeading({ index, count: annexes.length, title: annex.title, attachedTo: annex.attachedTo }),
      ...annex.body,
    ]),
  ]);
}
