// /cancel (huỷ): leaves the form being filled in here.
import { defineCommand } from "../src/core/command";
import { say } from "../src/core/reply";

export default defineCommand({
  name: "cancel",
  aliases: ["huy", "thoat"],
  description: "cmd-cancel-description",
  access: "everyone",
  where: "anywhere",
  groupMenu: true,
  run: (ctx) => say(ctx.cancelForm() ? "form-cancelled" : "cancel-nothing"),
});
