// What a platform adapter may use of the bot: the request pipeline, the forms, the command list, notifications,
// the dedupe store, and of the people behind accounts only what a platform needs (their language and name, where
// they can be reached, a block). Never the database nor a domain service: everything goes through this port,
// which src/wiring/engine.ts implements.

import type { FileFetcher, FileLinkPort } from "../kernel/files";
import type { Locale } from "../kernel/locale";
import type { Platform, PlatformIdentity } from "../kernel/platform";
import type { Durability, SeenRequests, Translator } from "../kernel/ports";
import type { Reply } from "../kernel/reply";
import type { AgendaSection } from "./agenda";
import type { DialogState } from "./dialog-state";
import type { CommandList, Dispatcher } from "./dispatch";
import type { Actor } from "./host";
import type { WholeForms } from "./whole-form";

/** Delivers a reply to one account on one platform. Adapters register one each. */
export type Sender = (externalId: string, reply: Reply, locale: Locale) => Promise<void>;

/** The person behind an account, as an adapter may see them: to greet them and speak their language. */
export interface AccountHolder extends Actor {
  fullName: string;
}

/** What an adapter may know of the people behind its platform's accounts. */
export interface PeopleView {
  /** The person behind an account, or null for a stranger. */
  ofAccount(identity: PlatformIdentity): AccountHolder | null;
  /** A person by id (the console shows who a notification reached). */
  byId(personId: number): AccountHolder;
  /** A person's accounts, and whether each is marked as having blocked the bot. */
  accountsOf(personId: number): Array<PlatformIdentity & { blocked: boolean }>;
  /** The platform said this account blocked the bot (true), or it wrote again (false). */
  markBlocked(identity: PlatformIdentity, blocked: boolean): void;
}

/** What awaits a person (pledges to confirm, ballots to cast), for an adapter that shows a home screen. */
export interface AgendaView {
  sectionsFor(personId: number, locale: Locale): AgendaSection[];
  /** Something about this person changed (they acted, or were told something). */
  changed(personId: number): void;
  onChange(listener: (personId: number) => void): void;
}

export interface AdapterPort {
  dispatcher: Dispatcher;
  /** Forms answered all at once (Slack modals). */
  wholeForms: WholeForms;
  /** The commands' names, descriptions and access, for menus and help. */
  registry: CommandList;
  /** Only to ask whether a form is open in a chat (a bare word in a Slack DM is an answer then, not a command). */
  dialogs: { pending(key: string): DialogState | null };
  /** Platform deliveries already acted on (update ids, event ids): a retry or replay acts once. */
  seen: SeenRequests;
  /** The database's write batches: what an adapter tells the outside world about a write waits for `durable()`. */
  durability: Durability;
  translator: Translator;
  /** The language of a stranger whose platform says none the bot speaks. */
  defaultLocale: Locale;
  people: PeopleView;
  agenda: AgendaView;
  /** True while no organisation is set up (the console then offers the demo one). */
  organisationEmpty(): boolean;
  /** Lets an adapter deliver notifications to its platform's accounts. */
  registerSender(platform: Platform, sender: Sender): void;
  /** One-time links to files, for a platform that cannot carry them (Zalo). */
  fileLinks: FileLinkPort;
  /** Lets an adapter fetch the files sent on its platform (a roster or a file of past decisions sent in chat). */
  registerFileFetcher(platform: Platform, fetcher: FileFetcher): void;
  /** Sees every notification (the console prints them so a demo shows who was told what). */
  observeNotifications(observer: (personId: number, reply: Reply) => void): void;
}
