// How a conversational command is declared: names, access, where it runs, its form and what it does. Generic over
// the app (services, actor, refusal codes: see host.ts); commands/support/command.ts binds it to this app.

import type { ZodType } from "zod";
import type { ActionSet } from "../kernel/actions";
import type { FileRef } from "../kernel/files";
import type { Locale } from "../kernel/locale";
import type { Platform, PlatformIdentity } from "../kernel/platform";
import type { Block, Reply, Text } from "../kernel/reply";
import type { AppShape, EngineHost, RoleOf } from "./host";

/** Who may run a command: anybody (even unknown senders), any active person, or holders of these roles. */
export type Access<Role extends string = string> = "everyone" | "registered" | readonly Role[];

export interface ChatRef {
  id: string;
  kind: "dm" | "group";
}

/** Everything a command's code may use for one request. */
export interface CommandContext<A extends AppShape> {
  actor: A["actor"] | null;
  identity: PlatformIdentity;
  chat: ChatRef;
  locale: Locale;
  services: A["services"];
  /** What the engine itself reads of the app (names of people and units, the clock, the translator). */
  host: EngineHost<A>;
  requestId: string;
  /** Text typed after the command name, NFC-normalised and trimmed. */
  args: string;
  /** Files attached to the message (their platform references, not their bytes). */
  files: FileRef[];
  /** Leaves the form open in this chat, if any; true when there was one. */
  cancelForm(): boolean;
  /** Every command, in the order /help lists them. */
  commands: readonly CommandSpec<A>[];
}

export const FIELD_KINDS = ["text", "longtext", "choice", "multichoice", "date", "confirm", "person", "unit"] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

export interface Choice {
  value: string;
  label: Text;
}

export type FormValues = Record<string, unknown>;

export interface FieldSpec<A extends AppShape> {
  name: string;
  kind: FieldKind;
  /** Short name of the field, for summaries, modals and error messages. */
  title: string;
  /** The question asked when the field is asked alone. */
  prompt: string;
  optional?: boolean;
  /** For text fields; counted in visible characters. */
  maxLength?: number;
  /**
   * A long text that may come in several messages (commitments typed one per message on a phone): a message typed
   * at the summary right after it was answered is added to it, and the summary offers a button with this label
   * (e.g. «Thêm cam kết») to add more.
   */
  more?: string;
  /** A number alone is a normal answer here (a day of the month): not asked about as a likely mis-typed choice. */
  takesNumbers?: boolean;
  choices?: (ctx: CommandContext<A>, values: FormValues) => Choice[];
  /** Leaves the field out, e.g. a campaign choice when only one campaign is open. */
  skip?: (ctx: CommandContext<A>, values: FormValues) => boolean;
  /** Extra validation of the parsed value; its message names what is expected. */
  schema?: ZodType;
  /**
   * A rule checked as soon as the field is answered, against the answers before it (an end after the start, a
   * nominee this person may propose). Returns the message to show next to the field, or null when it fits.
   * `values` already holds this field's value.
   */
  check?: (value: unknown, ctx: CommandContext<A>, values: FormValues) => Text | null;
}

/** What a field is, without its rules: what an adapter reads to draw it (a Slack modal's input). */
export type FieldInfo = Pick<FieldSpec<AppShape>, "name" | "kind" | "title" | "prompt" | "optional" | "maxLength">;

export interface FormSpec<A extends AppShape> {
  fields: FieldSpec<A>[];
  /** "memory" keeps a draft out of the database (anonymous complaints); lost on restart by design. */
  storage?: "durable" | "memory";
  /** Show a summary with Confirm / Edit / Cancel before running. Default true. */
  confirm?: boolean;
  /** Files the person sends while the form is open are kept with the answers (under dialog.FILES). */
  acceptsFiles?: boolean;
  /** Its questions and answers are marked sensitive: an adapter may delete them from the chat when told to. */
  sensitive?: boolean;
  /** Shown in the summary before confirming, e.g. an announcement exactly as recipients will see it. */
  preview?: (ctx: CommandContext<A>, values: FormValues) => Block[];
  /** Values known before asking, e.g. from the command's arguments or an existing record being edited. */
  prefill?: (ctx: CommandContext<A>, initial: FormValues) => FormValues;
  /**
   * Which field to fix when the core refuses the confirmed answers with one of these codes (a rule only the core
   * can judge, such as a quota): the person goes back to the summary with that field pointed out, answers kept.
   */
  fixes?: Partial<Record<A["errorCode"], string>>;
  /** Answers implied by the name the command was typed under (/tocao is a complaint of the kind "denunciation"). */
  aliasValues?: Record<string, FormValues>;
}

/** A command or button may answer with replies, or open a form (for example "edit this pledge"). */
export type Outcome = Reply | Reply[] | { openForm: string; values: FormValues };

/** What a command is, without its code: what an adapter reads to list it (menus, help, a home screen). */
export interface CommandInfo {
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
  /**
   * Runs when its name or an alias starts a line typed without the slash, outside any form, with what follows as
   * its arguments ("tracuu WJ8H-F66B…", "tra cứu …"): for a command people type as a sentence.
   */
  bareWord?: boolean;
  /** Answers a greeting typed outside any form ("Xin chào"), for a person the bot knows. */
  greets?: boolean;
  /**
   * Never counted among the commands a person uses (which a greeting offers): a complaint and its follow-ups must
   * leave no trace of who sent them.
   */
  unrecorded?: boolean;
  /** Offered as a shortcut button (with this label key) where an adapter shows a home screen (Slack's App Home). */
  homeShortcut?: string;
}

export interface CommandSpec<A extends AppShape> extends CommandInfo {
  access: Access<RoleOf<A>>;
  form?: FormSpec<A>;
  run(ctx: CommandContext<A>, values: FormValues): Promise<Outcome> | Outcome;
  /** Button handlers, keyed by action name; the id comes from the button's payload. */
  actions?: Record<string, ActionHandler<A>>;
}

const NAME = /^[a-z0-9_]{1,32}$/;

export type ActionHandler<A extends AppShape> = (ctx: CommandContext<A>, id: string) => Promise<Outcome> | Outcome;

/** The handlers of every declared action, keyed by action name, as a command's `actions` (checked by the compiler). */
export function handlers<A extends AppShape, N extends string>(
  set: ActionSet<N>,
  map: { [K in N]: ActionHandler<A> },
): Record<string, ActionHandler<A>> {
  const byName: Record<string, ActionHandler<A>> = {};
  for (const name of Object.keys(set) as N[]) byName[set[name].name] = map[name];
  return byName;
}

/** Declares a command, checking its names at load time so a typo fails the tests, not a user. */
export function defineCommand<A extends AppShape>(spec: CommandSpec<A>): CommandSpec<A> {
  for (const name of [spec.name, ...spec.aliases]) {
    if (!NAME.test(name)) throw new Error(`command name "${name}" must match ${NAME}`);
  }
  return spec;
}

/** The field to fix when the domain refuses a form's confirmed answers with this code (see FormSpec.fixes). */
export function fieldToFix<A extends AppShape>(command: CommandSpec<A>, code: string): string | undefined {
  const fixes: Partial<Record<string, string>> = command.form?.fixes ?? {};
  return fixes[code];
}

/** Opens another command's form with values filled in. */
export function openForm(command: string, values: FormValues): Outcome {
  return { openForm: command, values };
}
