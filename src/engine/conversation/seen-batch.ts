// Group commit for the dedupe record, the first step of a conversation turn: the keys that reach it in one turn of
// the event loop (a batch of Telegram updates handled across chats, Slack requests arriving together) are written
// in one go, into the database's open write batch (src/db/commit-batch.ts), so one fsync covers them and
// the writes the updates then make. An update acts as soon as its record is written, without waiting for the
// commit: everything it tells the outside world (a reply, a Slack ack with a view, a notification) waits for the
// same commit, so a crash before it loses the record and the work together, and the platform's redelivery is then
// handled as new. Nothing is ever done twice that was seen done.
import type { Durability, SeenRequests } from "../../kernel/ports";

export function createSeenBatch(seen: SeenRequests, durability: Durability) {
  let pending: Array<{ key: string; resolve: (first: boolean) => void; reject: (error: unknown) => void }> = [];

  function flush(): void {
    const batch = pending;
    pending = [];
    try {
      durability.begin();
      const answers = seen.firstTimeEach(batch.map((p) => p.key));
      for (const [i, p] of batch.entries()) p.resolve(answers[i] ?? false);
    } catch (error) {
      for (const p of batch) p.reject(error);
    }
  }

  return {
    /** Resolves true the first time `key` is seen (its record written into the open batch). */
    firstTime(key: string): Promise<boolean> {
      return new Promise((resolve, reject) => {
        if (pending.length === 0) setImmediate(flush);
        pending.push({ key, resolve, reject });
      });
    },
  };
}
