// Announcements and their schedules. Sending is the outbox's job (src/outbox): this service only turns an
// announcement into a run with one delivery row per recipient, written in one transaction, and reports on it.
import { DateTime } from "luxon";
import type { CampaignService } from "../campaigns/service";
import type { DirectoryService } from "../directory/service";
import { requireRole } from "../directory/service";
import type { Person } from "../directory/types";
import { DomainError } from "../errors";
import type { PledgeService } from "../pledges/service";
import type { AuditLog, Clock, Notifier, UnitOfWork } from "../ports";
import { type Block, say, text } from "../reply";
import { ANNOUNCERS, isLocale, type Locale, type Platform } from "../roles";
import { describeRepeat, latestSlot } from "./repeat";
import type { Announcement, Audience, Delivery, Recipient, Repeat, RunReport, Schedule } from "./types";

export const MAX_ANNOUNCEMENT_LENGTH = 3000;
/** How many days before a pledge deadline the daily reminders start. */
export const REMINDER_DAYS = 3;

export interface ChatTarget {
  id: number;
  platform: Platform;
  externalId: string;
  title: string;
}

export interface RunRow {
  id: number;
  announcementId: number;
  scheduleId: number | null;
  slotAt: Date;
  status: "sending" | "missed";
  remindsRunId: number | null;
}

export interface BroadcastRepo {
  insertAnnouncement(a: Omit<Announcement, "id">): number;
  announcement(id: number): Announcement | null;
  insertSchedule(s: Omit<Schedule, "id">): number;
  schedules(): Schedule[];
  schedule(id: number): Schedule | null;
  updateSchedule(id: number, patch: Partial<Pick<Schedule, "status" | "lastSlotAt" | "repeat">>): void;
  updateAnnouncement(id: number, patch: Pick<Announcement, "text" | "audience">): void;
  /** Null when a run for this schedule and slot exists already (another process made it). */
  insertRun(run: Omit<RunRow, "id">, at: Date): number | null;
  run(id: number): RunRow | null;
  runsOf(announcementId: number): RunRow[];
  insertDeliveries(runId: number, recipients: Recipient[]): void;
  deliveries(runId: number): Delivery[];
  delivery(id: number): Delivery | null;
  acknowledge(id: number, at: Date): void;
  chats(): ChatTarget[];
  upsertChat(chat: Omit<ChatTarget, "id">, by: number, at: Date): void;
}

export type BroadcastService = ReturnType<typeof createBroadcastService>;

export function createBroadcastService(deps: {
  repo: BroadcastRepo;
  directory: DirectoryService;
  pledges: PledgeService;
  campaigns: CampaignService;
  audit: AuditLog;
  clock: Clock;
  uow: UnitOfWork;
  notifier: Notifier;
  timezone: string;
  defaultLocale: Locale;
  /** A slot missed while the bot was down is still sent if it is less late than this. */
  graceMs: number;
}) {
  const { repo, directory, clock, uow, audit, notifier } = deps;
  const scheduleListeners: Array<() => void> = [];
  const changed = () => {
    for (const listener of scheduleListeners) listener();
  };

  /** Everyone the audience names, each on every platform account they have that has not blocked the bot. */
  function recipients(audience: Audience, _author: Person | null): Recipient[] {
    if (audience.kind === "chats") {
      return repo
        .chats()
        .map((c) => ({ personId: null, chatId: c.id, unitId: null, platform: c.platform, externalId: c.externalId, locale: deps.defaultLocale }));
    }
    const active = directory.units().flatMap((u) => directory.activeMembers(u.id));
    let people: Person[];
    switch (audience.kind) {
      case "everyone":
        people = active;
        break;
      case "units":
        people = active.filter((p) => audience.unitIds.includes(p.unitId));
        break;
      case "roles":
        people = active.filter((p) => p.roles.some((r) => audience.roles.includes(r)));
        break;
      case "not-pledged": {
        const missing = new Set(deps.pledges.unpledged(audience.campaignId).map((p) => p.id));
        people = active.filter((p) => missing.has(p.id));
        break;
      }
      case "pending-reviewers":
        people = active.filter((p) => p.roles.includes("unit_head") && deps.pledges.reviewQueue(p).length > 0);
        break;
    }
    return people.flatMap((person) =>
      directory
        .accountsOf(person.id)
        .filter((a) => !a.blockedAt)
        .map((a) => ({
          personId: person.id,
          chatId: null,
          unitId: person.unitId,
          platform: a.platform,
          externalId: a.externalId,
          locale: person.locale && isLocale(person.locale) ? person.locale : deps.defaultLocale,
        })),
    );
  }

  /** Creates the run of a slot and its deliveries in one transaction; null if that slot already has a run. */
  function createRun(
    announcementId: number,
    scheduleId: number | null,
    slotAt: Date,
    people: Recipient[],
    remindsRunId: number | null = null,
  ): number | null {
    return uow.transaction(() => {
      const runId = repo.insertRun({ announcementId, scheduleId, slotAt, status: "sending", remindsRunId }, clock.now());
      if (runId === null) return null;
      repo.insertDeliveries(runId, people);
      return runId;
    });
  }

  /** What the system announces (localized blocks), sent at once to the given people. */
  function announceNow(blocks: Block[], audience: Audience, people: Recipient[], now: Date): number | null {
    return uow.transaction(() => {
      const announcementId = repo.insertAnnouncement({ authorId: null, text: "", blocks, audience, createdAt: now });
      return createRun(announcementId, null, now, people);
    });
  }

  function authorOf(announcement: Announcement): Person | null {
    return announcement.authorId === null ? null : directory.getPerson(announcement.authorId);
  }

  function checkText(raw: string): string {
    const value = raw.trim();
    if (value === "") throw new DomainError("invalid-input", { field: "text", max: MAX_ANNOUNCEMENT_LENGTH });
    if ([...value].length > MAX_ANNOUNCEMENT_LENGTH) throw new DomainError("announcement-too-long", { max: MAX_ANNOUNCEMENT_LENGTH });
    return value;
  }

  return {
    onSchedulesChanged: (listener: () => void) => void scheduleListeners.push(listener),
    recipients: (actor: Person | null, audience: Audience) => recipients(audience, requireRole(actor, ...ANNOUNCERS)),

    /** Sends now (a run is created at once) or schedules; returns the announcement and, when sent now, its run. */
    announce(
      actor: Person | null,
      input: { text: string; audience: Audience; repeat: Repeat | null },
    ): { announcementId: number; runId: number | null; scheduleId: number | null } {
      const author = requireRole(actor, ...ANNOUNCERS);
      const body = checkText(input.text);
      const now = clock.now();
      if (input.repeat?.kind === "once" && new Date(input.repeat.at).getTime() <= now.getTime()) throw new DomainError("schedule-in-past");
      const people = input.repeat ? [] : recipients(input.audience, author);
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
            timezone: deps.timezone,
            status: "active",
            lastSlotAt: null,
            createdAt: now,
          });
          return { announcementId, runId: null, scheduleId };
        }
        return { announcementId, runId: createRun(announcementId, null, now, people), scheduleId: null };
      });
      if (result.scheduleId !== null) changed();
      return result;
    },

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
        const late = now.getTime() - slot.getTime();
        const finished = schedule.repeat.kind === "once" ? "done" : "active";
        if (late <= deps.graceMs) {
          const runId = createRun(announcement.id, schedule.id, slot, recipients(announcement.audience, authorOf(announcement)));
          if (runId !== null) sent++;
          repo.updateSchedule(schedule.id, { lastSlotAt: slot, status: finished });
        } else {
          const recorded = uow.transaction(() => {
            const runId = repo.insertRun(
              { announcementId: announcement.id, scheduleId: schedule.id, slotAt: slot, status: "missed", remindsRunId: null },
              now,
            );
            repo.updateSchedule(schedule.id, { lastSlotAt: slot, status: finished });
            return runId;
          });
          if (recorded !== null) {
            missed++;
            if (announcement.authorId !== null) {
              await notifier.notify(
                announcement.authorId,
                say("schedule-missed", { id: schedule.id, slot, when: describeRepeat(schedule.repeat, schedule.timezone) }),
              );
            }
          }
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
      const schedule = repo.schedule(id);
      if (!schedule || schedule.status === "cancelled" || schedule.status === "done") throw new DomainError("not-found");
      // resuming does not send what fell due while paused: the next slot counts from now
      uow.transaction(() => {
        repo.updateSchedule(id, { status, ...(status === "active" ? { lastSlotAt: clock.now() } : {}) });
        audit.record({ actorPersonId: person.id, action: `schedule.${status}`, entity: "schedule", entityId: id });
      });
      changed();
      return repo.schedule(id) as Schedule;
    },

    /**
     * Changes a waiting schedule's text, audience and timing. Slots before now are not sent; choosing "now"
     * sends it at once and ends the schedule.
     */
    editSchedule(actor: Person | null, id: number, input: { text: string; audience: Audience; repeat: Repeat | null }): { runId: number | null } {
      const author = requireRole(actor, ...ANNOUNCERS);
      const schedule = repo.schedule(id);
      if (!schedule || schedule.status === "cancelled" || schedule.status === "done") throw new DomainError("not-found");
      const body = checkText(input.text);
      const now = clock.now();
      if (input.repeat?.kind === "once" && new Date(input.repeat.at).getTime() <= now.getTime()) throw new DomainError("schedule-in-past");
      const people = input.repeat ? [] : recipients(input.audience, author);
      if (!input.repeat && people.length === 0) throw new DomainError("audience-empty");
      const runId = uow.transaction(() => {
        repo.updateAnnouncement(schedule.announcementId, { text: body, audience: input.audience });
        audit.record({ actorPersonId: author.id, action: "schedule.edited", entity: "schedule", entityId: id });
        if (input.repeat) {
          repo.updateSchedule(id, { repeat: input.repeat, lastSlotAt: now, status: schedule.status });
          return null;
        }
        repo.updateSchedule(id, { status: "done", lastSlotAt: now });
        return createRun(schedule.announcementId, null, now, people);
      });
      changed();
      return { runId };
    },

    schedule: (id: number) => repo.schedule(id),

    activeSchedules: () => repo.schedules().filter((s) => s.status === "active"),
    announcement: (id: number) => repo.announcement(id),

    /** The recipient presses "Acknowledged": only on their own delivery. */
    acknowledge(identity: { platform: Platform; externalId: string }, deliveryId: number): Delivery {
      const delivery = repo.delivery(deliveryId);
      if (!delivery || delivery.platform !== identity.platform || delivery.externalId !== identity.externalId) throw new DomainError("not-found");
      if (!delivery.acknowledgedAt) repo.acknowledge(deliveryId, clock.now());
      return repo.delivery(deliveryId) as Delivery;
    },

    /** Delivered, failed and why, acknowledged: per run, overall and per unit. */
    report(actor: Person | null, announcementId: number): { announcement: Announcement; runs: RunReport[] } {
      requireRole(actor, ...ANNOUNCERS);
      const announcement = repo.announcement(announcementId);
      if (!announcement) throw new DomainError("not-found");
      const runs = repo.runsOf(announcementId).map((run) => {
        const rows = repo.deliveries(run.id);
        const failures: Record<string, number> = {};
        for (const row of rows.filter((r) => r.status === "failed")) failures[row.error ?? "unknown"] = (failures[row.error ?? "unknown"] ?? 0) + 1;
        const units = new Map<number | null, { unitId: number | null; total: number; sent: number; failed: number; acknowledged: number }>();
        for (const row of rows) {
          const unit = units.get(row.unitId) ?? { unitId: row.unitId, total: 0, sent: 0, failed: 0, acknowledged: 0 };
          unit.total++;
          if (row.status === "sent") unit.sent++;
          if (row.status === "failed") unit.failed++;
          if (row.acknowledgedAt) unit.acknowledged++;
          units.set(row.unitId, unit);
        }
        return {
          runId: run.id,
          slotAt: run.slotAt,
          status: run.status,
          total: rows.length,
          sent: rows.filter((r) => r.status === "sent").length,
          pending: rows.filter((r) => r.status === "pending" || r.status === "claimed").length,
          failed: rows.filter((r) => r.status === "failed").length,
          failures,
          acknowledged: rows.filter((r) => r.acknowledgedAt).length,
          possibleDuplicates: rows.filter((r) => r.possibleDuplicate).length,
          byUnit: [...units.values()],
        };
      });
      return { announcement, runs };
    },

    /** A new run to the people of a run who have not acknowledged it yet. */
    remindUnacknowledged(actor: Person | null, runId: number): number {
      const person = requireRole(actor, ...ANNOUNCERS);
      const run = repo.run(runId);
      if (!run) throw new DomainError("not-found");
      const waiting = repo
        .deliveries(runId)
        .filter((d) => d.personId !== null && d.status === "sent" && !d.acknowledgedAt)
        .map(({ personId, chatId, unitId, platform, externalId, locale }) => ({ personId, chatId, unitId, platform, externalId, locale }));
      if (waiting.length === 0) throw new DomainError("audience-empty");
      const reminder = createRun(run.announcementId, null, clock.now(), waiting, runId);
      audit.record({ actorPersonId: person.id, action: "announcement.reminded", entity: "announcement", entityId: run.announcementId });
      return reminder ?? 0;
    },

    /**
     * The built-in reminders of the pledge season, once a day while a campaign's pledge deadline is at most
     * REMINDER_DAYS away: people who have not pledged, and unit heads with pledges to confirm.
     */
    remindPledges(now: Date, firstTime: (key: string) => boolean): number {
      let runs = 0;
      const day = DateTime.fromJSDate(now, { zone: deps.timezone }).toISODate() as string;
      for (const campaign of deps.campaigns.openForPledges()) {
        const deadline = campaign.pledgeDeadline as Date;
        if (deadline.getTime() - now.getTime() > REMINDER_DAYS * 86_400_000) continue;
        const reminders: Array<[string, Audience]> = [
          ["reminder-pledge", { kind: "not-pledged", campaignId: campaign.id }],
          ["reminder-review", { kind: "pending-reviewers" }],
        ];
        for (const [messageKey, audience] of reminders) {
          if (!firstTime(`${messageKey}:${campaign.id}:${day}`)) continue;
          const people = recipients(audience, null);
          if (people.length === 0) continue;
          const deadlineText = DateTime.fromJSDate(deadline, { zone: deps.timezone }).toFormat("HH:mm dd/MM/yyyy");
          const blocks: Block[] = [
            { type: "heading", text: text("reminder-heading") },
            { type: "paragraph", text: text(messageKey, { campaign: campaign.title, deadline: deadlineText }) },
          ];
          if (announceNow(blocks, audience, people, now) !== null) runs++;
        }
      }
      return runs;
    },

    /** Decisions and good deeds published to everyone, through the same outbox as people's announcements. */
    announceToEveryone(blocks: Block[]): number | null {
      const audience: Audience = { kind: "everyone" };
      const people = recipients(audience, null);
      return people.length > 0 ? announceNow(blocks, audience, people, clock.now()) : null;
    },

    /** A group chat or channel joins the "registered chats" audience. */
    registerChat(actor: Person | null, chat: Omit<ChatTarget, "id">): void {
      const person = requireRole(actor, ...ANNOUNCERS);
      repo.upsertChat(chat, person.id, clock.now());
      audit.record({ actorPersonId: person.id, action: "chat.registered", entity: "chat", entityId: `${chat.platform}:${chat.externalId}` });
    },
  };
}
