// Renders neutral replies as Zalo plain text: no markup (Zalo shows none), buttons as numbered lines the person
// answers by typing the number or the label, files the bot could not link (./files.ts) replaced by a line saying
// where else to get them, a button that would bring a file said to bring a link, or without links (no PUBLIC_URL)
// listed with where else to get it instead of offered, and every message split at line ends under Zalo's
// 2,000-character limit.

import type { Locale } from "../../kernel/locale";
import type { Translator } from "../../kernel/ports";
import type { Args, Button, Reply } from "../../kernel/reply";
import { TYPED_WORDING, worded } from "../typed-wording";
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
 * Messages whose wording differs on Zalo: those of every typing platform (locales/<lang>/typed.ftl), and the honesty
 * notice of a complaint, which names what Zalo itself can see and that the bot cannot delete a Zalo chat.
 */
export const ZALO_WORDING: Readonly<Record<string, string>> = {
  ...TYPED_WORDING,
  "ask-case-identity": "zalo-ask-case-identity",
  "case-receipt-cleared": "zalo-case-receipt-cleared",
  // the documents menu elsewhere promises a Word file in the chat
  "documents-menu": "zalo-documents-menu",
};
const wording = worded(ZALO_WORDING);

/** Whether files can reach Zalo as one-time links (PUBLIC_URL), and for how long such a link works. */
export interface ZaloFileOptions {
  fileLinks: { hours: number } | null;
}

export function renderZaloReply(
  reply: Reply,
  locale: Locale,
  translator: Translator,
  files: ZaloFileOptions = { fileLinks: null },
): RenderedZaloReply {
  const t = (key: string, args?: Args) => translator.t(locale, wording.keyOf(key), wording.args(args));
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
  if (choices.length > 0) lines.push(choiceLines(choices, (words) => t("typed-type-words", { words })));
  const text = lines.join("\n").trim();
  return { messages: text === "" ? [] : splitPlainText(text), choices, photos };
}

/** Buttons offered by word only take no number; the others are numbered in order, as every typing platform does. */
function numberChoices(buttons: Button[], label: (b: Button) => string): ShownChoice[] {
  let number = 0;
  return buttons.map((b) => ({ number: b.byWord ? null : ++number, label: label(b), action: b.action }));
}

/** "1. Xác nhận   2. Sửa   3. Huỷ" on one line when short, one per line otherwise; word-only choices as a hint. */
function choiceLines(choices: ShownChoice[], wordsHint: (words: string) => string): string {
  const numbered = choices.filter((c) => c.number !== null);
  const words = choices.filter((c) => c.number === null);
  const lines: string[] = [];
  if (numbered.length > 0) {
    const items = numbered.map((c) => `${c.number}. ${c.label}`);
    const oneLine = items.join("   ");
    lines.push(oneLine.length <= 60 && !items.some((i) => i.includes("\n")) ? oneLine : items.join("\n"));
  }
  if (words.length > 0) lines.push(wordsHint(words.map((c) => `«${c.label}»`).join(" · ")));
  return lines.join("\n");
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
