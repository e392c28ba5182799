// Slack's side of the conversation loop: how a line reads in the app's DM (a command's bare name runs it, since "/"
// at the start of a DM is taken by Slack's own command box), what Slack adds to an answer, and sending: to the
// person's DM with the app, or ephemerally in the channel they asked in (only they see it), through the app's one
// pace; files are uploaded to the DM only (never into a channel: exports hold people's data).
import { webApi } from "@slack/bolt";
import type { AdapterPort } from "../../engine/adapter-port";
import type { ConversationPlatform } from "../../engine/conversation/platform";
import { dialogKey } from "../../engine/dispatch";
import { type Reply, say } from "../../kernel/reply";
import { screenScale } from "../picture-scale";
import type { HomeTab } from "./home-tab";
import type { PacedPoster } from "./paced-post";
import type { SlackPeople } from "./people";
import { renderMessage } from "./render";

/** Slack's answers meaning the person cannot be written to any more (deactivated, gone): marked like a blocked bot. */
const GONE = new Set(["user_not_found", "account_inactive", "user_disabled", "cannot_dm_bot"]);
/** Slack refuses to write over these messages: a new message is posted instead. */
const NOT_UPDATABLE = new Set(["message_not_found", "cant_update_message", "edit_window_closed", "channel_not_found"]);

export function slackDelivery(deps: {
  port: AdapterPort;
  client: webApi.WebClient;
  post: PacedPoster;
  people: SlackPeople;
  home: HomeTab;
}): ConversationPlatform {
  const { port, client, post, people, home } = deps;
  const { registry, translator } = port;

  async function uploadFiles(userId: string, reply: Reply): Promise<void> {
    // a chart uploaded as a PNG shows inline in the DM
    const files = reply.blocks.filter((b) => b.type === "file" || b.type === "image");
    if (files.length === 0) return;
    const opened = await client.conversations.open({ users: userId });
    const channel = opened.channel?.id;
    if (!channel) return;
    for (const file of files) {
      // a chart is rasterised only now, at the size Slack shows it, and its bytes are let go once uploaded
      const data = file.type === "image" ? await file.picture.png(screenScale(file.picture)) : file.data;
      await client.files.uploadV2({ channel_id: channel, file: Buffer.from(data), filename: file.fileName, title: file.fileName });
    }
  }

  /** The pressed message ("channel ts") written over with its new state; false when Slack would not (too old, gone). */
  async function writtenOver(ref: string, text: string, blocks: unknown[]): Promise<boolean> {
    const [channel = "", ts = ""] = ref.split(" ");
    try {
      await post.update({ channel, ts, text, blocks: blocks as never });
      return true;
    } catch (error) {
      const reason = (error as { data?: { error?: string } }).data?.error;
      if (reason !== undefined && NOT_UPDATABLE.has(reason)) return false;
      throw error;
    }
  }

  return {
    platform: "slack",
    async read(event) {
      await people.learnLanguage(event.userId);
      const languageHint = people.languageHint(event.userId);
      const { text: typed, action, files } = event;
      if (typed === undefined || typed.startsWith("/")) return { said: { text: typed, action, files, languageHint } };
      const pending = port.dialogs.pending(dialogKey({ platform: "slack", externalId: event.userId }, event.chatId));
      const known = !pending && registry.find(typed.split(/\s+/)[0]?.toLowerCase() ?? "");
      return { said: { text: known ? `/${typed}` : typed, files, languageHint } };
    },
    amend({ event, said, actor, replies }) {
      // their own action may have changed what awaits them
      if (actor) port.agenda.changed(actor.id);
      else void home.refresh(event.userId);
      // help lists commands as "/name"; on Slack they are typed "/thidua name" or just "name" in the DM
      const isHelp = said.text !== undefined && registry.find(said.text.slice(1).split(/\s/)[0]?.toLowerCase() ?? "")?.name === "help";
      return isHelp ? [...replies, say("slack-help-hint")] : replies;
    },
    async deliver(to, reply, locale, options) {
      if (reply.blocks.length === 0 && !reply.buttons?.length) return [];
      const userId = to.userId ?? to.chatId;
      const { text, blocks } = renderMessage(reply, locale, translator);
      if (to.chatKind === "dm" && options.replaces && (await writtenOver(options.replaces, text, blocks))) {
        await uploadFiles(userId, reply);
        return [options.replaces];
      }
      if (to.chatKind === "group") {
        await post.ephemeral({ channel: to.chatId, user: userId, text, blocks: blocks as never });
        await uploadFiles(userId, reply);
        return [];
      }
      // Slack delivers a message to a user id in their DM with the app
      const posted = await post.message({ channel: userId, text, blocks: blocks as never });
      await uploadFiles(userId, reply);
      return posted.channel && posted.ts ? [`${posted.channel} ${posted.ts}`] : [];
    },
    async remove(_chatId, refs) {
      for (const ref of refs) {
        const [channel = "", ts = ""] = ref.split(" ");
        await client.chat.delete({ channel, ts }).catch(() => undefined);
      }
    },
    failure(error) {
      const e = error as { name?: string; code?: string; data?: { error?: string } };
      const reason = e.code === webApi.ErrorCode.PlatformError ? e.data?.error : undefined;
      return { unreachable: reason !== undefined && GONE.has(reason), fields: { errorName: e.name ?? typeof error, code: e.code, reason } };
    },
  };
}
