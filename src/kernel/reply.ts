// The neutral reply every command returns; each adapter renders it in its platform's idiom.
import type { Platform } from "./platform";

/** A value a message may carry. Strings are the user's or the data's own words and are escaped by adapters. */
export type ArgValue = string | number | Date | LocalizedText | Text | ArgValue[];
export type Args = Record<string, ArgValue>;

/** Text held in both languages in data files (award names, legal notes). */
export interface LocalizedText {
  vi: string;
  en: string;
}

/** A reference to a message in locales/, with its arguments. */
export interface Text {
  key: string;
  args?: Args;
}

export type Block =
  | { type: "heading"; text: Text }
  | { type: "paragraph"; text: Text }
  | { type: "list"; items: Text[] }
  /** A link that opens a private chat with the bot, used to move private flows out of groups. */
  | { type: "dm-link"; text: Text; start?: string }
  | { type: "file"; fileName: string; mimeType: string; data: Uint8Array }
  /**
   * A picture (a chart), rasterised by the adapter at the scale its platform shows best, or not at all where it
   * cannot show one. `alt` says in words what it shows; the reply also carries the figures as text, so someone who
   * cannot see the image, or a platform that cannot show it, loses nothing.
   */
  | { type: "image"; fileName: string; picture: Picture; alt: Text }
  /**
   * A file kept on a messaging platform (a complaint's attachment), re-sent from its reference without its original
   * message or caption. An adapter of another platform cannot fetch it and shows `text` instead.
   */
  | { type: "platform-file"; platform: Platform; fileId: string; text: Text };

/** A picture drawn as vectors, turned into PNG only for a platform that shows it. */
export interface Picture {
  /** Its size at scale 1, in pixels. */
  width: number;
  height: number;
  /** The PNG at `scale` times that size (2 for sharp phone and laptop screens). */
  png(scale: number): Promise<Uint8Array>;
}

export interface Button {
  label: Text;
  /** Short payload "<command>:<action>:<id>" or "f:<op>:<arg>"; at most 64 bytes (Telegram's limit). */
  action: string;
  style?: "primary" | "danger";
  /**
   * Pressing it brings a file (a document, a spreadsheet): a platform that cannot carry files says so, and where
   * else the file can be had, before it is pressed rather than after.
   */
  file?: boolean;
  /**
   * Offered by its words only where choices are typed (the terminal, Zalo): it takes no number, so a number typed
   * beside it stays an answer (a form's «Huỷ» under a question answered in words).
   */
  byWord?: boolean;
}

export interface Reply {
  blocks: Block[];
  /** Rows of buttons. */
  buttons?: Button[][];
  /** Marks a question of a form, which adapters may edit in place instead of posting anew. */
  formStep?: boolean;
  /** Part of a sensitive exchange (a complaint): adapters that can, remember it and the message it answered. */
  sensitive?: boolean;
  /** Asks the adapter to delete from the chat the sensitive messages it remembers (the sender saved the receipt). */
  purge?: boolean;
  /**
   * The new state of the message whose button was pressed ("✓ Đã nắm lúc 11:23"): platforms that can edit a message
   * (Telegram, Slack) write it over the pressed one; the others show it as a new message.
   */
  updates?: boolean;
  /** The message this answers carried a secret (a receipt code): adapters that can, delete it now it was read. */
  dropRequest?: boolean;
}

export const MAX_ACTION_BYTES = 64;

/** Builds a reply of one paragraph. */
export function say(key: string, args?: Args): Reply {
  return { blocks: [{ type: "paragraph", text: { key, args } }] };
}

export function text(key: string, args?: Args): Text {
  return args ? { key, args } : { key };
}

/** Builds a button, refusing payloads that Telegram would reject. */
export function button(label: Text | string, action: string, style?: Button["style"]): Button {
  if (Buffer.byteLength(action, "utf8") > MAX_ACTION_BYTES) {
    throw new Error(`button action over ${MAX_ACTION_BYTES} bytes: ${action.slice(0, 20)}…`);
  }
  const labelText = typeof label === "string" ? { key: label } : label;
  return style ? { label: labelText, action, style } : { label: labelText, action };
}

/** A button whose answer is a file (see Button.file). */
export function fileButton(label: Text | string, action: string): Button {
  return { ...button(label, action), file: true };
}

/**
 * The buttons a typed number presses, in the order of their numbers: every button but those offered by word only.
 * The one numbering of the terminal, Zalo and the form engine itself (a number typed on Telegram).
 */
export function numberedButtons(buttons: Button[][] | undefined): Button[] {
  return (buttons ?? []).flat().filter((b) => !b.byWord);
}

export function isLocalizedText(value: unknown): value is LocalizedText {
  return typeof value === "object" && value !== null && "vi" in value && "en" in value;
}

export function isText(value: unknown): value is Text {
  return typeof value === "object" && value !== null && "key" in value;
}
