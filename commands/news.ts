// /news (thông báo của tôi): what leadership has announced to me, and the "Acknowledged" button on each.

import { defineCommand, handlers } from "../src/core/command";
import { NEWS_NOTICE } from "../src/core/notice-actions";
import { say } from "../src/core/reply";

export const NEWS_ACTIONS = NEWS_NOTICE;

export default defineCommand({
  name: "news",
  aliases: ["tinmoi"],
  description: "cmd-news-description",
  access: "everyone",
  where: "anywhere",
  run: () => say("news-hint"),
  actions: handlers(NEWS_ACTIONS, {
    ack(ctx, id) {
      ctx.services.broadcasts.acknowledge(ctx.identity, Number(id));
      return say("announce-acknowledged");
    },
  }),
});
