// /news (thông báo của tôi): what leadership has announced to me, and the "Acknowledged" button on each.
import { defineCommand } from "../src/core/command";
import { say } from "../src/core/reply";

export default defineCommand({
  name: "news",
  aliases: ["tinmoi"],
  description: "cmd-news-description",
  access: "everyone",
  where: "anywhere",
  run: () => say("news-hint"),
  actions: {
    ack(ctx, id) {
      ctx.services.broadcasts.acknowledge(ctx.identity, Number(id));
      return say("announce-acknowledged");
    },
  },
});
