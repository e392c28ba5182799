// /news (thông báo của tôi): the latest announcements sent to me, newest first, each with whether I acknowledged it
// and, if not, its "Acknowledged" button; on every surface, the terminal included (buttons there are numbered).
import { announcementBlocks, deliveredBlocks } from "../src/core/broadcasts/message";
import { NEWS_NOTICE } from "../src/core/notice-actions";
import { type Block, button, type Reply, say, text } from "../src/kernel/reply";
import { type CommandContext, defineCommand, handlers } from "./support/command";

export const NEWS_ACTIONS = NEWS_NOTICE;

function newsReply(ctx: CommandContext): Reply {
  const items = ctx.services.broadcasts.news(ctx.actor);
  if (items.length === 0) return say("news-empty");
  const blocks: Block[] = [{ type: "heading", text: text("news-title", { count: items.length }) }];
  for (const item of items) {
    const id = item.announcement.id;
    blocks.push({
      type: "paragraph",
      text: item.acknowledgedAt
        ? text("news-item-acknowledged", { id, sent: item.sentAt, at: item.acknowledgedAt })
        : text("news-item-waiting", { id, sent: item.sentAt }),
    });
    // the announcement as it was sent; the system's own (decisions, reminders) are localized blocks
    blocks.push(...(item.announcement.blocks ?? announcementBlocks(item.announcement.text)).filter((b) => b.type !== "heading"));
  }
  const waiting = items.filter((item) => !item.acknowledgedAt);
  return {
    blocks,
    buttons: waiting.map((item) => [
      button(text("news-ack-button", { id: item.announcement.id }), NEWS_ACTIONS.ack.payload(item.deliveryId), "primary"),
    ]),
  };
}

export default defineCommand({
  name: "news",
  aliases: ["tinmoi"],
  description: "cmd-news-description",
  access: "everyone",
  where: "anywhere",
  run: (ctx) => (ctx.actor ? newsReply(ctx) : say("error-not-registered")),
  actions: handlers(NEWS_ACTIONS, {
    /** The pressed announcement in its new state, with no button (written over it where the platform can edit). */
    ack(ctx, id) {
      const { delivery, announcement, already } = ctx.services.broadcasts.acknowledge(ctx.identity, Number(id));
      const at = delivery.acknowledgedAt as Date;
      if (already || !announcement) return say("announce-acknowledged-already", { id: announcement?.id ?? 0, at });
      const sender = ctx.services.broadcasts.senderOf(announcement);
      const blocks = deliveredBlocks(announcement, { sender, sentAt: delivery.sentAt ?? at, reminder: false });
      return { blocks: [...blocks, { type: "paragraph", text: text("announce-acknowledged-at", { at }) }], updates: true };
    },
  }),
});
