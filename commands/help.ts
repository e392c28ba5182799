// /help (trợ giúp): the commands this person may run here, with one line each.

import { mayRun } from "../src/engine/pipeline";
import { text } from "../src/kernel/reply";
import { defineCommand } from "./support/command";

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
          items: runnable.map((c) =>
            c.aliases.length > 0
              ? text("help-line", { command: c.name, aliases: c.aliases.join(", /"), description: text(c.description) })
              : text("help-line-bare", { command: c.name, description: text(c.description) }),
          ),
        },
        { type: "paragraph", text: text("help-footer") },
      ],
    };
  },
});
