// /link (liên kết): pairs this account with the same person's account on another platform by a one-time code.
// Without a code it issues one (shown once, valid ten minutes); with a code it attaches this account.

import { LINK_CODE_TTL_MS } from "../src/core/directory/linking";
import { say } from "../src/kernel/reply";
import { defineCommand } from "./support/command";

export default defineCommand({
  name: "link",
  aliases: ["lienket", "ketnoi"],
  description: "cmd-link-description",
  homeShortcut: "slack-home-button-link",
  access: "everyone",
  where: "dm",
  run(ctx) {
    const { linking } = ctx.services;
    if (ctx.args === "") {
      const issued = linking.issue(ctx.actor, ctx.identity.platform);
      return say("link-code-issued", { code: issued.code, minutes: LINK_CODE_TTL_MS / 60_000, expiresAt: issued.expiresAt });
    }
    const person = linking.redeem(ctx.identity, ctx.actor, ctx.args);
    return say("link-done", { name: person.fullName, platform: ctx.identity.platform });
  },
});
