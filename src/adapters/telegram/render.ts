// Renders neutral replies as Telegram HTML messages with inline keyboards. Every string, translated or the user's
// own, is HTML-escaped; only the tags added here (<b> for headings) are markup. Long texts are split on line
// boundaries under Telegram's 4096-character limit.

import type { Locale } from "../../kernel/locale";
import type { Translator } from "../../kernel/ports";
import type { Args, Picture, Reply } from "../../kernel/reply";
import { TELEGRAM_LIMITS } from "./limits";

export type InlineButton = { text: string; callback_data: string } | { text: string; url: string };

export interface TelegramMessage {
  html: string;
  keyboard: InlineButton[][] | null;
}

export interface TelegramFile {
  fileName: string;
  data: Uint8Array;
}

export interface RenderedTelegramReply {
  messages: TelegramMessage[];
  files: TelegramFile[];
  /** Pictures (charts), drawn at Telegram's scale when sent (see pictures.ts). */
  pictures: Array<{ fileName: string; picture: Picture }>;
  /** Telegram file_ids to send again as documents (a complaint's attachments). */
  fileIds: string[];
  /** The reply is a form question: a press on the previous question may edit that message in place. */
  formStep: boolean;
}

const HTML_SPECIAL = /[&<>]/g;
const HTML_ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

export function escapeHtml(value: string): string {
  // one pass, and none of a new string for the many lines with nothing to escape
  return value.replace(HTML_SPECIAL, (c) => HTML_ENTITY[c] as string);
}

/** Splits HTML text made of escaped lines (and whole <b> lines) into parts under the limit, at line ends. */
export function splitMessage(html: string, max: number = TELEGRAM_LIMITS.messageLength): string[] {
  if (html.length <= max) return [html];
  const parts: string[] = [];
  let current = "";
  for (const line of html.split("\n")) {
    // a single line longer than the limit is cut between characters, never inside an entity
    const pieces = line.length <= max ? [line] : cutLine(line, max);
    for (const piece of pieces) {
      if (current.length + piece.length + 1 > max && current !== "") {
        parts.push(current);
        current = "";
      }
      current = current === "" ? piece : `${current}\n${piece}`;
    }
  }
  if (current !== "") parts.push(current);
  return parts;
}

function cutLine(line: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = line;
  while (rest.length > max) {
    let cut = max;
    const amp = rest.lastIndexOf("&", cut);
    if (amp > cut - 6 && rest.indexOf(";", amp) >= cut) cut = amp;
    // do not split a surrogate pair (emoji)
    const code = rest.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut--;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  pieces.push(rest);
  return pieces;
}

export function renderTelegramReply(reply: Reply, locale: Locale, translator: Translator, links: { botUsername: string }): RenderedTelegramReply {
  const t = (key: string, args?: Args) => translator.t(locale, key, args);
  const lines: string[] = [];
  const files: TelegramFile[] = [];
  const pictures: RenderedTelegramReply["pictures"] = [];
  const fileIds: string[] = [];
  const keyboard: InlineButton[][] = [];
  for (const block of reply.blocks) {
    switch (block.type) {
      case "heading":
        lines.push(`<b>${escapeHtml(t(block.text.key, block.text.args))}</b>`);
        break;
      case "paragraph":
        lines.push(escapeHtml(t(block.text.key, block.text.args)));
        break;
      case "list":
        for (const item of block.items) lines.push(`• ${escapeHtml(t(item.key, item.args)).replace(/\n/g, "\n   ")}`);
        break;
      case "dm-link":
        lines.push(escapeHtml(t(block.text.key, block.text.args)));
        keyboard.push([
          { text: t("tg-open-dm"), url: `https://t.me/${links.botUsername}${block.start ? `?start=${encodeURIComponent(block.start)}` : ""}` },
        ]);
        break;
      case "file":
        files.push({ fileName: block.fileName, data: block.data });
        break;
      case "image":
        pictures.push({ fileName: block.fileName, picture: block.picture });
        break;
      case "platform-file":
        if (block.platform === "telegram") fileIds.push(block.fileId);
        else lines.push(escapeHtml(t(block.text.key, block.text.args)));
        break;
    }
  }
  for (const row of reply.buttons ?? []) {
    if (row.length > 0) keyboard.push(row.map((b) => ({ text: t(b.label.key, b.label.args), callback_data: b.action })));
  }
  const parts = lines.length > 0 ? splitMessage(lines.join("\n")) : [];
  // the keyboard belongs under the last part, where the person reads the end of the message
  const messages = parts.map((html, i) => ({ html, keyboard: i === parts.length - 1 && keyboard.length > 0 ? keyboard : null }));
  if (messages.length === 0 && keyboard.length > 0) messages.push({ html: escapeHtml(t("tg-choose")), keyboard });
  return { messages, files, pictures, fileIds, formStep: reply.formStep === true };
}
