// Announcing: a leader's announcement sent now or scheduled, what the system itself announces to everyone, who an
// audience would reach (the preview before sending), and registering group chats as an audience.
import { requireRole } from "../directory/service";
import type { Person } from "../directory/types";
import { DomainError } from "../errors";
import type { Block } from "../reply";
import { ANNOUNCERS } from "../roles";
import type { AudienceResolver } from "./audience";
import type { BroadcastContext } from "./context";
import type { ChatTarget } from "./store";
import type { Audience, Repeat, Unreachable } from "./types";

export interface AudiencePreview {
  total: number;
  /** People the announcement would not reach, by name, before anything is sent. */
  unreachable: Array<{ personId: number; name: string; unitName: string; reason: Unreachable }>;
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
          return [{ personId: person.id, name: person.fullName, unitName: person.unitName, reason: r.unreachable }];
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
  };
}
