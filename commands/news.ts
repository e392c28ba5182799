// /news (thông báo của tôi): what leadership has announced to me and I have not acknowledged yet, each with its
// "Acknowledged" button, so an announcement can be acknowledged later (on Zalo, where choices are typed, only the
// last one shown can be acknowledged by typing "Đã nắm").

import { defineCommand, handlers } from "../src/core/command";
import { NEWS_NOTICE } from "../src/core/notice-actions";
import { type Block, button, say, text } from "../src/core/reply";

export const NEWS_ACTIONS = NEWS_NOTICE;

/** Long announcements are cut in the list; the whole text is in the message that brought them. */
const EXCERPT = 300;

export default defineCommand({
  name: "news",
  aliases: ["tinmoi"],
  description: "cmd-news-description",
  access: "everyone",
  where: "anywhere",
  run(ctx) {
    const pending = ctx.services.broadcasts.unacknowledged(ctx.identity);
    if (pending.length === 0) return say("news-hint");
    const items = pending.map(({ delivery, announcement }, i) => {
      const body = announcement.blocks ? announcementSummary(announcement.blocks) : null;
      const excerpt = announcement.text.length > EXCERPT ? `${announcement.text.slice(0, EXCERPT)}…` : announcement.text;
      return text("news-pending-item", {
        n: i + 1,
        sentAt: delivery.sentAt ?? announcement.createdAt,
        body: body ?? text("raw", { value: excerpt }),
      });
    });
    return {
      blocks: [
        { type: "heading", text: text("news-pending-title", { count: pending.length }) },
        { type: "list", items },
      ],
      buttons: pending.map(({ delivery }, i) => [button(text("btn-news-ack-nth", { n: i + 1 }), NEWS_ACTIONS.ack.payload(delivery.id))]),
    };
  },
  actions: handlers(NEWS_ACTIONS, {
    ack(ctx, id) {
      ctx.services.broadcasts.acknowledge(ctx.identity, Number(id));
      return say("announce-acknowledged");
    },
  }),
});

/** A system announcement (a decision, a good deed) is shown by its first line. */
function announcementSummary(blocks: Block[]) {
  const first = blocks.find((b) => b.type === "paragraph" || b.type === "heading");
  return first && "text" in first ? first.text : null;
}
