// Slack's limits in one place: the sending pace (api.slack.com/apis/rate-limits: chat.postMessage about one
// message a second per channel, with a workspace-wide allowance) and Block Kit's sizes
// (api.slack.com/reference/block-kit), kept under rather than have a message or a view refused.
import type { SendLimits } from "../pace/send-pacer";

export const SLACK_LIMITS = {
  pace: { perSecond: 20, perChatGapMs: 1000, perGroupPerMinute: null } satisfies SendLimits,
  /** How often a failed post (429, 5xx, network) is tried again before it is given up. */
  retries: 5,
  sectionText: 3000,
  headerText: 150,
  /** Buttons' and options' text. */
  buttonText: 75,
  /** A plain_text field's default cap (labels, hints). */
  plainText: 2000,
  /** The plain `text` fallback of a message. */
  fallbackText: 3000,
  blocksPerMessage: 50,
  blocksPerHomeView: 100,
  elementsPerActions: 25,
  /** Modal title, submit and close labels. */
  modalTitle: 24,
  /** Options of one select; checkboxes show at most 10. */
  selectOptions: 100,
  checkboxOptions: 10,
  /** A text input's max_length. */
  textInput: 3000,
} as const;
