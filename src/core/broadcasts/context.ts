// What every broadcast verb shares: its dependencies, and the few steps several verbs take (writing a run with its
// deliveries in one transaction, checking an announcement's text, telling the scheduler that schedules changed).

import type { Locale } from "../../kernel/locale";
import type { Clock } from "../../kernel/ports";
import type { Block } from "../../kernel/reply";
import type { CampaignService } from "../campaigns/service";
import type { DirectoryService } from "../directory/service";
import { DomainError } from "../errors";
import type { PledgeService } from "../pledges/service";
import type { AuditLog, Notifier, UnitOfWork } from "../ports";
import type { RunningPlatforms } from "./reach";
import type { BroadcastRepo } from "./store";
import type { Audience, Recipient } from "./types";

export const MAX_ANNOUNCEMENT_LENGTH = 3000;

export interface BroadcastDeps {
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
  /** The platforms the bot runs on now: only they get delivery rows (./reach.ts). */
  running: RunningPlatforms;
}

export type BroadcastContext = ReturnType<typeof createBroadcastContext>;

export function createBroadcastContext(deps: BroadcastDeps) {
  const { repo, uow, clock } = deps;
  const scheduleListeners: Array<() => void> = [];

  /** Creates the run of a slot and its deliveries in one transaction; null if that slot already has a run. */
  function createRun(
    announcementId: number,
    scheduleId: number | null,
    slotAt: Date,
    people: Recipient[],
    remindsRunId: number | null = null,
  ): number | null {
    return uow.transaction(() => {
      const now = clock.now();
      const runId = repo.insertRun({ announcementId, scheduleId, slotAt, status: "sending", remindsRunId }, now);
      if (runId === null) return null;
      repo.insertDeliveries(runId, people, now);
      return runId;
    });
  }

  return {
    ...deps,
    createRun,

    /** What the system announces (localized blocks), sent at once to the given people. */
    announceNow(blocks: Block[], audience: Audience, people: Recipient[], now: Date): number | null {
      return uow.transaction(() => {
        const announcementId = repo.insertAnnouncement({ authorId: null, text: "", blocks, audience, createdAt: now });
        return createRun(announcementId, null, now, people);
      });
    },

    checkText(raw: string): string {
      const value = raw.trim();
      if (value === "") throw new DomainError("invalid-input", { field: "text", max: MAX_ANNOUNCEMENT_LENGTH });
      if ([...value].length > MAX_ANNOUNCEMENT_LENGTH) throw new DomainError("announcement-too-long", { max: MAX_ANNOUNCEMENT_LENGTH });
      return value;
    },

    /** A "once" schedule must lie ahead. */
    checkWhen(repeat: { kind: string; at?: string } | null): void {
      if (repeat?.kind === "once" && new Date(repeat.at as string).getTime() <= clock.now().getTime()) throw new DomainError("schedule-in-past");
    },

    onSchedulesChanged: (listener: () => void) => void scheduleListeners.push(listener),
    schedulesChanged(): void {
      for (const listener of scheduleListeners) listener();
    },
  };
}
