// The letter a named sender signs and hands in (Đơn khiếu nại, Luật Khiếu nại Điều 8 khoản 2; Đơn tố cáo, Luật Tố
// cáo Điều 23 khoản 1), as a Word file: the same lines the chat shows (src/core/cases/letter.ts), set in Times New
// Roman on A4 with the margins of Nghị định 30/2020/NĐ-CP Phụ lục I: the motto centred, the title bold, the place
// and date and the signature on the right. A citizen's letter has no issuing body or number.
import { AlignmentType, convertMillimetersToTwip, Document, Packer, Paragraph, TextRun } from "docx";

const FONT = "Times New Roman";
const SIZE = 28; // 14 pt, in half-points

export async function renderLetter(lines: string[]): Promise<Uint8Array> {
  const [motto = "", , title = "", ...rest] = lines;
  const [national = "", slogan = ""] = motto.split("\n");
  // the place-and-date line and the two signature lines close the letter, on the right
  const closing = rest.slice(-3);
  const body = rest.slice(0, -3);
  const run = (text: string, options: { bold?: boolean; italics?: boolean } = {}) => new TextRun({ text, font: FONT, size: SIZE, ...options });
  const centred = (text: string, bold = false) => new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, { bold })] });
  const right = (text: string, options: { bold?: boolean; italics?: boolean } = {}) =>
    new Paragraph({ alignment: AlignmentType.CENTER, indent: { left: convertMillimetersToTwip(80) }, children: [run(text, options)] });
  const document = new Document({
    creator: "thidua-bot",
    styles: { default: { document: { run: { font: FONT, size: SIZE, color: "000000" } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
            margin: {
              top: convertMillimetersToTwip(20),
              bottom: convertMillimetersToTwip(20),
              left: convertMillimetersToTwip(30),
              right: convertMillimetersToTwip(15),
            },
          },
        },
        children: [
          centred(national, true),
          centred(slogan, true),
          new Paragraph({ spacing: { after: 240 }, children: [] }),
          centred(title, true),
          ...body.map(
            (line) =>
              new Paragraph({
                alignment: AlignmentType.JUSTIFIED,
                spacing: { after: 120, line: 276 },
                indent: { firstLine: convertMillimetersToTwip(12.7) },
                children: [run(line)],
              }),
          ),
          right(closing[0] ?? "", { italics: true }),
          right(closing[1] ?? "", { bold: true }),
          new Paragraph({ spacing: { before: 1200 }, children: [] }),
          right(closing[2] ?? "", { bold: true }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
