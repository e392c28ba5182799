// The work every entry point shares besides answering people: the announcement outbox (one worker per platform
// transport) and the scheduler (announcement schedules, reminders, digests, closing review sessions, the sweep of
// one-time file links, also run once at start so a link that expired while the bot was down is deleted). main.ts
// starts it once, for the platforms and for the terminal chat alike, with the transports of what is running.
import type { App } from "./app";
import type { Logger } from "./kernel/ports";
import { createOutbox, type OutboxOptions } from "./outbox";
import type { Transport } from "./outbox/transport";
import { createScheduler, type ScheduledJob } from "./scheduler";

export interface RuntimeOptions {
  app: App;
  logger: Logger;
  /** One per running platform; each gets its own paced outbox worker. */
  transports: Transport[];
  timezone: string;
  /** When handlers get the digest of new cases (config CASE_DIGEST_CRON). */
  caseDigestCron: string;
  /** The weekly digest (config DIGEST_CRON); off when unset. */
  digestCron?: string;
  outbox?: OutboxOptions;
  /** Extra scheduled jobs, such as the nightly backup. */
  jobs?: ScheduledJob[];
  /** Called after every run of a scheduled job (the health check's heartbeat). */
  onTick?: () => void;
}

export type Runtime = Awaited<ReturnType<typeof startRuntime>>;

export async function startRuntime({
  app,
  logger,
  transports,
  timezone,
  caseDigestCron,
  digestCron,
  outbox: outboxOptions,
  jobs,
  onTick,
}: RuntimeOptions) {
  const outbox = createOutbox(app, logger, transports, outboxOptions);
  const sweepFileLinks = {
    name: "file-links",
    cron: "*/10 * * * *",
    run() {
      const { expired, forgotten } = app.fileLinks.sweep();
      if (expired + forgotten > 0) logger.info({ expired, forgotten }, "one-time file links past their time deleted");
    },
  };
  sweepFileLinks.run();
  const scheduler = createScheduler({
    services: app.services,
    logger,
    timezone,
    caseDigestCron,
    digestCron,
    onRuns: outbox.poke,
    seen: app.seen,
    jobs: [...(jobs ?? []), sweepFileLinks],
    onTick,
  });
  outbox.start();
  await scheduler.start();
  return {
    /** Resolves when every queued delivery has been sent (or given up on). */
    drained: (timeoutMs?: number) => outbox.drained(timeoutMs).then(() => undefined),
    async stop(): Promise<void> {
      await scheduler.stop();
      await outbox.stop();
    },
  };
}
