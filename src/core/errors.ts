// Expected outcomes the user must be told about, as one error class with a closed set of codes.
import type { Args } from "./reply";

export const DOMAIN_ERROR_CODES = [
  "not-allowed",
  "not-registered",
  "registration-pending",
  "dm-only",
  "not-found",
  "person-not-found",
  "person-ambiguous",
  "unit-not-found",
  "campaign-not-found",
  "no-open-campaign",
  "nothing-to-return",
  "deadline-passed",
  "already-pledged",
  "pledge-not-editable",
  "pledge-not-reviewable",
  "award-not-offered",
  "award-wrong-subject",
  "no-unit-head",
  "already-registered",
  "role-unknown",
  "form-expired",
  "form-pending",
  "invalid-input",
  "link-code-invalid",
  "link-code-expired",
  "link-same-platform",
  "link-account-taken",
  "link-code-locked",
  "award-unknown",
  "nomination-duplicate",
  "nomination-refused",
  "nomination-not-annullable",
  "no-decided-nominations",
  "written-not-allowed",
  "no-rule-set",
  "standing-dates",
  "standing-cleared",
  "standing-unit-kind",
  "nomination-wrong-status",
  "nomination-not-withdrawable",
  "session-closed",
  "session-not-member",
  "session-already-voted",
  "session-empty",
  "session-end-past",
  "ballot-incomplete",
  "good-deed-handled",
  "no-approved-nominations",
  "case-named-unknown",
  "case-too-short",
  "case-too-long",
  "case-daily-limit",
  "case-code-wrong",
  "case-code-locked",
  "case-closed",
  "case-complaint-anonymous",
  "case-letter-incomplete",
  "case-wrong-status",
  "case-letter-date",
  "case-extension-not-allowed",
  "case-suspension-not-allowed",
  "case-dialogue-too-soon",
  "announcement-too-long",
  "audience-empty",
  "schedule-in-past",
  "campaign-dates",
  "session-still-open",
  "document-nothing",
  "evaluation-closed",
  "evaluation-dates",
  "rating-outside-unit",
  "rating-own",
  "rating-head-by-leader",
  "rating-leader-upstream",
  "nomination-self",
  "unit-review-not-ready",
] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/**
 * Thrown by the core for an outcome the user caused or can fix. Caught once, in dispatch, and answered
 * with the localized message `error-<code>`.
 */
export class DomainError extends Error {
  override name = "DomainError";
  constructor(
    readonly code: DomainErrorCode,
    readonly args: Args = {},
  ) {
    super(code);
  }
}

/**
 * A platform asked us to slow down. Adapters turn their own 429-like answers into this, so the outbox and the
 * interactive senders back off the same way on every platform.
 */
export class RateLimitedError extends Error {
  override name = "RateLimitedError";
  constructor(readonly retryAfterMs: number) {
    super(`rate limited for ${retryAfterMs} ms`);
  }
}
