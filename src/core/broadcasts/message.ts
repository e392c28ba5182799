// How an announcement reads to its recipients; used by the outbox and by the author's preview, so they match.

import { type Block, button, type Reply, text } from "../../kernel/reply";
import { NEWS_NOTICE } from "../notice-actions";
import type { Announcement } from "./types";

export function announcementBlocks(body: string): Block[] {
  return [
    { type: "heading", text: text("announce-heading") },
    { type: "paragraph", text: text("raw", { value: body }) },
  ];
}

/** The message of one delivery: a person gets an "Acknowledged" button; a group chat's members are not counted. */
export function deliveryMessage(announcement: Announcement, delivery: { id: number; personId: number | null }): Reply {
  return {
    blocks: announcement.blocks ?? announcementBlocks(announcement.text),
    buttons: delivery.personId !== null ? [[button("announce-ack-button", NEWS_NOTICE.ack.payload(delivery.id), "primary")]] : [],
  };
}
