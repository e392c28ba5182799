// The certificates the Sở hands out for a recorded decision, one page per awardee in one file to print: the Giấy
// khen of the Director (every form the Sở grants) and the Bằng chứng nhận of the titles that carry one (Chiến sĩ thi
// đua cơ sở: Nghị định 98/2023/NĐ-CP Điều 54, quoted; catalog/legal-bases.json `certified`). Each names the awardee,
// their post and unit, the achievement, the decision's number and date as /decide recorded them, and its signer.
// Layout `lead`: the decree's annex with the designs (size, colours, pattern) was not read; this is an A4 landscape
// page with a double border, wording in the customary order (issuer, "TẶNG", "GIẤY KHEN", name, achievement, place and
// date, signer), meant for the Sở's printed blanks or plain paper.
import { AlignmentType, BorderStyle, PageOrientation, Paragraph } from "docx";
import { DateTime } from "luxon";
import type { DocContext } from "./context";
import { boxes, MOTTO, NATIONAL_TITLE, run, twip } from "./layout";
import { dateInWords, inRunningText } from "./words";

export interface Certificate {
  /** "form": a Giấy khen; "title": the certificate of a title (Bằng chứng nhận). */
  kind: "form" | "title";
  award: string;
  /** "Bà Vũ Thị Lan" is not written: the roster holds no gender, so the name alone. */
  name: string;
  /** "Chuyên viên, Phòng Tổ chức…" or the collective's parent body. */
  detail: string;
  year: number;
  achievement: string;
  decisionNo: string;
  /** YYYY-MM-DD. */
  decisionDate: string;
  signer: string;
}

const LANDSCAPE = {
  size: { width: twip(297), height: twip(210), orientation: PageOrientation.LANDSCAPE },
  margin: { top: twip(15), bottom: twip(15), left: twip(20), right: twip(20) },
};
const BORDER = { style: BorderStyle.DOUBLE, size: 24, color: "000000", space: 24 };
export const CERTIFICATE_PAGE = {
  ...LANDSCAPE,
  borders: { pageBorderTop: BORDER, pageBorderBottom: BORDER, pageBorderLeft: BORDER, pageBorderRight: BORDER },
};

const line = (text: string, style: { bold?: boolean; italics?: boolean; size?: number }, before = 0) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before }, children: [run(text, style)] });

/** One certificate: the paragraphs of one page. */
export function certificatePage(ctx: DocContext, c: Certificate) {
  const { t, settings } = ctx;
  const decided = DateTime.fromISO(c.decisionDate);
  const agency = inRunningText(settings.name);
  return [
    boxes([
      { widthMm: 110, children: [line(settings.parent.toUpperCase(), { size: 13 }), line(settings.name.toUpperCase(), { bold: true, size: 13 })] },
      { widthMm: 147, children: [line(NATIONAL_TITLE, { bold: true, size: 13 }), line(MOTTO, { bold: true, size: 14 })] },
    ]),
    line(t("doc-decision-authority", { agency }).toUpperCase(), { bold: true, size: 16 }, 360),
    line(t(c.kind === "form" ? "doc-certificate-gives" : "doc-certificate-certifies"), { bold: true, size: 16 }, 120),
    ...(c.kind === "form" ? [line(t("doc-certificate-form-title"), { bold: true, size: 36 }, 120)] : []),
    line(c.name, { bold: true, size: 24 }, 240),
    line(c.detail, { italics: true, size: 15 }, 60),
    ...(c.kind === "form"
      ? [line(c.achievement, { size: 15 }, 180)]
      : [
          line(t("doc-certificate-title-achieved"), { size: 15 }, 180),
          line(c.award.toUpperCase(), { bold: true, size: 22 }, 60),
          line(t("doc-certificate-year", { year: String(c.year) }), { size: 15 }, 60),
        ]),
    boxes([
      {
        widthMm: 128,
        children: [
          new Paragraph({
            spacing: { before: 600 },
            children: [run(t("doc-certificate-decision", { number: c.decisionNo, date: decided.toFormat("dd/MM/yyyy") }), { size: 13 })],
          }),
          new Paragraph({ children: [run(t("doc-certificate-register"), { size: 13 })] }),
        ],
      },
      {
        widthMm: 129,
        children: [
          line(`${settings.place}, ${dateInWords(decided)}`, { italics: true, size: 14 }, 240),
          line(t("doc-title-director").toUpperCase(), { bold: true, size: 14 }),
          new Paragraph({ spacing: { before: 1200 }, children: [] }),
          line(c.signer, { bold: true, size: 14 }),
        ],
      },
    ]),
  ];
}
