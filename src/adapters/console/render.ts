// Renders neutral replies as plain terminal lines; buttons become numbered choices.

import type { Locale } from "../../kernel/locale";
import type { Translator } from "../../kernel/ports";
import type { Button, Picture, Reply } from "../../kernel/reply";

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
  const t = (key: string, args?: Parameters<Translator["t"]>[2]) => translator.t(locale, key, args);
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
  if (buttons.length > 0) {
    lines.push(buttons.map((b, i) => `[${numbers?.[i] ?? i + 1}] ${t(b.label.key, b.label.args)}`).join("   "));
  }
  return { lines, buttons, files, pictures };
}
