// The outbox worker of one platform. Every delivery row is claimed (committed) before its send and its result is
// committed after, so a crash anywhere loses nothing: rows whose lease ran out are taken back as "ambiguous".
// An ambiguous row is looked up on platforms that can tell (Slack: message metadata) and resent otherwise
// (Telegram: at-least-once, counted as a possible duplicate). Lanes send in parallel, each with one row in flight:
// as many as the platform's pace asks for to keep its rate over the round trip it measures (30 a second at 250 ms
// is eight sends in flight), never fewer than four nor more than `lanes`; so possible duplicates after a crash are
// at most the lanes running then. A person's row that fails for good here moves to their next account (another
// platform's queue) before it is recorded as failed.
import { randomUUID } from "node:crypto";
import { deliveryMessage } from "../core/broadcasts/message";
import { reasonCode } from "../core/broadcasts/reach";
import type { BroadcastService } from "../core/broadcasts/service";
import type { Delivery } from "../core/broadcasts/types";
import type { DirectoryService } from "../core/directory/service";
import type { OutboxQueue } from "../db/repos/broadcasts";
import type { Clock, Logger } from "../kernel/ports";
import type { Reply } from "../kernel/reply";
import { retryPolicy } from "../kernel/retry";
import { type SendResult, type Transport, UNPACED } from "./transport";

/** What a lane gets instead of a send when the worker stopped before the send began. */
const NOT_SENT: SendResult = { ok: false, kind: "transient", reason: "stopping" };

/** A row failing for a while (5xx, network) is tried 5 times in all, waits drawn below 1 s · 2ⁿ, at most a minute. */
const RETRY = { baseMs: 1000, capMs: 60_000, retries: 4 };
/** Lanes while the pace has measured nothing, and the fewest ever run. */
const MIN_LANES = 4;
/** The most lanes by default: 30 sends a second over a round trip of a second, with room to spare. */
const MAX_LANES = 32;

export interface OutboxWorkerOptions {
  transport: Transport;
  queue: OutboxQueue;
  broadcasts: Pick<BroadcastService, "announcement" | "senderOf" | "fallback">;
  directory: Pick<DirectoryService, "markBlocked">;
  runOf: (runId: number) => { announcementId: number; slotAt: Date; remindsRunId: number | null } | null;
  clock: Clock;
  logger: Logger;
  /** The most sends in flight at once (default 32); how many run follows the pace's round trip. */
  lanes?: number;
  /** How long a claim holds; a worker that dies leaves rows for others after this. */
  leaseMs?: number;
  workerId?: string;
  /** The backoff's random source (src/kernel/retry.ts); a test gives a seeded one. */
  random?: () => number;
}

export function createOutboxWorker(options: OutboxWorkerOptions) {
  const { transport, queue, clock, logger } = options;
  const platform = transport.platform;
  const workerId = options.workerId ?? randomUUID();
  const leaseMs = options.leaseMs ?? 60_000;
  // the platform's pace is shared with its adapter's replies, which go first; leases and retry waits are about
  // real time, whatever clock the rest of the app is given; the injected clock only stamps when a delivery was sent
  const pace = transport.pace ?? UNPACED;
  const wall = () => new Date();
  const retry = retryPolicy({ ...RETRY, random: options.random });
  const maxLanes = options.lanes ?? MAX_LANES;
  let running = false;
  const lanes = new Set<Promise<void>>();
  /** Lanes counted the moment they start or decide to end (the set above loses them a tick later). */
  let active = 0;
  const sleepers = new Set<() => void>();
  // resolves when stop() is called, so a lane waiting for its turn gives its row back instead of sending it
  let stopping: () => void = () => undefined;
  let stopped = new Promise<void>((resolve) => {
    stopping = resolve;
  });

  function message(delivery: Delivery): Reply | null {
    const run = options.runOf(delivery.runId);
    const announcement = run ? options.broadcasts.announcement(run.announcementId) : null;
    if (!run || !announcement) return null;
    const context = { sender: options.broadcasts.senderOf(announcement), sentAt: run.slotAt, reminder: run.remindsRunId !== null };
    return deliveryMessage(announcement, delivery, context);
  }

  /** Sends one claimed row and records what became of it. */
  async function deliver(delivery: Delivery): Promise<void> {
    const reply = message(delivery);
    if (!reply) {
      queue.markFailed(delivery.id, "announcement-missing", clock.now());
      return;
    }
    if (delivery.ambiguous && transport.findSent) {
      const ref = await transport.findSent(delivery).catch(() => null);
      if (ref) {
        queue.markSent(delivery.id, ref, clock.now(), false);
        return;
      }
    }
    // a 429 pauses the whole platform before any other send (a reply, another lane) may start; a lane still waiting
    // for its turn when stop() is called gives its row back unsent, and a send already under way is finished
    let sending = false;
    const paced = pace.run(
      delivery.externalId,
      "bulk",
      async (): Promise<SendResult> => {
        if (!running) return NOT_SENT;
        sending = true;
        return transport.send(delivery, reply);
      },
      {
        retry: (outcome) =>
          "value" in outcome && !outcome.value.ok && outcome.value.kind === "rate-limited"
            ? { pauseAllMs: outcome.value.retryAfterMs, again: false }
            : null,
      },
    );
    const first = await Promise.race([paced, stopped.then(() => NOT_SENT)]);
    const result = first === NOT_SENT && sending ? await paced : first;
    if (result === NOT_SENT) {
      // stopping: claimed but not sent, so it goes back to the queue unharmed (not ambiguous, no attempt counted)
      queue.release(delivery.id, wall(), null, false);
      return;
    }
    const now = clock.now();
    if (result.ok) {
      // without a way to look, a resent ambiguous row may have arrived twice: say so in the report
      queue.markSent(delivery.id, result.ref, now, delivery.ambiguous && !transport.findSent);
      return;
    }
    // a person whose send failed for good here is tried on their next account before the row fails
    const giveUp = (reason: string) => {
      if (!options.broadcasts.fallback(delivery, reason)) queue.markFailed(delivery.id, reason, now);
    };
    switch (result.kind) {
      case "rate-limited":
        // the pace holds every lane of this platform (and its replies) for the time asked; the row goes back unharmed
        queue.release(delivery.id, new Date(wall().getTime() + result.retryAfterMs), null, false);
        logger.warn({ platform, retryAfterMs: result.retryAfterMs }, "outbox paused by the platform");
        return;
      case "blocked":
        // for a person the state matters more than the platform's code (Slack's account_inactive …): blocked until
        // they write again; a group chat keeps the platform's reason
        if (delivery.personId === null) return giveUp(result.reason);
        options.directory.markBlocked({ platform, externalId: delivery.externalId }, true);
        giveUp(reasonCode({ kind: "blocked", platforms: [platform] }));
        return;
      case "rejected":
        giveUp(result.reason);
        return;
      case "transient": {
        const backoff = retry.delayMs(delivery.attempts);
        if (backoff === null) {
          giveUp(result.reason);
          return;
        }
        queue.release(delivery.id, new Date(wall().getTime() + backoff), result.reason, true);
        return;
      }
    }
  }

  /** Lanes the pace wants now: its rate times the round trip it measured, within the bounds. */
  function lanesWanted(): number {
    return Math.min(maxLanes, Math.max(MIN_LANES, pace.inFlightWanted?.() ?? MIN_LANES));
  }

  /** Starts lanes until as many run as the pace wants. */
  function grow(): void {
    while (running && active < lanesWanted()) {
      active++;
      const done: Promise<void> = lane().finally(() => lanes.delete(done));
      lanes.add(done);
    }
  }

  async function lane(): Promise<void> {
    while (running) {
      // a lane beyond what the pace wants (the round trip got shorter) ends between two rows
      if (active > lanesWanted()) break;
      const now = wall();
      const [delivery] = queue.claim(platform, workerId, now, new Date(now.getTime() + leaseMs), 1);
      if (!delivery) {
        await new Promise<void>((resolve) => {
          const wake = () => {
            sleepers.delete(wake);
            clearTimeout(timer);
            resolve();
          };
          const timer = setTimeout(wake, 200);
          sleepers.add(wake);
        });
        continue;
      }
      try {
        await deliver(delivery);
      } catch (error) {
        // an unexpected failure leaves the row claimed: its lease runs out and it is retried as ambiguous
        logger.error({ platform, errorName: (error as Error).name }, "outbox send failed unexpectedly");
      }
      grow();
    }
    active--;
  }

  const wakeAll = () => {
    for (const wake of [...sleepers]) wake();
  };

  return {
    workerId,
    /** Takes back rows a dead worker left claimed. Called at start; also safe at any time. */
    recover: () => queue.recoverExpired(platform, wall()),
    start(): void {
      if (running) return;
      running = true;
      stopped = new Promise<void>((resolve) => {
        stopping = resolve;
      });
      this.recover();
      grow();
    },
    /** New rows were written: stop waiting. */
    poke: wakeAll,
    async stop(): Promise<void> {
      running = false;
      stopping();
      wakeAll();
      await Promise.all([...lanes]);
    },
    /** Lanes running now (benchmarks print it). */
    lanes: () => active,
    /** Resolves when nothing is left to send for this platform (tests and benchmarks). */
    async drained(timeoutMs = 60_000): Promise<void> {
      const until = Date.now() + timeoutMs;
      while (queue.pendingCount(platform) > 0) {
        if (Date.now() > until) throw new Error(`outbox (${platform}) not drained in time`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
  };
}

export type OutboxWorker = ReturnType<typeof createOutboxWorker>;
