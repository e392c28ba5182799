// Shows a named sender the letter to sign, and what the law makes of it: the formal periods start only when the
// agency receives it signed (Luật Khiếu nại Điều 8, Luật Tố cáo Điều 23).
import { letterLines, withdrawalLines } from "../../src/core/cases/letter";
import type { Case, CaseKind, CaseLetter } from "../../src/core/cases/types";
import { type Block, text } from "../../src/kernel/reply";
import { showDay } from "./case-day";
import type { CommandContext } from "./command";

export function statutoryNotice(ctx: CommandContext, kind: CaseKind, letter: CaseLetter): Block[] {
  return [
    { type: "paragraph", text: text(kind === "complaint" ? "case-receipt-letter-complaint" : "case-receipt-letter-denunciation") },
    ...(kind === "complaint" && letter.learnedOn ? [limitBlock(ctx, letter.learnedOn, letter.instance)] : []),
  ];
}

/** The letter's text, always in Vietnamese: it is filed with a Vietnamese agency whatever the chat's language. */
export function letterBlocks(ctx: CommandContext, kind: CaseKind, letter: CaseLetter): Block[] {
  if (kind === "feedback") return [];
  const lines = letterLines(kind, letter, (key, args) => ctx.services.translator.t("vi", key, args));
  return [
    { type: "heading", text: text("case-letter-heading") },
    { type: "paragraph", text: text("raw", { value: lines.join("\n") }) },
  ];
}

/**
 * The time to complain, shown at intake: 90 days from the decision for a first complaint (Điều 9), 30 days (45 in
 * remote areas) from the first-instance decision for a second one (Điều 33). A late complaint is not refused: time
 * lost to illness and the like does not count, and whether a reason is good is the handler's to judge.
 */
export function limitBlock(ctx: CommandContext, from: string, instance = 1, forHandler = false): Block {
  const limit = ctx.services.cases.limitToComplain(from, instance);
  const late = limit.day < ctx.services.cases.today();
  const key = instance === 2 ? (late ? "case-limit-second-passed" : "case-limit-second") : late ? "case-limit-passed" : "case-limit";
  return {
    type: "paragraph",
    text: text(key, {
      day: showDay(limit.day),
      article: limit.rule.article,
      // the complainant reads the rule's status in plain words; "to check" is a note for the handler
      status: text(`${forHandler ? "case-rule-status" : "case-rule-public-status"}-${limit.rule.status}`),
    }),
  };
}

/** The withdrawal to sign, in Vietnamese like the letter. */
export function withdrawalBlocks(ctx: CommandContext, kind: CaseKind, letter: CaseLetter): Block[] {
  if (kind === "feedback") return [];
  const lines = withdrawalLines(kind, letter, ctx.services.cases.today(), (key, args) => ctx.services.translator.t("vi", key, args));
  return [
    { type: "heading", text: text("case-withdrawal-heading") },
    { type: "paragraph", text: text("raw", { value: lines.join("\n") }) },
  ];
}

/** For handlers: what the named sender's letter states, and the time limit of a complaint. */
export function letterDetails(ctx: CommandContext, item: Case): Block[] {
  const letter = item.letter;
  if (!letter) return [];
  return [
    {
      type: "paragraph",
      text: text("case-detail-letter", {
        subject: letter.subject,
        address: letter.address,
        contact: letter.contact ?? "—",
        request: letter.request ?? "—",
        instance: item.kind === "complaint" ? letter.instance : "—",
      }),
    },
    ...(item.kind === "complaint" && letter.learnedOn ? [limitBlock(ctx, letter.learnedOn, letter.instance, true)] : []),
  ];
}
