// What a platform adapter may use of the bot: the request pipeline, the forms, the command list, notifications
// and the dedupe store. Never the database: everything an adapter needs goes through this port.

import type { DialogEngine } from "./dialog";
import type { CommandRegistry, Dispatcher } from "./dispatch";
import type { FileFetcher } from "./files";
import type { Durability, SeenRequests } from "./ports";
import type { Reply } from "./reply";
import type { Locale, Platform } from "./roles";
import type { Services } from "./services";
import type { WholeForms } from "./whole-form";

/** Delivers a reply to one account on one platform. Adapters register one each. */
export type Sender = (externalId: string, reply: Reply, locale: Locale) => Promise<void>;

export interface AdapterPort {
  services: Services;
  dispatcher: Dispatcher;
  /** Forms answered all at once (Slack modals). */
  wholeForms: WholeForms;
  registry: CommandRegistry;
  /** Only to ask whether a form is open in a chat (a bare word in a Slack DM is an answer then, not a command). */
  dialogs: Pick<DialogEngine, "pending">;
  /** Platform deliveries already acted on (update ids, event ids): a retry or replay acts once. */
  seen: SeenRequests;
  /** The database's write batches: what an adapter tells the outside world about a write waits for `durable()`. */
  durability: Durability;
  /** Lets an adapter deliver notifications to its platform's accounts. */
  registerSender(platform: Platform, sender: Sender): void;
  /** Lets an adapter fetch the files sent on its platform (a roster or a file of past decisions sent in chat). */
  registerFileFetcher(platform: Platform, fetcher: FileFetcher): void;
  /** Sees every notification (the console prints them so a demo shows who was told what). */
  observeNotifications(observer: (personId: number, reply: Reply) => void): void;
}
