// /whoami (tôi là ai): the person's name, unit, roles and linked accounts, as the bot knows them.

import { byDuty } from "../src/core/roles";
import { say, text } from "../src/kernel/reply";
import { defineCommand } from "./support/command";

export default defineCommand({
  name: "whoami",
  aliases: ["toila", "thongtin"],
  description: "cmd-whoami-description",
  access: "everyone",
  where: "dm",
  run(ctx) {
    if (!ctx.actor) return say("whoami-unknown");
    const accounts = ctx.services.directory.accountsOf(ctx.actor.id).map((a) => a.platform);
    return say("whoami", {
      name: ctx.actor.fullName,
      unit: ctx.actor.unitName,
      roles: byDuty(ctx.actor.roles).map((r) => text(`role-${r}`)),
      platforms: accounts,
      status: text(`person-status-${ctx.actor.status}`),
    });
  },
});
