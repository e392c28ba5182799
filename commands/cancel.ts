// /cancel (huỷ): leaves the form being filled in here.

import { say } from "../src/kernel/reply";
import { defineCommand } from "./support/command";

export default defineCommand({
  name: "cancel",
  aliases: ["huy", "thoat"],
  description: "cmd-cancel-description",
  access: "everyone",
  where: "anywhere",
  groupMenu: true,
  run: (ctx) => say(ctx.cancelForm() ? "form-cancelled" : "cancel-nothing"),
});
