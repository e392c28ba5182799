// Scheduled announcements: the tick that sends (or records as missed) each due slot, and pausing, resuming,
// cancelling and editing a schedule.

import { type Reply, say } from "../../kernel/reply";
import { requireRole } from "../directory/service";
import type { Person } from "../directory/types";
import { DomainError } from "../errors";
import { ANNOUNCERS } from "../roles";
import type { AudienceResolver } from "./audience";
import type { BroadcastContext } from "./context";
import { describeRepeat, latestSlot } from "./repeat";
import type { Announcement, Audience, Repeat, Schedule } from "./types";

export function createSchedules(ctx: BroadcastContext, audience: AudienceResolver) {
  const { repo, clock, uow, audit, notifier } = ctx;

  function waiting(id: number): Schedule {
    const schedule = repo.schedule(id);
    if (!schedule || schedule.status === "cancelled" || schedule.status === "done") throw new DomainError("not-found");
    return schedule;
  }

  /** A slot too late to send is recorded as a missed run (one per slot, as for sent ones) and its author told. */
  async function recordMissed(schedule: Schedule, announcement: Announcement, slot: Date, now: Date, finished: Schedule["status"]) {
    const recorded = uow.transaction(() => {
      const runId = repo.insertRun(
        { announcementId: announcement.id, scheduleId: schedule.id, slotAt: slot, status: "missed", remindsRunId: null },
        now,
      );
      repo.updateSchedule(schedule.id, { lastSlotAt: slot, status: finished });
      return runId;
    });
    if (recorded === null) return false;
    await tellAuthor(announcement, say("schedule-missed", { id: schedule.id, slot, when: describeRepeat(schedule.repeat, schedule.timezone) }));
    return true;
  }

  /** What became of a scheduled slot, told to the one who scheduled it. */
  async function tellAuthor(announcement: Announcement, message: Reply): Promise<void> {
    if (announcement.authorId !== null) await notifier.notify(announcement.authorId, message);
  }

  return {
    /**
     * Acts on every schedule whose latest slot has not been handled: sends it if it is less than the grace period
     * late, else records it as missed and tells the author. Safe to call often and from several processes: a slot
     * gets one run (a unique index), and a slot already handled is skipped.
     */
    async tick(now: Date): Promise<{ sent: number; missed: number }> {
      let sent = 0;
      let missed = 0;
      for (const schedule of repo.schedules().filter((s) => s.status === "active")) {
        const slot = latestSlot(schedule.repeat, schedule.timezone, now);
        const after = schedule.lastSlotAt ?? schedule.createdAt;
        if (!slot || slot.getTime() <= after.getTime()) continue;
        const announcement = repo.announcement(schedule.announcementId);
        if (!announcement) continue;
        const finished = schedule.repeat.kind === "once" ? "done" : "active";
        if (now.getTime() - slot.getTime() <= ctx.graceMs) {
          const recipients = audience.recipients(announcement.audience);
          const runId = ctx.createRun(announcement.id, schedule.id, slot, recipients);
          repo.updateSchedule(schedule.id, { lastSlotAt: slot, status: finished });
          if (runId !== null) {
            sent++;
            await tellAuthor(announcement, say("schedule-sent", { id: schedule.id, slot, count: recipients.length, report: announcement.id }));
          }
        } else if (await recordMissed(schedule, announcement, slot, now, finished)) {
          missed++;
        }
      }
      return { sent, missed };
    },

    schedules(actor: Person | null): Array<Schedule & { announcement: Announcement }> {
      requireRole(actor, ...ANNOUNCERS);
      return repo
        .schedules()
        .filter((s) => s.status === "active" || s.status === "paused")
        .map((s) => ({ ...s, announcement: repo.announcement(s.announcementId) as Announcement }));
    },

    setScheduleStatus(actor: Person | null, id: number, status: "active" | "paused" | "cancelled"): Schedule {
      const person = requireRole(actor, ...ANNOUNCERS);
      waiting(id);
      // resuming does not send what fell due while paused: the next slot counts from now
      uow.transaction(() => {
        repo.updateSchedule(id, { status, ...(status === "active" ? { lastSlotAt: clock.now() } : {}) });
        audit.record({ actorPersonId: person.id, action: `schedule.${status}`, entity: "schedule", entityId: id });
      });
      ctx.schedulesChanged();
      return repo.schedule(id) as Schedule;
    },

    /**
     * Changes a waiting schedule's text, audience and timing. Slots before now are not sent; choosing "now"
     * sends it at once and ends the schedule.
     */
    editSchedule(actor: Person | null, id: number, input: { text: string; audience: Audience; repeat: Repeat | null }): { runId: number | null } {
      const author = requireRole(actor, ...ANNOUNCERS);
      const schedule = waiting(id);
      const body = ctx.checkText(input.text);
      ctx.checkWhen(input.repeat);
      const now = clock.now();
      const people = input.repeat ? [] : audience.recipients(input.audience);
      if (!input.repeat && people.length === 0) throw new DomainError("audience-empty");
      const runId = uow.transaction(() => {
        repo.updateAnnouncement(schedule.announcementId, { text: body, audience: input.audience });
        audit.record({ actorPersonId: author.id, action: "schedule.edited", entity: "schedule", entityId: id });
        if (input.repeat) {
          repo.updateSchedule(id, { repeat: input.repeat, lastSlotAt: now, status: schedule.status });
          return null;
        }
        repo.updateSchedule(id, { status: "done", lastSlotAt: now });
        return ctx.createRun(schedule.announcementId, null, now, people);
      });
      ctx.schedulesChanged();
      return { runId };
    },

    schedule: (id: number) => repo.schedule(id),
    activeSchedules: () => repo.schedules().filter((s) => s.status === "active"),
  };
}
