// Phụ lục I, mục III.1: an annex starts on a new page with "Phụ lục" (numbered in Roman numerals when there are two
// or more) on its own line, 14 pt bold, centred; its title in capitals 13–14 pt bold; then, italic and centred,
// which document it goes with: number, date and issuer, left blank here for the registry office ("Kèm theo Quyết
// định số …/QĐ-… ngày … tháng … năm …"), as Phụ lục III mẫu 2.1 shows.
import { AlignmentType, Paragraph } from "docx";
import { rule } from "./heading";
import { run, TEXT_WIDTH_MM } from "./units";

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

export function annexHeading(options: { index: number; count: number; title: string; attachedTo: string }): Paragraph[] {
  const label = options.count > 1 ? `Phụ lục ${ROMAN[options.index] ?? options.index + 1}` : "Phụ lục";
  const centred = (text: string, style: { bold?: boolean; italics?: boolean; size?: number }) =>
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, style)] });
  return [
    centred(label, { bold: true, size: 14 }),
    centred(options.title.toUpperCase(), { bold: true, size: 14 }),
    centred(`(${options.attachedTo})`, { italics: true, size: 14 }),
    rule(40, TEXT_WIDTH_MM, 240),
  ];
}
