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
  /** Retries of a call that met a 5xx or a network error, with exponential backoff from baseMs up to maxMs. */
  retry: { attempts: 3, baseMs: 250, maxMs: 4000 },
  /** How long any call but getUpdates may take before it is abandoned as a network error. */
  callTimeoutMs: 30_000,
  /** Default gap between two sends, overall, when no setting says otherwise. */
  defaultSendIntervalMs: 200,
} as const;
