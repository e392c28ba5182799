// /announcements (thông báo đã gửi): the latest announcements people sent, with the numbers /report takes, when
// each first went out, who sent it, and how far its latest send got; so nobody has to remember "số 1".

import { ANNOUNCERS } from "../src/core/roles";
import { button, type Reply, say, text } from "../src/kernel/reply";
import { preview } from "../src/kernel/text";
import { REPORT_ACTIONS } from "./report";
import { type CommandContext, defineCommand } from "./support/command";

function list(ctx: CommandContext): Reply {
  const sent = ctx.services.broadcasts.sentAnnouncements(ctx.actor);
  if (sent.length === 0) return say("announcements-empty");
  const author = (id: number | null) => (id === null ? "" : ctx.services.directory.getPerson(id).fullName);
  return {
    blocks: [
      { type: "heading", text: text("announcements-title", { count: sent.length }) },
      {
        type: "list",
        items: sent.map(({ announcement, firstAt, last }) =>
          text("announcements-line", {
            id: announcement.id,
            at: firstAt,
            author: author(announcement.authorId),
            preview: preview(announcement.text, 60),
            total: last.total,
            sent: last.sent,
            acknowledged: last.acknowledged,
          }),
        ),
      },
    ],
    buttons: sent.map(({ announcement }) => [
      button(text("btn-announcements-report", { id: announcement.id }), REPORT_ACTIONS.show.payload(announcement.id)),
    ]),
  };
}

export default defineCommand({
  name: "announcements",
  aliases: ["thongbaodagui", "dagui"],
  description: "cmd-announcements-description",
  access: ANNOUNCERS,
  where: "dm",
  run: list,
});
