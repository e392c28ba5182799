// Group commit for the dedupe record: the update ids that reach the dedupe step in one turn of the event loop
// (a batch fetched by the runner, handled concurrently across chats) are written in one transaction, so one fsync
// covers them all instead of one each; the fsync was most of the cost of an update. Every update still waits
// until its record is on disk before it acts, so a restart or a replay still acts once.
import type { SeenRequests } from "../../core/ports";

export function createSeenBatch(seen: SeenRequests) {
  let pending: Array<{ key: string; resolve: (first: boolean) => void; reject: (error: unknown) => void }> = [];

  function flush(): void {
    const batch = pending;
    pending = [];
    try {
      const answers = seen.firstTimeEach(batch.map((p) => p.key));
      for (const [i, p] of batch.entries()) p.resolve(answers[i] ?? false);
    } catch (error) {
      for (const p of batch) p.reject(error);
    }
  }

  return {
    /** Resolves true the first time `key` is seen, once its record is committed. */
    firstTime(key: string): Promise<boolean> {
      return new Promise((resolve, reject) => {
        if (pending.length === 0) setImmediate(flush);
        pending.push({ key, resolve, reject });
      });
    },
  };
}
