// /demo (console only): fills an empty database with the demo department of the 2023 plan.

import { say } from "../src/kernel/reply";
import { defineCommand } from "./support/command";

export default defineCommand({
  name: "demo",
  aliases: ["mau"],
  description: "cmd-demo-description",
  access: "everyone",
  where: "anywhere",
  platforms: ["console"],
  run(ctx) {
    if (!ctx.services.setup.isEmpty()) return say("demo-exists");
    const result = ctx.services.setup.seedDemo();
    return say("demo-created", result);
  },
});
