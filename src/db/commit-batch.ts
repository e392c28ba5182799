// Group commit for the one writer connection. What handlers write while a batch is open (the dedupe record of an
// update, a form's state, a pledge) goes into one SQLite transaction, committed a few milliseconds later with one
// fsync, instead of one fsync per statement that blocked the event loop each time (most of an update's cost).
// Durability is unchanged for what anyone outside the process can see: nothing a batch holds is announced before
// it is committed. Replies wait for `durable()` (the dispatcher, Slack's ack, notifications), and a send that must
// follow its record (an outbox claim) or work that needs no open transaction (a WAL checkpoint, VACUUM INTO) calls
// `flush()` first. A crash before the commit loses the batch and nothing of it was told to anyone; where the
// platform delivers the same update again (Slack's retries, webhooks, Zalo) it is handled as new, and Telegram
// polling hands it over again, never having confirmed it (docs/adr/0006-group-commit.md, 0008). Services'
// own transactions inside a batch become savepoints (better-sqlite3 nests them), so each still rolls back alone.
import type Database from "better-sqlite3";
import type { Durability } from "../kernel/ports";

export interface CommitBatch extends Durability {
  /** Commits the open batch now. */
  flush(): void;
}

const batches = new WeakMap<Database.Database, CommitBatch>();

/** Commits the batch open on this connection, if any (before a checkpoint, a backup or closing). */
export function flushPendingWrites(sqlite: Database.Database): void {
  batches.get(sqlite)?.flush();
}

/** `windowMs`: how long a batch stays open for more writes; 0 commits on the next turn of the event loop. */
export function createCommitBatch(sqlite: Database.Database, windowMs: number): CommitBatch {
  let open = false;
  let timer: NodeJS.Timeout | null = null;
  let waiters: Array<{ resolve: () => void; reject: (error: unknown) => void }> = [];

  function flush(): void {
    if (!open) return;
    open = false;
    if (timer) clearTimeout(timer);
    timer = null;
    const settled = waiters;
    waiters = [];
    try {
      sqlite.exec("COMMIT");
    } catch (error) {
      // a failed COMMIT (a full disk) leaves the transaction open: undo it, and tell everyone who waited
      if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
      for (const waiter of settled) waiter.reject(error);
      return;
    }
    for (const waiter of settled) waiter.resolve();
  }

  const batch: CommitBatch = {
    begin(): void {
      // inside a service's own transaction (sync code) a batch cannot start; its writes commit with that one
      if (open || sqlite.inTransaction || !sqlite.open) return;
      try {
        sqlite.exec("BEGIN IMMEDIATE");
      } catch {
        // another process holds the write lock past the busy timeout: each write then waits and commits on its own
        return;
      }
      open = true;
      timer = windowMs > 0 ? setTimeout(flush, windowMs) : null;
      if (!timer) setImmediate(flush);
    },
    durable(): Promise<void> {
      if (!open) return Promise.resolve();
      return new Promise((resolve, reject) => waiters.push({ resolve, reject }));
    },
    flush,
  };
  batches.set(sqlite, batch);
  return batch;
}
