// The text of the letter a named sender signs and hands in. Luật Khiếu nại Điều 8 khoản 2 and Luật Tố cáo Điều 23
// khoản 1 list what it must state; a chat message is not a signed letter, so the bot prepares it and the formal
// periods start only when the agency receives it signed. One function builds the text from the structured data,
// so a later document export (a Word file) can use the same data and wording.
import type { Args } from "../../kernel/reply";
import type { CaseKind, CaseLetter } from "./types";

export type Translate = (key: string, args?: Args) => string;

function longDate(iso: string): { day: string; month: string; year: string } {
  const [year = "", month = "", day = ""] = iso.split("-");
  return { day, month, year };
}

const showDay = (iso: string) => iso.split("-").reverse().join("/");

/**
 * The letter, one line a string. Documents go to a Vietnamese agency, so callers pass a Vietnamese translator
 * whatever the chat's language (the English messages exist only as a reading aid for translators).
 */
export function letterLines(kind: Exclude<CaseKind, "feedback">, letter: CaseLetter, t: Translate): string[] {
  const complaint = kind === "complaint";
  return [
    t("letter-motto"),
    "",
    t(complaint ? "letter-title-complaint" : "letter-title-denunciation", { instance: letter.instance }),
    t("letter-to"),
    "",
    t("letter-name", { name: letter.name }),
    t("letter-address", { address: letter.address }),
    ...(letter.contact ? [t("letter-contact", { contact: letter.contact })] : []),
    t(complaint ? "letter-subject-complaint" : "letter-subject-denunciation", { subject: letter.subject }),
    ...(complaint && letter.learnedOn
      ? [t(letter.instance === 2 ? "letter-first-decision-on" : "letter-learned-on", { day: showDay(letter.learnedOn) })]
      : []),
    t(complaint ? "letter-content-complaint" : "letter-content-denunciation"),
    letter.content,
    ...(letter.request ? [t("letter-request"), letter.request] : []),
    // a second complaint goes with the first-instance decision and its papers (Luật Khiếu nại khoản 1 Điều 33)
    ...(complaint && letter.instance === 2 ? [t("letter-attached-second")] : []),
    t(complaint ? "letter-pledge-complaint" : "letter-pledge-denunciation"),
    "",
    t("letter-place-date", longDate(letter.date)),
    t(complaint ? "letter-signature-complaint" : "letter-signature-denunciation"),
    t("letter-signature-name", { name: letter.name }),
  ];
}

/**
 * The withdrawal to sign once the letter has been received: Luật Khiếu nại Điều 10 wants a letter signed or
 * fingerprinted by the complainant, Luật Tố cáo Điều 33 a written withdrawal.
 */
export function withdrawalLines(kind: Exclude<CaseKind, "feedback">, letter: CaseLetter, today: string, t: Translate): string[] {
  const complaint = kind === "complaint";
  return [
    t("letter-motto"),
    "",
    t(complaint ? "letter-withdraw-title-complaint" : "letter-withdraw-title-denunciation"),
    t("letter-to"),
    "",
    t("letter-name", { name: letter.name }),
    t("letter-address", { address: letter.address }),
    t(complaint ? "letter-withdraw-body-complaint" : "letter-withdraw-body-denunciation", { day: showDay(letter.date), subject: letter.subject }),
    "",
    t("letter-place-date", longDate(today)),
    t(complaint ? "letter-signature-complaint" : "letter-signature-denunciation"),
    t("letter-signature-name", { name: letter.name }),
  ];
}
