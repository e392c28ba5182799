// Renders neutral replies as Zalo plain text: no markup (Zalo shows none), buttons as numbered lines the person
// answers by typing the number or the label, files the bot could not link (./files.ts) replaced by a line saying
// where else to get them, a button that would bring a file said to bring a link, or without links (no PUBLIC_URL)
// listed with where else to get it instead of offered, and every message split at line ends under Zalo's
// 2,000-character limit.

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
  // the documents menu elsewhere promises a Word file in the chat
  "documents-menu": "zalo-documents-menu",
};

/** Whether files can reach Zalo as one-time links (PUBLIC_URL), and for how long such a link works. */
export interface ZaloFileOptions {
  fileLinks: { hours: number } | null;
}

/** Buttons that only leave or skip a free-text question: offered by word, so a typed number stays an answer. */
const WORD_ONLY_ACTIONS = new Set(["f:skip", "f:cancel"]);

export function renderZaloReply(
  reply: Reply,
  locale: Locale,
  translator: Translator,
  files: ZaloFileOptions = { fileLinks: null },
): RenderedZaloReply {
  const t = (key: string, args?: Args) => translator.t(locale, ZALO_WORDING[key] ?? key, args && zaloArgs(args));
  const lines: string[] = [];
  const photos: string[] = [];
  const unsent: string[] = [];
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
        unsent.push(block.fileName);
        break;
      case "platform-file":
        // a photo kept on Zalo (a complaint's), or a chart behind a one-time link: Zalo fetches it by its address
        if (block.platform === "zalo" && /^https?:\/\//.test(block.fileId)) photos.push(block.fileId);
        else lines.push(t(block.text.key, block.text.args));
        break;
    }
  }
  // Zalo bots cannot send files: one line names those not linked and says where else to get them
  if (unsent.length > 0) lines.push(t("zalo-file-unavailable", { name: unsent.join(", ") }));
  let buttons = (reply.buttons ?? []).flat();
  // said before a file is picked, once: it comes as a link, or (no links) it is had elsewhere and is not offered
  const fileButtons = buttons.filter((b) => b.file);
  if (fileButtons.length > 0 && files.fileLinks) lines.push(t("zalo-files-by-link", { hours: files.fileLinks.hours }));
  else if (fileButtons.length > 0 && reply.sensitive) {
    // a complainant's letter: its text is in the reply, to copy; nobody else need be asked for it
    lines.push(t("zalo-files-text-above"));
    buttons = buttons.filter((b) => !b.file);
  } else if (fileButtons.length > 0) {
    lines.push(t("zalo-files-elsewhere"));
    for (const b of fileButtons) lines.push(`• ${t(b.label.key, b.label.args)}`);
    buttons = buttons.filter((b) => !b.file);
  }
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
