// /start (bắt đầu): the greeting; explains how to register for someone the bot does not know yet.

import { text } from "../src/kernel/reply";
import { defineCommand } from "./support/command";

export default defineCommand({
  name: "start",
  aliases: ["batdau"],
  description: "cmd-start-description",
  access: "everyone",
  where: "anywhere",
  run(ctx) {
    if (!ctx.actor) return { blocks: [{ type: "paragraph", text: text("start-guest") }] };
    if (ctx.actor.status === "pending") return { blocks: [{ type: "paragraph", text: text("error-registration-pending") }] };
    return { blocks: [{ type: "paragraph", text: text("start-known", { name: ctx.actor.fullName, unit: ctx.actor.unitName }) }] };
  },
});
