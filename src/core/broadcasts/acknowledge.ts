// Acknowledgement is a person's, not an account's: "Đã nắm" pressed on any platform, under any run of an
// announcement, counts for that announcement everywhere; /news shows a person's announcements with that state, and a
// reminder goes only to the people who have not acknowledged anywhere.

import type { PlatformIdentity } from "../../kernel/platform";
import { requireRole } from "../directory/service";
import type { Person } from "../directory/types";
import { DomainError } from "../errors";
import { ANNOUNCERS } from "../roles";
import type { AudienceResolver } from "./audience";
import type { BroadcastContext } from "./context";
import type { Announcement, DeliveryRecord, NewsItem } from "./types";

/** How many announcements /news shows. */
export const NEWS_LIMIT = 5;

export function createAcknowledge(ctx: BroadcastContext, audience: AudienceResolver) {
  const { repo, clock, audit, directory } = ctx;

  return {
    /**
     * The recipient presses "Acknowledged": only on a delivery of their own, from any of their accounts. An account
     * that belongs to no person (a group chat's row) can only acknowledge a row sent to that very account.
     */
    acknowledge(identity: PlatformIdentity, deliveryId: number): { delivery: DeliveryRecord; announcement: Announcement | null; already: boolean } {
      const delivery = repo.delivery(deliveryId);
      const person = directory.resolveAccount(identity);
      const own = person
        ? delivery?.personId === person.id
        : delivery?.personId === null && delivery.platform === identity.platform && delivery.externalId === identity.externalId;
      if (!delivery || !own) throw new DomainError("not-found");
      const already = delivery.acknowledgedAt !== null;
      if (!already) repo.acknowledge(deliveryId, clock.now());
      const run = repo.run(delivery.runId);
      return { delivery: repo.delivery(deliveryId) as DeliveryRecord, announcement: run ? repo.announcement(run.announcementId) : null, already };
    },

    /** The person's latest announcements, newest first, each once, acknowledged or not. */
    news(actor: Person | null): NewsItem[] {
      if (!actor) throw new DomainError("not-allowed");
      const items = new Map<number, NewsItem>();
      // a reminder run delivers the same announcement again: show it once, acknowledged if any copy was
      for (const row of repo.deliveredTo(actor.id, NEWS_LIMIT * 4)) {
        const seen = items.get(row.announcementId);
        if (seen) {
          seen.acknowledgedAt ??= row.acknowledgedAt;
          continue;
        }
        if (items.size >= NEWS_LIMIT) continue;
        const announcement = repo.announcement(row.announcementId);
        if (announcement)
          items.set(row.announcementId, { announcement, deliveryId: row.deliveryId, sentAt: row.sentAt, acknowledgedAt: row.acknowledgedAt });
      }
      return [...items.values()];
    },

    /** A new run to the people of a run who received it and have not acknowledged it anywhere, and how many they are. */
    remindUnacknowledged(actor: Person | null, runId: number): { runId: number; announcementId: number; count: number } {
      const person = requireRole(actor, ...ANNOUNCERS);
      const run = repo.run(runId);
      if (!run) throw new DomainError("not-found");
      const acknowledged = repo.acknowledgedPeople(run.announcementId);
      const waiting = repo
        .deliveries(runId)
        .filter((d) => d.personId !== null && d.status === "sent" && !acknowledged.has(d.personId))
        .map((d) => audience.personRecipient(directory.getPerson(d.personId as number)));
      if (waiting.length === 0) throw new DomainError("audience-empty");
      const reminder = ctx.createRun(run.announcementId, null, clock.now(), waiting, runId);
      audit.record({ actorPersonId: person.id, action: "announcement.reminded", entity: "announcement", entityId: run.announcementId });
      return { runId: reminder ?? 0, announcementId: run.announcementId, count: waiting.length };
    },
  };
}
