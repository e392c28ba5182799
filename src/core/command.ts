// How a conversational command is declared: names, access, where it runs, its form and what it does.

import type { ZodType } from "zod";
import type { ActionSet } from "./actions";
import type { Person } from "./directory/types";
import type { DomainErrorCode } from "./errors";
import type { FileRef } from "./files";
import type { PlatformIdentity } from "./ports";
import type { Block, Reply, Text } from "./reply";
import type { Locale, Platform, Role } from "./roles";
import type { Services } from "./services";

/** Who may run a command: anybody (even unknown senders), any active person, or holders of these roles. */
export type Access = "everyone" | "registered" | readonly Role[];

export interface ChatRef {
  id: string;
  kind: "dm" | "group";
}

/** Everything a command's code may use for one request. */
export interface CommandContext {
  actor: Person | null;
  identity: PlatformIdentity;
  chat: ChatRef;
  locale: Locale;
  services: Services;
  requestId: string;
  /** Text typed after the command name, NFC-normalised and trimmed. */
  args: string;
  /** Files attached to the message (their platform references, not their bytes). */
  files: FileRef[];
  /** Leaves the form open in this chat, if any; true when there was one. */
  cancelForm(): boolean;
  /** Every command, in the order /help lists them. */
  commands: readonly CommandSpec[];
}

export const FIELD_KINDS = ["text", "longtext", "choice", "multichoice", "date", "confirm", "person", "unit"] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

export interface Choice {
  value: string;
  label: Text;
}

export type FormValues = Record<string, unknown>;

export interface FieldSpec {
  name: string;
  kind: FieldKind;
  /** Short name of the field, for summaries, modals and error messages. */
  title: string;
  /** The question asked when the field is asked alone. */
  prompt: string;
  optional?: boolean;
  /** For text fields; counted in visible characters. */
  maxLength?: number;
  choices?: (ctx: CommandContext, values: FormValues) => Choice[];
  /** Leaves the field out, e.g. a campaign choice when only one campaign is open. */
  skip?: (ctx: CommandContext, values: FormValues) => boolean;
  /** Extra validation of the parsed value; its message names what is expected. */
  schema?: ZodType;
  /**
   * A rule checked as soon as the field is answered, against the answers before it (an end after the start, a
   * nominee this person may propose). Returns the message to show next to the field, or null when it fits.
   * `values` already holds this field's value.
   */
  check?: (value: unknown, ctx: CommandContext, values: FormValues) => Text | null;
}

export interface FormSpec {
  fields: FieldSpec[];
  /** "memory" keeps a draft out of the database (anonymous complaints); lost on restart by design. */
  storage?: "durable" | "memory";
  /** Show a summary with Confirm / Edit / Cancel before running. Default true. */
  confirm?: boolean;
  /** Files the person sends while the form is open are kept with the answers (under dialog.FILES). */
  acceptsFiles?: boolean;
  /** Its questions and answers are marked sensitive: an adapter may delete them from the chat when told to. */
  sensitive?: boolean;
  /** Shown in the summary before confirming, e.g. an announcement exactly as recipients will see it. */
  preview?: (ctx: CommandContext, values: FormValues) => Block[];
  /** Values known before asking, e.g. from the command's arguments or an existing record being edited. */
  prefill?: (ctx: CommandContext, initial: FormValues) => FormValues;
  /**
   * Which field to fix when the core refuses the confirmed answers with one of these codes (a rule only the core
   * can judge, such as a quota): the person goes back to the summary with that field pointed out, answers kept.
   */
  fixes?: Partial<Record<DomainErrorCode, string>>;
  /** Answers implied by the name the command was typed under (/tocao is a complaint of the kind "denunciation"). */
  aliasValues?: Record<string, FormValues>;
}

/** A command or button may answer with replies, or open a form (for example "edit this pledge"). */
export type Outcome = Reply | Reply[] | { openForm: string; values: FormValues };

export interface CommandSpec {
  /** Telegram-safe English name: a-z, 0-9 and _, at most 32 characters. */
  name: string;
  /** Vietnamese names without diacritics, same rules. */
  aliases: readonly string[];
  /** Message key of the one-line description shown in /help and platform menus. */
  description: string;
  access: Access;
  where: "dm" | "anywhere";
  /** Limits a command to some platforms (the console's /as and /demo). */
  platforms?: readonly Platform[];
  /** Reasonable in a group chat menu (Telegram's group command scope). */
  groupMenu?: boolean;
  /** Opened only from another command's buttons (an item of a list): left out of /help and platform menus. */
  hidden?: boolean;
  /**
   * Runs when files arrive in a private chat with no command and no open form, for someone allowed to run it (a
   * roster or a file of past decisions sent to the bot); others get the usual hint.
   */
  takesFiles?: boolean;
  /** Offered as a shortcut button (with this label key) where an adapter shows a home screen (Slack's App Home). */
  homeShortcut?: string;
  form?: FormSpec;
  run(ctx: CommandContext, values: FormValues): Promise<Outcome> | Outcome;
  /** Button handlers, keyed by action name; the id comes from the button's payload. */
  actions?: Record<string, ActionHandler>;
}

const NAME = /^[a-z0-9_]{1,32}$/;

export type ActionHandler = (ctx: CommandContext, id: string) => Promise<Outcome> | Outcome;

/** The handlers of every declared action, keyed by action name, as a command's `actions` (checked by the compiler). */
export function handlers<N extends string>(set: ActionSet<N>, map: { [K in N]: ActionHandler }): Record<string, ActionHandler> {
  const byName: Record<string, ActionHandler> = {};
  for (const name of Object.keys(set) as N[]) byName[set[name].name] = map[name];
  return byName;
}

/** Declares a command, checking its names at load time so a typo fails the tests, not a user. */
export function defineCommand(spec: CommandSpec): CommandSpec {
  for (const name of [spec.name, ...spec.aliases]) {
    if (!NAME.test(name)) throw new Error(`command name "${name}" must match ${NAME}`);
  }
  return spec;
}

/** Opens another command's form with values filled in. */
export function openForm(command: string, values: FormValues): Outcome {
  return { openForm: command, values };
}
