// Notifications outside any request: each adapter registers the sender of its platform, and a person is told once,
// on the account they chose or last wrote from among the platforms running (those with a sender), the next one if
// that send fails (src/core/broadcasts/reach.ts, as for announcements). Someone reachable nowhere is logged with
// why, never who. Observers see every notification (the console prints them; an adapter showing an agenda
// refreshes it).

import { chooseAccount, type RunningPlatforms, rankAccounts } from "../core/broadcasts/reach";
import type { DirectoryService } from "../core/directory/service";
import type { Notifier } from "../core/ports";
import type { Sender } from "../engine/adapter-port";
import type { Locale } from "../kernel/locale";
import type { Platform } from "../kernel/platform";
import type { Durability, Logger } from "../kernel/ports";
import type { Reply } from "../kernel/reply";

export type Notifications = ReturnType<typeof createNotifications>;

export function createNotifications(deps: { directory: DirectoryService; commits: Durability; logger: Logger; defaultLocale: Locale }) {
  const { directory, commits, logger } = deps;
  const senders = new Map<Platform, Sender>();
  const observers: Array<(personId: number, reply: Reply) => void> = [];
  const running: RunningPlatforms = {
    has: (platform) => senders.has(platform),
    list: () => [...senders.keys()],
    set: () => undefined,
  };

  /**
   * Whether the send went out: false without an adapter for the platform, on an error (logged without its text or
   * its recipient), or when the adapter found the account blocked (it marks it and does not throw).
   */
  async function sendTo(platform: Platform, externalId: string, reply: Reply, locale: Locale): Promise<boolean> {
    const send = senders.get(platform);
    if (!send) return false;
    try {
      // a notification tells of a write (a pledge to review): it leaves once that write is on disk
      await commits.durable();
      await send(externalId, reply, locale);
    } catch (error) {
      logger.warn({ platform, errorName: (error as Error).name }, "notification not delivered");
      return false;
    }
    return !directory.isBlocked({ platform, externalId });
  }

  const notifier: Notifier = {
    async notify(personId, reply) {
      for (const observe of observers) observe(personId, reply);
      const person = directory.getPerson(personId);
      const locale = person.locale ?? deps.defaultLocale;
      // once per person, like announcements: the account they chose or last used; the next one if that send fails
      const accounts = directory.accountsOf(personId);
      for (const account of rankAccounts(accounts, person, running.has)) {
        if (await sendTo(account.platform, account.externalId, reply, locale)) return;
      }
      if (senders.size === 0) return;
      // the reason only: a notification may be about a case, and its recipient must not be named in the logs
      const choice = chooseAccount(directory.accountsOf(personId), person, { running });
      const reason = "unreachable" in choice ? choice.unreachable : { kind: "send-failed", platforms: [] };
      logger.info({ reason: reason.kind, platforms: reason.platforms }, "notification reached nobody");
    },
    async notifyAccount(platform, externalId, locale, reply) {
      await sendTo(platform, externalId, reply, locale);
    },
  };

  return {
    notifier,
    registerSender: (platform: Platform, sender: Sender) => void senders.set(platform, sender),
    observe: (observer: (personId: number, reply: Reply) => void) => void observers.push(observer),
  };
}
