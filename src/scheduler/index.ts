// Time-driven work. Announcement schedules live in the database and are loaded into node-cron at start and on
// every change; each firing (and the start itself, to catch runs missed while the bot was down) calls the core's
// tick, which decides what is due, so a firing is safe to repeat and several processes send a slot once.
// Also: the case digest for handlers (twice a day), case deadline reminders, the daily pledge reminders before a
// deadline, and closing review sessions.
import cron, { type ScheduledTask } from "node-cron";
import { cronOf } from "../core/broadcasts/repeat";
import { sendWeeklyDigest } from "../core/reports/weekly-digest";
import type { Services } from "../core/services";
import type { Logger, SeenRequests } from "../kernel/ports";

export interface SchedulerOptions {
  services: Services;
  logger: Logger;
  timezone: string;
  caseDigestCron: string;
  /** The weekly digest for leaders and the secretary; none when unset. */
  digestCron?: string;
  /** Called after a tick created runs, so the outbox can start at once. */
  onRuns?: () => void;
  /** Keys remembered in the database: one pledge reminder a day, across restarts. */
  seen: SeenRequests;
  /** More fixed jobs from the composition root (the nightly backup), each run like the ones below. */
  jobs?: ScheduledJob[];
  /** Called after every run of a job (the health check's proof that the scheduler is alive). */
  onTick?: () => void;
}

export interface ScheduledJob {
  name: string;
  cron: string;
  run: () => unknown;
}

export function createScheduler({ services, logger, timezone, caseDigestCron, digestCron, onRuns, seen, jobs = [], onTick }: SchedulerOptions) {
  let announcementTasks: ScheduledTask[] = [];
  const fixedTasks: ScheduledTask[] = [];

  const guarded = (name: string, work: () => Promise<unknown>) => async () => {
    try {
      await work();
    } catch (error) {
      logger.error({ job: name, errorName: (error as Error).name }, "scheduled job failed");
    }
    onTick?.();
  };

  const tick = guarded("announcements", async () => {
    const { sent, missed } = await services.broadcasts.tick(services.clock.now());
    if (sent > 0) onRuns?.();
    if (sent + missed > 0) logger.info({ sent, missed }, "announcement schedules acted on");
  });

  /** One node-cron task per active schedule, rebuilt whenever schedules change. */
  function reload(): void {
    for (const task of announcementTasks) void task.destroy();
    announcementTasks = services.broadcasts
      .activeSchedules()
      .map((s) => cron.schedule(cronOf(s.repeat, s.timezone), tick, { timezone: s.timezone, noOverlap: true }));
  }

  return {
    tick,
    async start(): Promise<void> {
      services.broadcasts.onSchedulesChanged(reload);
      reload();
      await tick();
      if (digestCron) {
        fixedTasks.push(
          cron.schedule(
            digestCron,
            guarded("weekly-digest", () => sendWeeklyDigest(services)),
            { timezone, noOverlap: true },
          ),
        );
      }
      fixedTasks.push(
        cron.schedule(
          caseDigestCron,
          guarded("case-digest", () => services.cases.sendDigest()),
          { timezone, noOverlap: true },
        ),
        cron.schedule(
          "30 7 * * *",
          guarded("case-reminders", () => services.cases.remindDue()),
          { timezone, noOverlap: true },
        ),
        cron.schedule(
          "0 8 * * *",
          guarded("pledge-reminders", async () => {
            if (services.broadcasts.remindPledges(services.clock.now(), (key) => seen.firstTime(key)) > 0) onRuns?.();
          }),
          { timezone, noOverlap: true },
        ),
        cron.schedule(
          "* * * * *",
          guarded("review-sessions", () => services.ballots.closeDueSessions(services.clock.now())),
          { timezone, noOverlap: true },
        ),
        ...jobs.map((job) =>
          cron.schedule(
            job.cron,
            guarded(job.name, async () => job.run()),
            { timezone, noOverlap: true },
          ),
        ),
      );
    },
    async stop(): Promise<void> {
      for (const task of [...announcementTasks, ...fixedTasks]) await task.destroy();
      announcementTasks = [];
      fixedTasks.length = 0;
    },
  };
}
