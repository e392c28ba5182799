// The adapter's messages to people (replies, notifications) through the app's one pace, shared with the outbox:
// a Web API client of its own that does not wait out 429s by itself (that would resend outside the pace), so a
// 429 pauses every paced send of the app for Retry-After and the post is tried again first in its channel; 5xx and
// network failures hold that channel for the shared policy's jittered backoff (src/kernel/retry.ts).
import { webApi } from "@slack/bolt";
import { type Retryable, retryPolicy } from "../../kernel/retry";
import type { SendOutcome, SendPace } from "../../outbox/transport";
import { pacedRetry } from "../pace/paced-retry";
import { SLACK_LIMITS } from "./limits";

type PostArgs = webApi.ChatPostMessageArguments;
type EphemeralArgs = webApi.ChatPostEphemeralArguments;
type UpdateArgs = webApi.ChatUpdateArguments;

/** Whether one try of a post is worth another, and the wait Slack asked for. */
function retryable(outcome: SendOutcome<unknown>): Retryable | null {
  if (!("error" in outcome)) return null;
  const e = outcome.error as { code?: string; retryAfter?: number };
  if (e.code === webApi.ErrorCode.RateLimitedError) return { retryAfterMs: (e.retryAfter ?? 1) * 1000 };
  return e.code === webApi.ErrorCode.HTTPError || e.code === webApi.ErrorCode.RequestError ? {} : null;
}

export type PacedPoster = ReturnType<typeof createPacedPoster>;

export function createPacedPoster(options: { token: string; apiUrl?: string; pace: SendPace; retries?: number; random?: () => number }) {
  const client = new webApi.WebClient(options.token, {
    slackApiUrl: options.apiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    logLevel: webApi.LogLevel.ERROR,
  });
  const policy = retryPolicy({ ...SLACK_LIMITS.retry, retries: options.retries ?? SLACK_LIMITS.retry.retries, random: options.random });
  const retry = pacedRetry(policy, retryable);
  return {
    message: (args: PostArgs) => options.pace.run(args.channel, "reply", () => client.chat.postMessage(args), { retry }),
    ephemeral: (args: EphemeralArgs) => options.pace.run(args.channel, "reply", () => client.chat.postEphemeral(args), { retry }),
    /** Writes a message's new state over it (an announcement marked «Đã nắm»). */
    update: (args: UpdateArgs) => options.pace.run(args.channel, "reply", () => client.chat.update(args), { retry }),
  };
}
