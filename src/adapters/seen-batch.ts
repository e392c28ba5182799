// Group commit for the dedupe record, shared by the platform adapters: the keys that reach the dedupe step in one
// turn of the event loop (a batch of Telegram updates handled across chats, Slack requests arriving together) are
// written in one go, into the database's open write batch (src/db/commit-batch.ts), so one fsync covers them all and
// the writes the updates then make. Every update still waits until its record is committed before it acts (or, on
// Slack, before it is acked), so a restart or a replay still acts once.
import type { Durability, SeenRequests } from "../core/ports";

export function createSeenBatch(seen: SeenRequests, durability: Durability) {
  let pending: Array<{ key: string; resolve: (first: boolean) => void; reject: (error: unknown) => void }> = [];

  function flush(): void {
    const batch = pending;
    pending = [];
    try {
      durability.begin();
      const answers = seen.firstTimeEach(batch.map((p) => p.key));
      durability.durable().then(
        () => {
          for (const [i, p] of batch.entries()) p.resolve(answers[i] ?? false);
        },
        (error: unknown) => {
          for (const p of batch) p.reject(error);
        },
      );
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
