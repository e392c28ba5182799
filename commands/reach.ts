// /reach (nhận tin): which platform announcements reach me on. By default the one I last wrote from; a person on
// both Telegram and Slack may pin one. Either way each announcement arrives once, on another account only when
// that one fails for good.

import { PLATFORMS, type Platform } from "../src/kernel/platform";
import { say, text } from "../src/kernel/reply";
import { foldText } from "../src/kernel/text";
import { defineCommand } from "./support/command";

const AUTO = "auto";

export default defineCommand({
  name: "reach",
  aliases: ["nhantin"],
  description: "cmd-reach-description",
  access: "registered",
  where: "anywhere",
  form: {
    confirm: false,
    prefill(ctx) {
      const wanted = foldText(ctx.args);
      return wanted === AUTO || (PLATFORMS as readonly string[]).includes(wanted) ? { platform: wanted } : {};
    },
    fields: [
      {
        name: "platform",
        kind: "choice",
        title: "field-reach-platform",
        prompt: "ask-reach-platform",
        // only the platforms the person has an account on, and "the one I last used"
        choices: (ctx) => [
          { value: AUTO, label: text("reach-auto") },
          ...(ctx.actor ? ctx.services.directory.accountsOf(ctx.actor.id) : []).map((a) => ({
            value: a.platform,
            label: text(`reach-platform-${a.platform}`),
          })),
        ],
      },
    ],
  },
  run(ctx, values) {
    if (!ctx.actor) return say("error-not-registered");
    const chosen = String(values.platform);
    const accounts = ctx.services.directory.accountsOf(ctx.actor.id);
    const platform = accounts.find((a) => a.platform === chosen)?.platform ?? null;
    if (chosen !== AUTO && !platform) return say("reach-no-account", { platform: text(`reach-platform-${chosen as Platform}`) });
    ctx.services.directory.setPreferredPlatform(ctx.actor.id, platform);
    return platform ? say("reach-changed", { platform: text(`reach-platform-${platform}`) }) : say("reach-changed-auto");
  },
});
