// One update's handling as a unit: a request id that every log line written while handling it carries (through
// AsyncLocalStorage, read by the logger's mixin), and a count of updates in flight so a graceful stop can wait for
// them to finish. Nothing about the update itself (sender, chat, text) enters the scope.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomBytes } from "node:crypto";

interface Scope {
  requestId: string;
}

const storage = new AsyncLocalStorage<Scope>();

/** The fields every log line written inside a request scope gets (pino `mixin`). */
export function requestFields(): Record<string, string> {
  const scope = storage.getStore();
  return scope ? { requestId: scope.requestId } : {};
}

/** The request id of the update being handled here, if any. */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

/** A short random id, enough to find one update's lines among a day's logs. */
export const newRequestId = () => randomBytes(6).toString("base64url");

/** Runs `work` in a request scope: the enclosing one's id if there is one (a webhook update inside its HTTP request), a new one otherwise. */
export function inRequestScope<T>(work: () => T): T {
  return storage.run({ requestId: currentRequestId() ?? newRequestId() }, work);
}

/** Counts work in flight so that a stop can wait for it; runs each piece of work in its own request scope. */
export function createInFlight() {
  let count = 0;
  let waiters: Array<() => void> = [];

  const settle = () => {
    count--;
    if (count === 0) for (const wake of waiters.splice(0)) wake();
  };

  async function run<T>(work: () => Promise<T>): Promise<T> {
    count++;
    try {
      return await storage.run({ requestId: currentRequestId() ?? newRequestId() }, work);
    } finally {
      settle();
    }
  }

  return {
    run,
    currentId: currentRequestId,
    size: () => count,
    /** Resolves true when nothing is in flight, false if `timeoutMs` passed first. */
    idle(timeoutMs: number): Promise<boolean> {
      if (count === 0) return Promise.resolve(true);
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          waiters = waiters.filter((w) => w !== done);
          resolve(false);
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          resolve(true);
        };
        waiters.push(done);
      });
    },
  };
}

export type InFlight = ReturnType<typeof createInFlight>;
