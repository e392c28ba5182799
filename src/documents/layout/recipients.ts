// Element 9 (Phụ lục I, mục II.9): "Kính gửi:" for a submission or report to a higher body (9a: ordinary case,
// 13–14 pt, upright; one recipient on the same line, several on lines of their own starting "-", ending ";" and the
// last "."), and "Nơi nhận:" (9b: 12 pt, italic, bold, level with the signer's post; the list 11 pt upright, each
// line starting "-", ending ";", the last one "Lưu: VT, <drafting unit>.").
import { AlignmentType, Paragraph } from "docx";
import { run, twip } from "./units";

const punctuated = (items: string[]) => items.map((item, i) => `${item.replace(/[;.]\s*$/, "")}${i === items.length - 1 ? "." : ";"}`);

/** 9a. */
export function addressedTo(recipients: string[]): Paragraph[] {
  const lines = punctuated(recipients);
  if (lines.length === 1)
    return [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run(`Kính gửi: ${lines[0]}`)] })];
  return [
    new Paragraph({ alignment: AlignmentType.LEFT, indent: { left: twip(30) }, children: [run("Kính gửi:")] }),
    ...lines.map(
      (line, i) =>
        new Paragraph({
          alignment: AlignmentType.LEFT,
          indent: { left: twip(52) },
          spacing: { after: i === lines.length - 1 ? 240 : 0 },
          children: [run(`- ${line}`)],
        }),
    ),
  ];
}

/** 9b: the list ends with "Lưu: VT, …", given as the last item. */
export function recipientList(recipients: string[]): Paragraph[] {
  return [
    new Paragraph({ children: [run("Nơi nhận:", { bold: true, italics: true, size: 12 })] }),
    ...punctuated(recipients).map((line) => new Paragraph({ children: [run(`- ${line}`, { size: 11 })] })),
  ];
}
