// How a typed line reads in a form, the same on every platform: a number presses the button with that number in the
// view shown now (the numbering the terminal and Zalo print, see numberedButtons), a word names a form button
// («Huỷ», «Xong», «Bỏ qua»), a list of numbers ticks items at a tick question. What is left is an answer.
import { numberedButtons, type Reply, type Text, text } from "../kernel/reply";
import { foldText } from "../kernel/text";
import type { Choice, CommandContext, FieldSpec } from "./command";
import type { DialogMode } from "./dialog-state";
import type { FormOp } from "./form-actions";
import { matchChoice } from "./forms";
import type { AppShape } from "./host";

/** Words that press a form's own buttons when typed, folded, in both languages. */
const FORM_WORDS: Record<string, FormOp> = {
  huy: "cancel",
  "huy bo": "cancel",
  cancel: "cancel",
  "bo qua": "skip",
  skip: "skip",
  xong: "done",
  done: "done",
  "quay lai": "back",
  back: "back",
};

const NUMBER = /^(\d{1,3})[.)]?$/;

/** The form button a typed word names («Huỷ», «Xong»…), if any. */
export function typedFormWord(typed: string): FormOp | null {
  return FORM_WORDS[foldText(typed.replace(/^[«"']|[»"']$/g, ""))] ?? null;
}

/** "4", "4." or "4)" as people type a list number; null for anything else. */
export function typedNumber(typed: string): number | null {
  const match = NUMBER.exec(typed.trim());
  return match ? Number(match[1]) : null;
}

/** The payload a typed number presses in a view, or null when the view has no button with that number. */
export function pressedBy(view: Reply, number: number): string | null {
  return numberedButtons(view.buttons)[number - 1]?.action ?? null;
}

/** "1 hoặc 2", "1, 2 hoặc 3", "một số từ 1 đến 7": the numbers a view offers, for a message saying what to type. */
export function numbersText(count: number): Text {
  if (count <= 1) return text("choice-numbers-one");
  if (count === 2) return text("choice-numbers-two");
  if (count === 3) return text("choice-numbers-three");
  return text("choice-numbers-range", { last: count });
}

export type TickList = { picked: string[]; done: boolean } | { unknown: string };

/**
 * A list typed at a tick question ("1, 2", "1 3", "Lao động tiên tiến; 4"): the items it names and whether it ends
 * with «Xong» (its number or its word). A part that names nothing is returned so the person is told which.
 */
export function readTickList<A extends AppShape>(ctx: CommandContext<A>, choices: Choice[], typed: string): TickList {
  const parts = typed
    .split(/[,;]+|\s+(?=\d)|\s+(?:và|va|and)\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const picked: string[] = [];
  let done = false;
  for (const part of parts) {
    const number = typedNumber(part);
    if (number === choices.length + 1 || typedFormWord(part) === "done") {
      done = true;
      continue;
    }
    const choice = matchChoice(number === null ? part : String(number), choices, ctx);
    if (!choice) return { unknown: part };
    picked.push(choice.value);
  }
  return parts.length === 0 ? { unknown: typed } : { picked, done };
}

/** The numbers of ticked items as the question shows them: "1, 2". */
export function tickedNumbers(choices: Choice[], ticked: string[]): string {
  return choices
    .map((c, i) => (ticked.includes(c.value) ? String(i + 1) : null))
    .filter((n): n is string => n !== null)
    .join(", ");
}

const YES_WORDS = new Set(["co", "c", "yes", "y", "ok", "dong y"]);
const NO_WORDS = new Set(["khong", "k", "no", "n"]);
const CONFIRM_WORDS = new Set(["ok", "xac nhan", "confirm", "co", "yes", "luu"]);
const EDIT_WORDS = new Set(["sua", "edit"]);

/** Whether a form button's word means something where the form stands («Xong» only at a tick question…). */
export function wordFits<A extends AppShape>(word: FormOp, mode: DialogMode, field: FieldSpec<A> | undefined): boolean {
  if (word === "skip") return mode === "ask" && field?.optional === true;
  if (word === "done") return mode === "ask" && field?.kind === "multichoice";
  if (word === "back") return mode === "pick-field" || mode === "number";
  return true;
}

/** What a word means in a view that has words of its own (the summary's, the leave question's yes and no). */
export function typedWordIn(mode: DialogMode, folded: string): FormOp | null {
  if (mode === "summary" || mode === "pick-field") {
    if (CONFIRM_WORDS.has(folded)) return "ok";
    if (EDIT_WORDS.has(folded)) return mode === "summary" ? "edit" : null;
  }
  if (mode === "leave") {
    if (YES_WORDS.has(folded)) return "leave";
    if (NO_WORDS.has(folded)) return "stay";
  }
  if (mode === "number") {
    if (YES_WORDS.has(folded)) return "literal";
    if (NO_WORDS.has(folded)) return "back";
  }
  return null;
}
