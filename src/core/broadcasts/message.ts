// How an announcement reads to its recipients; used by the outbox and by the author's preview, so they match.
import { type Block, button, type Reply, text } from "../reply";
import type { Announcement } from "./types";

export function announcementBlocks(body: string, message?: { key: string; args: Record<string, string | number> } | null): Block[] {
  return [
    { type: "heading", text: text(message ? "reminder-heading" : "announce-heading") },
    { type: "paragraph", text: message ? text(message.key, message.args) : text("raw", { value: body }) },
  ];
}

/** The message of one delivery: a person gets an "Acknowledged" button; a group chat's members are not counted. */
export function deliveryMessage(announcement: Announcement, delivery: { id: number; personId: number | null }): Reply {
  const message = announcement.messageKey ? { key: announcement.messageKey, args: announcement.messageArgs ?? {} } : null;
  return {
    blocks: announcementBlocks(announcement.text, message),
    buttons: delivery.personId !== null ? [[button("announce-ack-button", `news:ack:${delivery.id}`, "primary")]] : [],
  };
}
