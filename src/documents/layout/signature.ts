// Element 7 (Phụ lục I, mục II.7): the signer's authority ("TM.", "KT.", "TL.") and post in capitals, 13–14 pt,
// upright, bold (7a); another post of the signer above the name (7b: for an advisory council, the signer's post in
// the agency, II.7.c); room for the signature and the seal (7c, 8); the name in ordinary case, bold, centred (7b).
import { AlignmentType, Paragraph } from "docx";
import { run } from "./units";

export interface Signature {
  /** "TM. HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG", "KT. GIÁM ĐỐC", "TL. GIÁM ĐỐC", or empty. */
  authority?: string;
  /** The post: "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "CHỦ TỊCH", "TRƯỞNG PHÒNG", "THƯ KÝ"… */
  title: string;
  /** The signer's post in the agency, for a council's document: "GIÁM ĐỐC SỞ NỘI VỤ". */
  otherTitle?: string;
  /** A form's instruction under the post, italic: "(Ký, ghi rõ họ và tên)". */
  note?: string;
  name: string;
}

const centred = (children: ReturnType<typeof run>[], before = 0) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before }, children });

export function signatureBlock(signature: Signature): Paragraph[] {
  return [
    ...(signature.authority ? [centred([run(signature.authority.toUpperCase(), { bold: true, size: 14 })])] : []),
    centred([run(signature.title.toUpperCase(), { bold: true, size: 14 })]),
    ...(signature.otherTitle ? [centred([run(signature.otherTitle.toUpperCase(), { bold: true, size: 14 })])] : []),
    ...(signature.note ? [centred([run(signature.note, { italics: true, size: 13 })])] : []),
    // room for the signature and the seal
    new Paragraph({ spacing: { before: 1400 }, children: [] }),
    centred([run(signature.name, { bold: true, size: 14 })]),
  ];
}
