// What a platform adapter may use of the bot: the request pipeline, the forms, the command list, notifications
// and the dedupe store. Never the database: everything an adapter needs goes through this port.

import type { Services } from "../core/services";
import type { Locale } from "../kernel/locale";
import type { Platform } from "../kernel/platform";
import type { Durability, SeenRequests } from "../kernel/ports";
import type { Reply } from "../kernel/reply";
import type { DialogEngine } from "./dialog";
import type { CommandRegistry, Dispatcher } from "./dispatch";
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
  /** Sees every notification (the console prints them so a demo shows who was told what). */
  observeNotifications(observer: (personId: number, reply: Reply) => void): void;
}
