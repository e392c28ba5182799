// Token buckets by key, for inbound limits: each key may spend `burst` updates at once and then `perMinute` more
// a minute. Hand-written (about 40 lines) because the maintained libraries are either asynchronous per call
// (rate-limiter-flexible, limiter) or a job scheduler (bottleneck); a drop must cost a Map lookup, nothing more.

/** A burst allowance and a sustained rate. */
export interface BucketRate {
  burst: number;
  perMinute: number;
}

/** Keys kept before idle (refilled) buckets are forgotten, so a flood of new senders cannot grow memory for ever. */
const SWEEP_ABOVE = 10_000;

export function createTokenBuckets(rate: BucketRate, now: () => number = Date.now) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const perMs = rate.perMinute / 60_000;

  function level(bucket: { tokens: number; at: number }, t: number): number {
    return Math.min(rate.burst, bucket.tokens + (t - bucket.at) * perMs);
  }

  function sweep(t: number): void {
    for (const [key, bucket] of buckets) if (level(bucket, t) >= rate.burst) buckets.delete(key);
    // everyone is mid-burst (a flood of new keys): start afresh rather than grow without bound
    if (buckets.size > SWEEP_ABOVE) buckets.clear();
  }

  return {
    /** Spends one token of `key`; false when it has none left (the update is to be dropped). */
    take(key: string): boolean {
      const t = now();
      const bucket = buckets.get(key);
      if (!bucket) {
        if (buckets.size >= SWEEP_ABOVE) sweep(t);
        buckets.set(key, { tokens: rate.burst - 1, at: t });
        return rate.burst >= 1;
      }
      const tokens = level(bucket, t);
      bucket.at = t;
      if (tokens < 1) {
        bucket.tokens = tokens;
        return false;
      }
      bucket.tokens = tokens - 1;
      return true;
    },
    size: () => buckets.size,
  };
}
