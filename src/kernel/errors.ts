// Errors both layers throw: a coded refusal told to the user (the domain declares its codes), and a platform's
// "slow down".
import type { Args } from "./reply";

/**
 * An outcome the user caused or can fix, told as the localized message `error-<code>` with `args`. The engine
 * catches it once (dispatch, forms) without knowing the codes; the domain's DomainError closes the list.
 */
export class CodedError<Code extends string = string> extends Error {
  override name = "CodedError";
  constructor(
    readonly code: Code,
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
