// Sending on Slack: replies to a person's DM with the app (or ephemerally in a channel), through the app's one
// pace (shared with the outbox's announcements, which wait behind them), and files uploaded to the DM (never into
// a channel: exports hold people's data).
import type { webApi } from "@slack/bolt";
import type { Locale } from "../../kernel/locale";
import type { Translator } from "../../kernel/ports";
import type { Reply } from "../../kernel/reply";
import { screenScale } from "../picture-scale";
import type { PacedPoster } from "./paced-post";
import { renderMessage } from "./render";

export type SlackSender = ReturnType<typeof createSlackSender>;

export function createSlackSender(client: webApi.WebClient, translator: Translator, post: PacedPoster) {
  // Messages of a sensitive exchange (a complaint's receipt, a case looked up by its code) posted to each user's
  // DM, so they can be deleted once the sender has saved the code. Memory only, like on Telegram: after a restart
  // they are not deleted, and nothing about them is written down.
  const sensitive = new Map<string, Array<{ channel: string; ts: string }>>();

  async function purge(userId: string): Promise<void> {
    const posted = sensitive.get(userId) ?? [];
    sensitive.delete(userId);
    for (const { channel, ts } of posted) await client.chat.delete({ channel, ts }).catch(() => undefined);
  }

  /** Posts to a user's DM with the app (Slack delivers a message to a user id there). */
  async function postToUser(userId: string, reply: Reply, locale: Locale): Promise<void> {
    if (reply.purge) await purge(userId);
    const { text, blocks } = renderMessage(reply, locale, translator);
    const posted = await post.message({ channel: userId, text, blocks: blocks as never });
    if (reply.sensitive && posted.channel && posted.ts)
      sensitive.set(userId, [...(sensitive.get(userId) ?? []), { channel: posted.channel, ts: posted.ts }]);
    await uploadFiles(userId, reply);
  }

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

  /** Replies to what a person did: in the channel they did it in (only they see it), or in their DM. */
  async function postReplies(where: { userId: string; channel: string | null }, replies: Reply[], locale: Locale): Promise<void> {
    for (const reply of replies) {
      if (reply.blocks.length === 0 && !reply.buttons?.length) continue;
      if (where.channel) {
        const { text, blocks } = renderMessage(reply, locale, translator);
        await post.ephemeral({ channel: where.channel, user: where.userId, text, blocks: blocks as never });
        await uploadFiles(where.userId, reply);
      } else {
        await postToUser(where.userId, reply, locale);
      }
    }
  }

  return { postToUser, postReplies };
}
