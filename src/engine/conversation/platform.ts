// What the conversation loop asks of a platform, and the event shape every adapter parses its platform's updates
// into. An adapter brings only what differs: how an event reads in a chat (Zalo's numbered choices), what it adds to
// an answer, how a reply is sent, and the idioms its platform allows (editing the pressed message, deleting
// messages, answering a button press); the loop does the rest the same way everywhere (./loop.ts).
import type { Locale } from "../../kernel/locale";
import type { Platform } from "../../kernel/platform";
import type { Reply } from "../../kernel/reply";
import type { Inbound } from "../dispatch";
import type { Actor } from "../host";

/** One thing a person did in a chat (a message, a button press), as its adapter parsed it: what the dispatcher reads
 * (./dispatch.ts's Inbound, less what the loop adds), and what the loop needs to act once and answer in place. */
export interface ChatEvent extends Omit<Inbound, "platform" | "botUsername" | "requestId"> {
  /**
   * The platform's name for this delivery, the same on a retry or a replay ("tg:<update_id>"): the event acts once.
   * Null when the adapter's transport already checked (Slack's middleware sees every request first).
   */
  key: string | null;
  /** The person's own message, for a platform that can delete it (a receipt code read from it, a complaint). */
  messageRef?: string;
  /** The bot's message whose button was pressed: a form's next question may replace it. */
  pressedRef?: string;
  /** Tells the platform the event was taken (Telegram's callback answer stops the button spinning): after the dedupe, before the work. */
  acknowledge?: () => Promise<unknown>;
}

/** What a person said, as the dispatcher reads it: the event's words, or what they mean in that chat. */
export type Said = Pick<ChatEvent, "text" | "action" | "files" | "languageHint">;

/** How a platform reads an event in the chat's turn. */
export type Reading =
  /** Dispatch this. */
  | { said: Said }
  /** The platform answers it itself (a group it does not serve, a sticker it cannot read). */
  | { answer: Reply[]; locale: Locale }
  /** Nothing to do. */
  | { ignore: true };

/** Where a reply goes: a chat, and the person it is for. */
export interface Recipient {
  chatId: string;
  chatKind: "dm" | "group";
  /** The person's account: in a DM, marked as having blocked the bot when the platform says so. */
  userId: string | null;
}

/** How a reply is sent. */
export interface DeliveryOptions {
  /** It answers what the person just did (false: a notification or another push, which may arrive mid-form). */
  answer: boolean;
  /** The pressed message this reply may replace (a form's next question after a button press). */
  replaces?: string;
}

/** A turn the dispatcher answered, for the platform to add to. */
export interface AnsweredTurn {
  event: ChatEvent;
  said: Said;
  locale: Locale;
  actor: Actor | null;
  replies: Reply[];
}

/** What a failed send means. */
export interface SendFailure {
  /** The person blocked the bot or left the platform (Telegram's 403): marked, and not tried again. */
  unreachable: boolean;
  /** What may be logged of it: a kind, a method, a code; never the words or the person. */
  fields: Record<string, unknown>;
}

/** The platform side of a conversation: what the loop calls. */
export interface ConversationPlatform {
  platform: Platform;
  /** The bot's name on the platform, so "/help@thidua_bot" is understood. */
  botUsername?(): string;
  /** Sends one reply; resolves with references to the messages it left in the chat (for a later purge). */
  deliver(to: Recipient, reply: Reply, locale: Locale, options: DeliveryOptions): Promise<string[]>;
  /** Deletes messages by reference; absent where the platform cannot (Zalo). Failures are the adapter's to swallow. */
  remove?(chatId: string, refs: string[]): Promise<void>;
  /** Reads a failed send. */
  failure(error: unknown): SendFailure;
  /** How an event reads in its chat's turn (after the dedupe, after everything before it in the chat); default: as said. */
  read?(event: ChatEvent): Reading | Promise<Reading>;
  /** The platform's last word on an answered turn: the replies to send (Zalo adds the command list to a greeting). */
  amend?(turn: AnsweredTurn): Reply[] | Promise<Reply[]>;
}
