// Measures and the one run style every element is built from: Times New Roman, black (Nghị định 30/2020/NĐ-CP,
// Phụ lục I, Phần I, mục I.4), sizes in points as the decree gives them.
import { convertMillimetersToTwip, TextRun } from "docx";

/** Half-points, as docx counts font sizes. */
export const pt = (points: number) => points * 2;
export const twip = convertMillimetersToTwip;
export const FONT = "Times New Roman";
/** Body text: 13–14 pt (II.6.e); 14 here. */
export const BODY_PT = 14;
/** A4 (I.1) less the margins the bot uses, 30 mm left and 15 mm right (I.3). */
export const TEXT_WIDTH_MM = 165;

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  /** Points. */
  size?: number;
}

export const run = (text: string, style: RunStyle = {}) =>
  new TextRun({ text, font: FONT, size: pt(style.size ?? BODY_PT), bold: style.bold, italics: style.italics });

/**
 * About how wide a line of Times New Roman is, in millimetres: enough to size the short rules the decree sets as a
 * share of a line's length (II.2.b, II.5.b), not a typesetter's measure.
 */
export function approxWidthMm(text: string, points: number, capitals = false): number {
  const emMm = (points * 25.4) / 72;
  return [...text].length * emMm * (capitals ? 0.68 : 0.48);
}
