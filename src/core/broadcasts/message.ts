// How an announcement reads to its recipients; used by the outbox and by the author's preview, so they match. A
// leadership announcement says who sent it (name and main duty) and when; a reminder starts "Nhắc lại:", so it is
// not taken for a new announcement.

import { type Block, button, type Reply, text } from "../../kernel/reply";
import { NEWS_NOTICE } from "../notice-actions";
import { byDuty, type Role } from "../roles";
import type { Announcement } from "./types";

/** Who sent an announcement, as its recipients read it. */
export interface AnnouncementSender {
  name: string;
  /** The sender's main duty (Lãnh đạo Sở, Thư ký Hội đồng…), null when none is worth naming. */
  role: Role | null;
}

/** What a delivery's message says besides the announcement: who sent it, when, and whether it reminds. */
export interface DeliveryContext {
  sender: AnnouncementSender | null;
  sentAt: Date;
  /** The run reminds of an earlier one (people who have not acknowledged it). */
  reminder: boolean;
}

/** How a person signs an announcement: their name and main duty (not "staff" or "admin", which say nothing). */
export function senderOf(person: { fullName: string; roles: readonly Role[] }): AnnouncementSender {
  return { name: person.fullName, role: byDuty(person.roles).find((r) => r !== "staff" && r !== "admin") ?? null };
}

/** `at` null: a scheduled send's preview, whose time is that of each send, not of the writing. */
export function announcementBlocks(body: string, from?: { sender: AnnouncementSender; at: Date | null }): Block[] {
  const blocks: Block[] = [{ type: "heading", text: text("announce-heading") }];
  if (from) {
    const { name, role } = from.sender;
    const key = role ? (from.at ? "announce-from" : "announce-from-when-sent") : from.at ? "announce-from-plain" : "announce-from-plain-when-sent";
    blocks.push({
      type: "paragraph",
      text: text(key, { name, ...(role ? { role: text(`role-${role}`) } : {}), ...(from.at ? { at: from.at } : {}) }),
    });
  }
  blocks.push({ type: "paragraph", text: text("raw", { value: body }) });
  return blocks;
}

/** The announcement's blocks as a delivery shows them (the system's own are localized blocks, sent as they are). */
export function deliveredBlocks(announcement: Announcement, context: DeliveryContext): Block[] {
  const from = context.sender ? { sender: context.sender, at: context.sentAt } : undefined;
  const blocks = announcement.blocks ?? announcementBlocks(announcement.text, from);
  return context.reminder ? [{ type: "paragraph", text: text("announce-reminder", { id: announcement.id }) }, ...blocks] : blocks;
}

/** The message of one delivery: a person gets an "Acknowledged" button; a group chat's members are not counted. */
export function deliveryMessage(announcement: Announcement, delivery: { id: number; personId: number | null }, context: DeliveryContext): Reply {
  return {
    blocks: deliveredBlocks(announcement, context),
    buttons: delivery.personId !== null ? [[button("announce-ack-button", NEWS_NOTICE.ack.payload(delivery.id), "primary")]] : [],
  };
}
