// The adapter's messages to people (replies, notifications) through the app's one pace, shared with the outbox:
// a Web API client of its own that does not wait out 429s by itself (that would resend outside the pace), so a
// 429 pauses every paced send of the app for Retry-After and the post is tried again first in its channel.
import { webApi } from "@slack/bolt";
import type { RetryAdvice, SendOutcome, SendPace } from "../../outbox/transport";
import { SLACK_LIMITS } from "./limits";

type PostArgs = webApi.ChatPostMessageArguments;
type EphemeralArgs = webApi.ChatPostEphemeralArguments;

function slackRetry(outcome: SendOutcome<unknown>, attempt: number, retries: number): RetryAdvice | null {
  if (!("error" in outcome) || attempt >= retries) return null;
  const e = outcome.error as { code?: string; retryAfter?: number };
  if (e.code === webApi.ErrorCode.RateLimitedError) return { pauseAllMs: (e.retryAfter ?? 1) * 1000, again: true };
  if (e.code === webApi.ErrorCode.HTTPError || e.code === webApi.ErrorCode.RequestError)
    return { chatPauseMs: Math.min(5000, 250 * 2 ** attempt), again: true };
  return null;
}

export type PacedPoster = ReturnType<typeof createPacedPoster>;

export function createPacedPoster(options: { token: string; apiUrl?: string; pace: SendPace; retries?: number }) {
  const client = new webApi.WebClient(options.token, {
    slackApiUrl: options.apiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    logLevel: webApi.LogLevel.ERROR,
  });
  const retries = options.retries ?? SLACK_LIMITS.retries;
  const retry = (outcome: SendOutcome<unknown>, attempt: number) => slackRetry(outcome, attempt, retries);
  return {
    message: (args: PostArgs) => options.pace.run(args.channel, "reply", () => client.chat.postMessage(args), { retry }),
    ephemeral: (args: EphemeralArgs) => options.pace.run(args.channel, "reply", () => client.chat.postEphemeral(args), { retry }),
  };
}
