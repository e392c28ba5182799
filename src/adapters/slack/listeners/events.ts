// Events: the Home tab opened, and people writing in the app's DM (a turn of their conversation).
import type { App as BoltApp } from "@slack/bolt";
import type { SlackConversation } from "../conversation";
import { slackFilesOf } from "../files";
import { unescapeSlackText } from "../render";

export function registerEvents(bolt: BoltApp, conversation: SlackConversation): void {
  const { home, people, afterAck, turn } = conversation;

  bolt.event("app_home_opened", async ({ event }) => {
    if (event.tab !== "home") return;
    afterAck("home opened", () => home.refresh(event.user));
  });

  bolt.event("message", async ({ event }) => {
    // only people writing in the app's DM (a file shared there too); not the bot's own messages, edits or joins
    const shared = event.subtype === "file_share";
    if (
      event.channel_type !== "im" ||
      (event.subtype !== undefined && !shared) ||
      !("user" in event) ||
      !event.user ||
      ("bot_id" in event && event.bot_id)
    )
      return;
    const userId = event.user;
    const text = unescapeSlackText(("text" in event ? event.text : "") ?? "")
      .normalize("NFC")
      .trim();
    const files = shared ? slackFilesOf(event) : [];
    // a bare command name is read in the message's turn, once the forms before it are settled (delivery.ts)
    afterAck("message", () => turn(userId, people.chatOf(userId, undefined), { text, ...(files.length > 0 ? { files } : {}) }));
  });
}
