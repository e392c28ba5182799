// Retention of the outbox: delivery rows are three quarters of the database's growth (one per account per
// announcement). A run older than the retention period whose rows are all settled is summarised (the figures
// /report shows) and its rows deleted, in small batches with a pause between them, so chat is never held up.

import type { Clock } from "../../kernel/ports";
import type { RunFigures } from "../broadcasts/store";

export interface RetentionStore {
  /** A run created before `cutoff` with delivery rows, none of them pending or claimed; the oldest first. */
  nextExpiredRun(cutoff: Date): number | null;
  hasSummary(runId: number): boolean;
  saveSummary(runId: number, figures: RunFigures, at: Date): void;
  /** Deletes up to `limit` of the run's delivery rows; returns how many. */
  deleteDeliveries(runId: number, limit: number): number;
  transaction<T>(work: () => T): T;
}

export interface RetentionOptions {
  store: RetentionStore;
  /** The run's figures exactly as /report computes them (the broadcast service's runFigures). */
  figuresOf(runId: number): RunFigures | null;
  clock: Clock;
  /** DELIVERY_RETENTION_DAYS. */
  days: number;
  /** Rows deleted per transaction: small enough that a chat write waits a few milliseconds at most. */
  batch?: number;
  /** At most this many batches per sweep; the next sweep goes on. */
  maxBatches?: number;
}

const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

export function createDeliveryRetention({ store, figuresOf, clock, days, batch = 1000, maxBatches = 500 }: RetentionOptions) {
  return {
    /** One background pass: summarises and deletes expired runs' rows until none is left or the pass is used up. */
    async sweep(): Promise<{ runs: number; deleted: number }> {
      const cutoff = new Date(clock.now().getTime() - days * 24 * 60 * 60 * 1000);
      let runs = 0;
      let deleted = 0;
      for (let batches = 0; batches < maxBatches; batches++) {
        const runId = store.nextExpiredRun(cutoff);
        if (runId === null) break;
        const removed = store.transaction(() => {
          // the summary is written with the first batch, in the same transaction: no row goes before it exists,
          // and a sweep stopped half-way keeps the summary of all the rows
          if (!store.hasSummary(runId)) {
            const figures = figuresOf(runId);
            if (!figures) return 0;
            store.saveSummary(runId, figures, clock.now());
          }
          return store.deleteDeliveries(runId, batch);
        });
        if (removed === 0) break;
        deleted += removed;
        if (removed < batch) runs++;
        // let the event loop serve chat between batches
        await pause();
      }
      return { runs, deleted };
    },
  };
}

export type DeliveryRetention = ReturnType<typeof createDeliveryRetention>;
