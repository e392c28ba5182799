// What the Zalo Bot Platform allows, in one place (see the project brief's shared/ZALO.md). Rate limits are not published: the
// pace is a setting (ZALO_SEND_INTERVAL_MS) and these are only the defaults and the hard limits of the API. The
// webhook secret's 8–256 characters and the API's base URL are checked and defaulted in src/config.ts.
export const ZALO_LIMITS = {
  /** sendMessage text and sendPhoto caption: 1 to 2,000 characters. */
  messageMax: 2000,
  /** getUpdates long-poll timeout asked of the platform, in seconds. */
  pollTimeoutSeconds: 30,
  /** The getUpdates error answer that means "no event within the timeout". */
  noUpdateCode: 408,
  /** A rate-limit answer without a stated wait pauses every send this long. */
  rateLimitPauseMs: 5000,
  /** A call that met a 5xx or a network error is tried again up to 3 times, after a backoff drawn below 250 ms · 2ⁿ, at most 4 s. */
  retry: { baseMs: 250, capMs: 4000, retries: 3 },
  /** A reply refused with a rate-limit answer is tried again twice, each after the wait asked for. */
  rateLimitRetries: 2,
  /** getUpdates failing: polled again after a drawn backoff below 1 s · 2ⁿ, at most 5 s, until it answers. */
  pollRetry: { baseMs: 1000, capMs: 5000, retries: Number.POSITIVE_INFINITY },
  /** How long any call but getUpdates may take before it is abandoned as a network error. */
  callTimeoutMs: 30_000,
  /** Default gap between two sends, overall, when no setting says otherwise. */
  defaultSendIntervalMs: 200,
} as const;
