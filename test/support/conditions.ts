// What the stand-ins of the platform APIs share: a test waits for a condition on what the bot has done so far, and
// the stand-in looks again after every call it answers (no timers in assertions, except the one that gives up).
export class Conditions {
  private waiters: Array<{ test: () => boolean; resolve: () => void }> = [];

  /** `who` names the stand-in in the error when the condition is not met in time. */
  constructor(private readonly who: string) {}

  /** Resolves once `test` holds, checked now and after every call; rejects after the timeout. */
  waitFor(test: () => boolean, timeoutMs: number): Promise<void> {
    if (test()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.resolve !== done);
        reject(new Error(`${this.who}: condition not met in time`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      this.waiters.push({ test, resolve: done });
    });
  }

  /** Called by the stand-in after each call it answered: resolves the waits whose condition now holds. */
  check(): void {
    const ready = this.waiters.filter((w) => w.test());
    this.waiters = this.waiters.filter((w) => !ready.includes(w));
    for (const waiter of ready) waiter.resolve();
  }
}

/**
 * Waits for a condition no stand-in is told of (a database row, a log line, a file) by looking again every few
 * milliseconds; rejects, naming `what`, after the timeout. Never a way to let time pass: the condition must be
 * something the test then relies on.
 */
export async function until(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`${what}: not met in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
