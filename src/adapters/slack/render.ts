// Renders neutral replies as Slack Block Kit: every translated string is mrkdwn-escaped, buttons become actions blocks.

import type { Locale } from "../../kernel/locale";
import type { Translator } from "../../kernel/ports";
import type { Args, Button, Reply } from "../../kernel/reply";

import { SLACK_LIMITS } from "./limits";

// Block Kit limits: keep under them rather than have a message refused
const SECTION_MAX = SLACK_LIMITS.sectionText;
const HEADER_MAX = SLACK_LIMITS.headerText;
const BUTTON_TEXT_MAX = SLACK_LIMITS.buttonText;
const FALLBACK_MAX = SLACK_LIMITS.fallbackText;

/** Button presses arrive with this action_id prefix; the value is the neutral payload. */
export const ACTION_PREFIX = "act_";

export type SlackBlock = Record<string, unknown>;

export interface RenderedMessage {
  /** Plain fallback for notifications and screen readers (also escaped: Slack parses it as mrkdwn). */
  text: string;
  blocks: SlackBlock[];
}

/** Slack mrkdwn control characters; everything else is shown as typed. */
export function escapeMrkdwn(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** What Slack does to typed text before sending it to us, undone. */
export function unescapeSlackText(value: string): string {
  return value.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

export function truncate(value: string, max: number): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}

export function plain(value: string, max: number = SLACK_LIMITS.plainText) {
  return { type: "plain_text", text: truncate(value, max), emoji: true };
}

export function renderButtons(rows: Button[][], t: (key: string, args?: Args) => string, prefix = ACTION_PREFIX): SlackBlock[] {
  return rows
    .filter((row) => row.length > 0)
    .map((row, r) => ({
      type: "actions",
      block_id: `${prefix}row_${r}`,
      elements: row.slice(0, SLACK_LIMITS.elementsPerActions).map((b, c) => ({
        type: "button",
        // unique within the message, as Slack requires; the payload travels in value
        action_id: `${prefix}${r}_${c}`,
        text: plain(t(b.label.key, b.label.args), BUTTON_TEXT_MAX),
        value: b.action,
        ...(b.style ? { style: b.style } : {}),
      })),
    }));
}

/** Blocks of a reply without its buttons; also used inside modals and the Home tab. */
export function renderContent(reply: Reply, t: (key: string, args?: Args) => string): { blocks: SlackBlock[]; lines: string[] } {
  const blocks: SlackBlock[] = [];
  const lines: string[] = [];
  for (const block of reply.blocks) {
    switch (block.type) {
      case "heading": {
        const value = t(block.text.key, block.text.args);
        lines.push(value);
        blocks.push({ type: "header", text: plain(value, HEADER_MAX) });
        break;
      }
      case "paragraph":
      case "dm-link": {
        const value = t(block.text.key, block.text.args);
        lines.push(value);
        blocks.push({ type: "section", text: { type: "mrkdwn", text: truncate(escapeMrkdwn(value), SECTION_MAX) } });
        break;
      }
      case "list": {
        const items = block.items.map((item) => t(item.key, item.args));
        lines.push(...items);
        // one section per item keeps each under the section limit
        for (const item of items) blocks.push({ type: "section", text: { type: "mrkdwn", text: truncate(`• ${escapeMrkdwn(item)}`, SECTION_MAX) } });
        break;
      }
      case "platform-file": {
        // Slack's own files are shared by the Web API; names are shown, and other platforms' files cannot be fetched
        const value = t(block.text.key, block.text.args);
        lines.push(value);
        blocks.push({ type: "section", text: { type: "mrkdwn", text: escapeMrkdwn(value) } });
        break;
      }
      case "file": {
        // the file itself is uploaded beside the message (see the adapter); the message names it
        const value = t("slack-file-attached", { name: block.fileName });
        lines.push(value);
        blocks.push({ type: "section", text: { type: "mrkdwn", text: escapeMrkdwn(value) } });
        break;
      }
    }
  }
  return { blocks, lines };
}

export function renderMessage(reply: Reply, locale: Locale, translator: Translator): RenderedMessage {
  const t = (key: string, args?: Args) => translator.t(locale, key, args);
  const { blocks, lines } = renderContent(reply, t);
  blocks.push(...renderButtons(reply.buttons ?? [], t));
  return { text: truncate(escapeMrkdwn(lines.join("\n")), FALLBACK_MAX), blocks: blocks.slice(0, SLACK_LIMITS.blocksPerMessage) };
}
