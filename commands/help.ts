// /help (trợ giúp): the commands this person may run here, with one line each.

import { mayRun } from "../src/engine/pipeline";
import { type Args, type Text, text } from "../src/kernel/reply";
import { defineCommand } from "./support/command";

/**
 * A command's line of the list, built once per command with frozen arguments: they never change, so the translator
 * formats each line once per language (src/i18n/translator.ts), not on every /help.
 */
const lines = new WeakMap<object, Text>();
function lineOf(c: { name: string; aliases: readonly string[]; description: string }): Text {
  let line = lines.get(c);
  if (!line) {
    const description = Object.freeze(text(c.description));
    const args: Args = c.aliases.length > 0 ? { command: c.name, aliases: c.aliases.join(", /"), description } : { command: c.name, description };
    line = Object.freeze(text(c.aliases.length > 0 ? "help-line" : "help-line-bare", Object.freeze(args)));
    lines.set(c, line);
  }
  return line;
}

export default defineCommand({
  name: "help",
  aliases: ["trogiup", "huongdan"],
  description: "cmd-help-description",
  homeShortcut: "slack-home-button-help",
  access: "everyone",
  where: "anywhere",
  groupMenu: true,
  run(ctx) {
    const runnable = ctx.commands
      .filter((c) => !c.hidden && mayRun(c, ctx.actor, ctx.identity.platform))
      .filter((c) => ctx.chat.kind === "dm" || c.groupMenu);
    return {
      blocks: [
        { type: "heading", text: text(ctx.actor ? "help-title" : "help-title-guest") },
        {
          type: "list",
          items: runnable.map(lineOf),
        },
        { type: "paragraph", text: text("help-footer") },
      ],
    };
  },
});
