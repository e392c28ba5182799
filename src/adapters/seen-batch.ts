// Group commit for the dedupe record, shared by the platform adapters: the keys that reach the dedupe step in one
// turn of the event loop (a batch of Telegram updates handled across chats, Slack requests arriving together)
// are written in one transaction, so one fsync covers them all instead of one each; the fsync was most of the
// cost of an update. Every update still waits until its record is committed before it acts (or, on Slack, before
// it is acked), so a restart or a replay still acts once.
import type { SeenRequests } from "../core/ports";

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
