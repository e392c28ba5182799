// Announcing: a leader's announcement sent now or scheduled, what the system itself announces (decisions and good
// deeds to everyone, the pledge season's reminders), who an audience would reach (the preview before sending), and
// registering group chats as an audience.
import { DateTime } from "luxon";
import { type Block, text } from "../../kernel/reply";
import { requireRole } from "../directory/service";
import type { Person } from "../directory/types";
import { DomainError } from "../errors";
import { ANNOUNCERS } from "../roles";
import type { AudienceResolver } from "./audience";
import type { BroadcastContext } from "./context";
import type { UnreachableReason } from "./reach";
import type { ChatTarget } from "./store";
import type { Audience, Repeat } from "./types";

/** How many days before a pledge deadline the daily reminders start. */
export const REMINDER_DAYS = 3;

export interface AudiencePreview {
  total: number;
  /** People the announcement would not reach, by name, before anything is sent. */
  unreachable: Array<{
    personId: number;
    name: string;
    unitName: string;
    reason: UnreachableReason["kind"];
    platforms: UnreachableReason["platforms"];
  }>;
}

export function createAnnounce(ctx: BroadcastContext, audience: AudienceResolver) {
  const { repo, clock, uow, audit, directory } = ctx;

  return {
    recipients: (actor: Person | null, target: Audience) => {
      requireRole(actor, ...ANNOUNCERS);
      return audience.recipients(target);
    },

    /** How many the audience names and who among them the bot cannot reach, shown before the send. */
    preview(actor: Person | null, target: Audience): AudiencePreview {
      requireRole(actor, ...ANNOUNCERS);
      const recipients = audience.recipients(target);
      return {
        total: recipients.length,
        unreachable: recipients.flatMap((r) => {
          if (!r.unreachable || r.personId === null) return [];
          const person = directory.getPerson(r.personId);
          return [
            { personId: person.id, name: person.fullName, unitName: person.unitName, reason: r.unreachable.kind, platforms: r.unreachable.platforms },
          ];
        }),
      };
    },

    /** Sends now (a run is created at once) or schedules; returns the announcement and, when sent now, its run. */
    announce(
      actor: Person | null,
      input: { text: string; audience: Audience; repeat: Repeat | null },
    ): { announcementId: number; runId: number | null; scheduleId: number | null } {
      const author = requireRole(actor, ...ANNOUNCERS);
      const body = ctx.checkText(input.text);
      ctx.checkWhen(input.repeat);
      const now = clock.now();
      const people = input.repeat ? [] : audience.recipients(input.audience);
      if (!input.repeat && people.length === 0) throw new DomainError("audience-empty");
      const result = uow.transaction(() => {
        const announcementId = repo.insertAnnouncement({ authorId: author.id, text: body, audience: input.audience, createdAt: now });
        audit.record({
          actorPersonId: author.id,
          action: input.repeat ? "announcement.scheduled" : "announcement.sent",
          entity: "announcement",
          entityId: announcementId,
        });
        if (input.repeat) {
          const scheduleId = repo.insertSchedule({
            announcementId,
            repeat: input.repeat,
            timezone: ctx.timezone,
            status: "active",
            lastSlotAt: null,
            createdAt: now,
          });
          return { announcementId, runId: null, scheduleId };
        }
        return { announcementId, runId: ctx.createRun(announcementId, null, now, people), scheduleId: null };
      });
      if (result.scheduleId !== null) ctx.schedulesChanged();
      return result;
    },

    /** Decisions and good deeds published to everyone, through the same outbox as people's announcements. */
    announceToEveryone(blocks: Block[]): number | null {
      const target: Audience = { kind: "everyone" };
      const people = audience.recipients(target);
      return people.length > 0 ? ctx.announceNow(blocks, target, people, clock.now()) : null;
    },

    /** A group chat or channel joins the "registered chats" audience. */
    registerChat(actor: Person | null, chat: Omit<ChatTarget, "id">): void {
      const person = requireRole(actor, ...ANNOUNCERS);
      repo.upsertChat(chat, person.id, clock.now());
      audit.record({ actorPersonId: person.id, action: "chat.registered", entity: "chat", entityId: `${chat.platform}:${chat.externalId}` });
    },

    /**
     * Once a day while a campaign's pledge deadline is at most REMINDER_DAYS away: people who have not pledged,
     * and unit heads with pledges to confirm. `firstTime` makes it once per day across restarts and processes.
     */
    remindPledges(now: Date, firstTime: (key: string) => boolean): number {
      let runs = 0;
      const day = DateTime.fromJSDate(now, { zone: ctx.timezone }).toISODate() as string;
      for (const campaign of ctx.campaigns.openForPledges()) {
        const deadline = campaign.pledgeDeadline as Date;
        if (deadline.getTime() - now.getTime() > REMINDER_DAYS * 86_400_000) continue;
        const reminders: Array<[string, Audience]> = [
          ["reminder-pledge", { kind: "not-pledged", campaignId: campaign.id }],
          ["reminder-review", { kind: "pending-reviewers" }],
        ];
        for (const [messageKey, target] of reminders) {
          if (!firstTime(`${messageKey}:${campaign.id}:${day}`)) continue;
          const people = audience.recipients(target);
          if (people.length === 0) continue;
          const deadlineText = DateTime.fromJSDate(deadline, { zone: ctx.timezone }).toFormat("HH:mm dd/MM/yyyy");
          const blocks: Block[] = [
            { type: "heading", text: text("reminder-heading") },
            { type: "paragraph", text: text(messageKey, { campaign: campaign.title, deadline: deadlineText }) },
          ];
          if (ctx.announceNow(blocks, target, people, now) !== null) runs++;
        }
      }
      return runs;
    },
  };
}
