// The one retry policy, with a seeded random source so every run draws the same waits: full jitter under a growing
// cap, a platform's stated wait kept as given, no try past the last; and what the pacer is told from it.
import { describe, expect, it } from "vitest";
import { pacedRetry } from "../../src/adapters/pace/paced-retry";
import { RateLimitedError } from "../../src/kernel/errors";
import { retryPolicy, seededRandom, withRetries } from "../../src/kernel/retry";

const SEED = 20261206;
const policy = (retries = 5) => retryPolicy({ baseMs: 250, capMs: 5000, retries, random: seededRandom(SEED) });

describe("the retry policy", () => {
  it("draws each wait between 0 and min(cap, base·2ⁿ), spread out, the same for the same seed", () => {
    const waits = Array.from({ length: 200 }, (_, i) => policy(Number.POSITIVE_INFINITY).delayMs(i % 8) as number);
    for (const [i, wait] of waits.entries()) {
      expect(wait).toBeGreaterThanOrEqual(0);
      expect(wait).toBeLessThan(Math.min(5000, 250 * 2 ** (i % 8)));
    }
    const one = policy(Number.POSITIVE_INFINITY);
    const drawn = Array.from({ length: 50 }, () => one.delayMs(6) as number);
    // full jitter: waits after the same failure differ, over most of the range (not a fixed backoff)
    expect(new Set(drawn).size).toBeGreaterThan(40);
    expect(Math.max(...drawn) - Math.min(...drawn)).toBeGreaterThan(3000);
    const again = policy(Number.POSITIVE_INFINITY);
    expect(Array.from({ length: 50 }, () => again.delayMs(6))).toEqual(drawn);
  });

  it("keeps a stated wait as given, and gives up after the last try", () => {
    const p = policy(3);
    expect(p.delayMs(0, 1200)).toBe(1200);
    expect(p.delayMs(2, 30_000)).toBe(30_000);
    expect(p.delayMs(3)).toBeNull();
    expect(p.delayMs(3, 1000)).toBeNull();
  });

  it("runs work until it succeeds, tries a final failure once, and stops at the last try", async () => {
    const slept: number[] = [];
    const sleep = async (ms: number) => void slept.push(ms);
    let calls = 0;
    const value = await withRetries(
      policy(),
      async () => {
        calls++;
        if (calls === 1) throw new RateLimitedError(700);
        if (calls < 4) throw new Error("503");
        return "sent";
      },
      { retryable: (e) => (e instanceof RateLimitedError ? { retryAfterMs: e.retryAfterMs } : {}), sleep },
    );
    expect(value).toBe("sent");
    expect(slept[0]).toBe(700);
    expect(slept).toHaveLength(3);

    slept.length = 0;
    await expect(withRetries(policy(), () => Promise.reject(new Error("400")), { retryable: () => null, sleep })).rejects.toThrow("400");
    expect(slept).toEqual([]);
    slept.length = 0;
    await expect(withRetries(policy(2), () => Promise.reject(new Error("network")), { retryable: () => ({}), sleep })).rejects.toThrow("network");
    expect(slept).toHaveLength(2);
  });

  it("tells the pacer: a stated wait pauses every send (even the last), other failures hold the chat alone", () => {
    const retry = pacedRetry(policy(2), (outcome) =>
      "error" in outcome ? (outcome.error instanceof RateLimitedError ? { retryAfterMs: outcome.error.retryAfterMs } : {}) : null,
    );
    expect(retry({ value: "ok" }, 0)).toBeNull();
    expect(retry({ error: new RateLimitedError(1000) }, 0)).toEqual({ pauseAllMs: 1000, again: true });
    expect(retry({ error: new RateLimitedError(1000) }, 2)).toEqual({ pauseAllMs: 1000, again: false });
    const held = retry({ error: new Error("502") }, 1);
    expect(held).toMatchObject({ again: true });
    expect(held?.chatPauseMs).toBeLessThan(500);
    expect(retry({ error: new Error("502") }, 2)).toBeNull();
  });
});
