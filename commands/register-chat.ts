// /registerchat (đăng ký nhóm): in a group chat or channel, a leader or the secretary adds it to the
// "registered chats" audience of announcements.

import { ANNOUNCERS } from "../src/core/roles";
import { say } from "../src/kernel/reply";
import { defineCommand } from "./support/command";

export default defineCommand({
  name: "registerchat",
  aliases: ["dangkynhom"],
  description: "cmd-registerchat-description",
  access: ANNOUNCERS,
  where: "anywhere",
  groupMenu: true,
  run(ctx) {
    if (ctx.chat.kind !== "group") return say("registerchat-not-group");
    const title = ctx.args.trim() || ctx.chat.id;
    ctx.services.broadcasts.registerChat(ctx.actor, { platform: ctx.identity.platform, externalId: ctx.chat.id, title });
    return say("registerchat-done", { title });
  },
});
