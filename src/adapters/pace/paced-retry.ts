// How a paced send is tried again, by the one retry policy (src/kernel/retry.ts): a wait the platform stated (a
// 429's retry_after) pauses every send of the platform, set before anything else may start, even when no try is
// left; any other failure worth a retry (5xx, network) holds that chat alone for a drawn backoff. Either way the send
// is tried again first in its chat, so a chat's messages keep their order.
import type { Retryable, RetryPolicy } from "../../kernel/retry";
import type { RetryAdvice, SendOutcome } from "../../outbox/transport";

/** The pacer's `retry` option for sends whose outcomes `retryable` reads (null: done, or failed for good). */
export function pacedRetry<T>(policy: RetryPolicy, retryable: (outcome: SendOutcome<T>) => Retryable | null) {
  return (outcome: SendOutcome<T>, attempt: number): RetryAdvice | null => {
    const failure = retryable(outcome);
    if (!failure) return null;
    const wait = policy.delayMs(attempt, failure.retryAfterMs);
    if (failure.retryAfterMs !== undefined) return { pauseAllMs: wait ?? failure.retryAfterMs, again: wait !== null };
    return wait === null ? null : { chatPauseMs: wait, again: true };
  };
}
