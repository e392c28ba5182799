// Element 5 (Phụ lục I, mục II.5): the document type in capitals, 13–14 pt, upright, bold, centred; the subject
// (trích yếu) just below in ordinary case, 13–14 pt bold, centred; a rule a third to a half of its line below it.
import { AlignmentType, Paragraph } from "docx";
import { rule } from "./heading";
import { approxWidthMm, run, TEXT_WIDTH_MM } from "./units";

export function titleBlock(kind: string, subject: string): Paragraph[] {
  const lines = subject.split("\n");
  const longest = Math.max(...lines.map((l) => approxWidthMm(l, 14)));
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 240 }, children: [run(kind.toUpperCase(), { bold: true, size: 14 })] }),
    ...lines.map((line) => new Paragraph({ alignment: AlignmentType.CENTER, children: [run(line, { bold: true, size: 14 })] })),
    rule(Math.min(TEXT_WIDTH_MM / 2, Math.max(25, longest * 0.4)), TEXT_WIDTH_MM, 240),
  ];
}
