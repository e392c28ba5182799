// Builds the outbox workers for the platforms that are configured, on one app. Starting them tells the app which
// platforms run, so no delivery is written for another one, and first moves or closes the rows an earlier
// configuration left waiting for a platform that has no worker now (src/core/broadcasts/audience.ts, rehome); the
// terminal chat leaves those rows to the bot.
import type { App } from "../app";
import { createBroadcastRepo, createOutboxQueue, type OutboxQueue } from "../db/repos/broadcasts";
import type { Logger } from "../kernel/ports";
import type { Transport } from "./transport";
import { createOutboxWorker, type OutboxWorker } from "./worker";

export interface OutboxOptions {
  /** The most lanes a worker runs (default 32); how many run follows its platform's round trip. */
  lanes?: number;
  leaseMs?: number;
  /** The deliveries queue; tests wrap it to crash the process at exact points. */
  queue?: OutboxQueue;
  /**
   * Whether starting moves or closes the rows left waiting for platforms that do not run here (default true). The
   * terminal chat says no: opened on a stopped bot's database it is a tool at the keyboard, not the deployment's new
   * configuration, and the announcements waiting for Telegram, Slack or Zalo are the bot's to send when it is back.
   */
  rehome?: boolean;
}

export function createOutbox(app: App, logger: Logger, transports: Transport[], options: OutboxOptions = {}) {
  const queue = options.queue ?? createOutboxQueue(app.db);
  const runs = createBroadcastRepo(app.db);
  const workers: OutboxWorker[] = transports.map((transport) =>
    createOutboxWorker({
      transport,
      queue,
      broadcasts: app.services.broadcasts,
      directory: app.services.directory,
      runOf: (runId) => runs.run(runId),
      clock: app.services.clock,
      logger,
      lanes: options.lanes,
      leaseMs: options.leaseMs,
    }),
  );
  const platforms = transports.map((t) => t.platform);
  return {
    workers,
    start: () => {
      app.services.broadcasts.running.set(platforms);
      if (options.rehome !== false) {
        const { moved, closed } = app.services.broadcasts.rehome();
        if (moved + closed > 0) logger.info({ platforms, moved, closed }, "deliveries waiting for a platform that no longer runs moved or closed");
      }
      for (const worker of workers) worker.start();
    },
    poke: () => {
      for (const worker of workers) worker.poke();
    },
    stop: () => Promise.all(workers.map((w) => w.stop())),
    /**
     * Resolves when no worker has anything left, counting rows a worker hands to another platform (a person's
     * fallback account) after the other one had already finished.
     */
    async drained(timeoutMs?: number): Promise<void> {
      do {
        for (const worker of workers) worker.poke();
        await Promise.all(workers.map((w) => w.drained(timeoutMs)));
      } while (platforms.some((p) => queue.pendingCount(p) > 0));
    },
  };
}
