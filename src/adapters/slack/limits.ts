// Slack's published limits, in one place (api.slack.com/reference/block-kit, chat.postMessage, views.*, and
// api.slack.com/apis/rate-limits for the sending pace).
import type { SendLimits } from "../pace/send-pacer";

export const SLACK_LIMITS = {
  /** chat.postMessage: about one message per second per channel, within a workspace-wide allowance. */
  pace: { perSecond: 20, perChatGapMs: 1000, perGroupPerMinute: null } satisfies SendLimits,
  /**
   * A failed post (429, 5xx, network) is tried again up to 5 times: after Retry-After, else after a backoff drawn
   * below 250 ms · 2ⁿ, at most 5 s (src/kernel/retry.ts).
   */
  retry: { baseMs: 250, capMs: 5000, retries: 5 },
  /** Bolt refuses stale request timestamps; we also refuse ones this far in the future. */
  maxClockSkewSeconds: 5 * 60,
  sectionText: 3000,
  headerText: 150,
  buttonText: 75,
  /** A message's `text` fallback (notifications, screen readers). */
  fallbackText: 3000,
  plainText: 2000,
  elementsPerActions: 25,
  blocksPerMessage: 50,
  blocksPerHomeView: 100,
  optionsPerSelect: 100,
  optionsPerCheckboxes: 10,
  optionText: 75,
  /** plain_text_input max_length. */
  inputText: 3000,
  /** A modal's title, submit and close labels. */
  modalLabel: 24,
} as const;
