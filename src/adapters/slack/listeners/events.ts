// Events: the Home tab opened, and people writing in the app's DM (a bare command name works there, since "/" at
// the start of a DM is taken by Slack's own command box).
import type { App as BoltApp } from "@slack/bolt";
import { dialogKey } from "../../../engine/dispatch";
import type { SlackConversation } from "../conversation";
import { slackFilesOf } from "../files";
import { unescapeSlackText } from "../render";

export function registerEvents(bolt: BoltApp, conversation: SlackConversation): void {
  const { port, home, afterAck, dispatchAndReply } = conversation;

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
    const typed = unescapeSlackText(("text" in event ? event.text : "") ?? "")
      .normalize("NFC")
      .trim();
    const chatId = `dm:${userId}`;
    const firstWord = typed.split(/\s+/)[0]?.toLowerCase() ?? "";
    const pending = port.dialogs.pending(dialogKey({ platform: "slack", externalId: userId }, chatId));
    const text = !typed.startsWith("/") && !pending && port.registry.find(firstWord) ? `/${typed}` : typed;
    const files = shared ? slackFilesOf(event) : [];
    afterAck("message", () => dispatchAndReply({ userId, chatId, chatKind: "dm", text, ...(files.length > 0 ? { files } : {}) }, null));
  });
}
