// The one way the bot waits before trying again, used by every client that retries (the Zalo client, the paced
// Telegram and Slack sends, the polling loops, the outbox): capped exponential backoff with full jitter, the wait
// before try n+1 drawn between 0 and min(cap, base·2ⁿ) (AWS Architecture Blog, "Exponential Backoff And Jitter",
// 2015), so sends that failed together do not come back together; a wait the platform stated (retry_after,
// Retry-After) is kept as given, since trying earlier only earns another refusal. The random source is injected,
// so a test draws from a seeded one and sees the same waits on every run.

export interface RetryPolicyOptions {
  /** The first backoff's upper bound. */
  baseMs: number;
  /** No backoff is drawn above this. */
  capMs: number;
  /** Tries after the first; Infinity for loops that go on until stopped (polling). */
  retries: number;
  /** A number in [0, 1); Math.random unless a test gives a seeded one (seededRandom). */
  random?: () => number;
}

export interface RetryPolicy {
  /**
   * How long to wait after try `attempt` (0 for the first) failed before the next, or null when no try is left.
   * `retryAfterMs` is the wait the platform asked for: honoured as is, instead of a drawn backoff.
   */
  delayMs(attempt: number, retryAfterMs?: number): number | null;
}

export function retryPolicy(options: RetryPolicyOptions): RetryPolicy {
  const random = options.random ?? Math.random;
  return {
    delayMs(attempt, retryAfterMs) {
      if (attempt >= options.retries) return null;
      if (retryAfterMs !== undefined) return Math.max(0, retryAfterMs);
      // 2 ** attempt overflows to Infinity long before it matters; min() keeps the cap
      const ceiling = Math.min(options.capMs, options.baseMs * 2 ** attempt);
      return Math.floor(random() * ceiling);
    },
  };
}

/** A failure worth another try, and the wait the platform asked for, if it said one. */
export interface Retryable {
  retryAfterMs?: number;
}

export interface RetryOptions {
  /** Whether a failure is worth another try (null: give up at once and throw it). */
  retryable(error: unknown): Retryable | null;
  /** Waits; sleepMs unless a test gives its own. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Stops the tries: the failure in hand is thrown instead of waiting again. */
  signal?: AbortSignal;
  /** Told of each failure that will be tried again (for a log line or a health probe). */
  onRetry?: (error: unknown, attempt: number, waitMs: number) => void;
}

/** Waits `ms`, or less when `signal` aborts (its timer is then cleared, so nothing keeps the process alive). */
export function sleepMs(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });
}

/** Runs `work` until it succeeds, the failure is final, or the policy has no try left; throws the last failure. */
export async function withRetries<T>(policy: RetryPolicy, work: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const sleep = options.sleep ?? sleepMs;
  for (let attempt = 0; ; attempt++) {
    try {
      return await work(attempt);
    } catch (error) {
      const retryable = options.signal?.aborted ? null : options.retryable(error);
      const wait = retryable ? policy.delayMs(attempt, retryable.retryAfterMs) : null;
      if (wait === null) throw error;
      options.onRetry?.(error, attempt, wait);
      await sleep(wait, options.signal);
    }
  }
}

/**
 * A small seeded generator (mulberry32) for tests and benchmarks that want the same jitter on every run: log the
 * seed, and a failure can be replayed.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
