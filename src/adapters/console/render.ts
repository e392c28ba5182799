// Renders neutral replies as plain terminal lines; buttons become numbered choices.

import type { Locale } from "../../kernel/locale";
import type { Translator } from "../../kernel/ports";
import type { Args, Button, Picture, Reply } from "../../kernel/reply";
import { TYPED_WORDING, worded } from "../typed-wording";

const wording = worded(TYPED_WORDING);

export interface RenderedConsoleReply {
  lines: string[];
  /** Buttons in the order they were numbered, so typing "2" presses the second. */
  buttons: Button[];
  files: Array<{ fileName: string; data: Uint8Array }>;
  /** Pictures (charts), written as PNG files beside the exports. */
  pictures: Array<{ fileName: string; picture: Picture }>;
}

/** `numbers` labels the buttons (the terminal keeps them stable across a screen's updates); 1, 2, 3… by default. */
export function renderConsoleReply(reply: Reply, locale: Locale, translator: Translator, numbers?: number[]): RenderedConsoleReply {
  // the terminal has no buttons: messages speak of typing, as on Zalo
  const t = (key: string, args?: Args) => translator.t(locale, wording.keyOf(key), wording.args(args));
  const lines: string[] = [];
  const files: RenderedConsoleReply["files"] = [];
  const pictures: RenderedConsoleReply["pictures"] = [];
  for (const block of reply.blocks) {
    switch (block.type) {
      case "heading":
        lines.push(`== ${t(block.text.key, block.text.args)} ==`);
        break;
      case "paragraph":
      case "dm-link":
        lines.push(t(block.text.key, block.text.args));
        break;
      case "list":
        for (const item of block.items) lines.push(`  • ${t(item.key, item.args).replace(/\n/g, "\n    ")}`);
        break;
      case "file":
        files.push({ fileName: block.fileName, data: block.data });
        break;
      case "image":
        pictures.push({ fileName: block.fileName, picture: block.picture });
        break;
      case "platform-file":
        lines.push(t(block.text.key, block.text.args));
        break;
    }
  }
  const buttons = (reply.buttons ?? []).flat();
  // numbered in order, as every typing platform numbers them, unless the terminal kept a button's number
  let position = 0;
  const numbered = buttons.flatMap((b, i) => (b.byWord ? [] : [`[${numbers?.[i] || ++position}] ${t(b.label.key, b.label.args)}`]));
  if (numbered.length > 0) lines.push(numbered.join("   "));
  const words = buttons.filter((b) => b.byWord).map((b) => `«${t(b.label.key, b.label.args)}»`);
  if (words.length > 0) lines.push(t("typed-type-words", { words: words.join(" · ") }));
  return { lines, buttons, files, pictures };
}
