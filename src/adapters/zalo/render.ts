// Renders neutral replies as Zalo plain text: no markup (Zalo shows none), buttons as numbered lines the person
// answers by typing the number or the label, files replaced by a line saying where to get them, and every
// message split at line ends under Zalo's 2,000-character limit.

import type { Locale } from "../../kernel/locale";
import type { Translator } from "../../kernel/ports";
import type { Args, Button, Reply, Text } from "../../kernel/reply";
import { ZALO_LIMITS } from "./limits";

/** A choice as shown: its number (null when it is offered by word only) and its label in the reader's language. */
export interface ShownChoice {
  number: number | null;
  label: string;
  action: string;
}

export interface RenderedZaloReply {
  messages: string[];
  choices: ShownChoice[];
  /** Photos kept on Zalo (a complaint's attachments), sent again by their URL. */
  photos: string[];
}

/**
 * Messages whose wording differs on Zalo: the honesty notice of a complaint names what Zalo itself can see and
 * that the bot cannot delete a Zalo chat; hints say "type" where other platforms say "tap".
 */
const ZALO_WORDING: Record<string, string> = {
  "ask-case-identity": "zalo-ask-case-identity",
  "case-receipt-cleared": "zalo-case-receipt-cleared",
  // hints that say "tap" where Zalo can only type
  "form-multichoice-hint": "zalo-form-multichoice-hint",
  "form-summary-hint": "zalo-form-summary-hint",
  "error-field-choice": "zalo-error-field-choice",
  "error-field-multichoice": "zalo-error-field-multichoice",
  "ballot-hint-complete": "zalo-ballot-hint-complete",
};

/** Buttons that only leave or skip a free-text question: offered by word, so a typed number stays an answer. */
const WORD_ONLY_ACTIONS = new Set(["f:skip", "f:cancel"]);

export function renderZaloReply(reply: Reply, locale: Locale, translator: Translator): RenderedZaloReply {
  const t = (key: string, args?: Args) => translator.t(locale, ZALO_WORDING[key] ?? key, args && zaloArgs(args));
  const lines: string[] = [];
  const photos: string[] = [];
  const files: string[] = [];
  for (const block of reply.blocks) {
    switch (block.type) {
      case "heading":
      case "paragraph":
      case "dm-link":
        lines.push(t(block.text.key, block.text.args));
        break;
      case "list":
        for (const item of block.items) lines.push(`• ${t(item.key, item.args).replace(/\n/g, "\n   ")}`);
        break;
      case "file":
        files.push(block.fileName);
        break;
      case "platform-file":
        if (block.platform === "zalo" && /^https:\/\//.test(block.fileId)) photos.push(block.fileId);
        else lines.push(t(block.text.key, block.text.args));
        break;
    }
  }
  // Zalo bots cannot send files: one line names them all and says where to get them
  if (files.length > 0) lines.push(t("zalo-file-unavailable", { name: files.join(", ") }));
  const buttons = (reply.buttons ?? []).flat();
  const choices = numberChoices(buttons, (b) => t(b.label.key, b.label.args));
  if (choices.length > 0) lines.push(choiceLines(choices, (words) => t("zalo-type-words", { words })));
  const text = lines.join("\n").trim();
  return { messages: text === "" ? [] : splitPlainText(text), choices, photos };
}

/** A form's prompt inside a question is a Text argument: Zalo's wording applies there too. */
function zaloArgs(args: Args): Args {
  const out: Args = {};
  for (const [name, value] of Object.entries(args)) {
    const asText = value as Text;
    out[name] =
      typeof value === "object" && value !== null && "key" in value && ZALO_WORDING[asText.key]
        ? { ...asText, key: ZALO_WORDING[asText.key] as string }
        : value;
  }
  return out;
}

function numberChoices(buttons: Button[], label: (b: Button) => string): ShownChoice[] {
  const wordsOnly = buttons.length > 0 && buttons.every((b) => WORD_ONLY_ACTIONS.has(b.action));
  return buttons.map((b, i) => ({ number: wordsOnly ? null : i + 1, label: label(b), action: b.action }));
}

/** "1. Xác nhận   2. Sửa   3. Huỷ" on one line when short, one per line otherwise; word-only choices as a hint. */
function choiceLines(choices: ShownChoice[], wordsHint: (words: string) => string): string {
  if (choices.every((c) => c.number === null)) return wordsHint(choices.map((c) => `«${c.label}»`).join(" · "));
  const items = choices.map((c) => `${c.number}. ${c.label}`);
  const oneLine = items.join("   ");
  return oneLine.length <= 60 && !items.some((i) => i.includes("\n")) ? oneLine : items.join("\n");
}

/** Splits plain text at line ends into parts of at most `max` characters (UTF-16 units, as the API counts). */
export function splitPlainText(text: string, max: number = ZALO_LIMITS.messageMax): string[] {
  if (text.length <= max) return [text];
  const parts: string[] = [];
  let current = "";
  for (const line of text.split("\n")) {
    for (const piece of line.length <= max ? [line] : cutLine(line, max)) {
      if (current !== "" && current.length + piece.length + 1 > max) {
        parts.push(current);
        current = "";
      }
      current = current === "" ? piece : `${current}\n${piece}`;
    }
  }
  if (current.trim() !== "") parts.push(current);
  return parts.filter((p) => p.trim() !== "");
}

/** A line longer than a message is cut at a space if there is one near the end, never inside a surrogate pair. */
function cutLine(line: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = line;
  while (rest.length > max) {
    let cut = rest.lastIndexOf(" ", max);
    if (cut < max * 0.8) cut = max;
    const code = rest.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut--;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^ /, "");
  }
  pieces.push(rest);
  return pieces;
}
