// A grammY API transformer that sends every message-producing call through the platform's one pace (shared with
// the outbox), replacing the throttler and auto-retry: a 429 pauses every send of the bot for retry_after and the
// call is tried again first in its chat, so a retry never jumps the queue or lands inside a retry_after window.
// 5xx answers and network failures hold that chat alone for the shared policy's jittered backoff. Other calls
// (answerCallbackQuery, getUpdates, setMyCommands) go straight through.
import type { Transformer } from "grammy";
import type { Retryable } from "../../kernel/retry";
import { retryPolicy } from "../../kernel/retry";
import type { SendOutcome, SendPriority } from "../../outbox/transport";
import { pacedRetry } from "../pace/paced-retry";
import type { SendPacer } from "../pace/send-pacer";
import { TELEGRAM_LIMITS } from "./limits";

/** Calls that put or change a message in a chat, and so count against its limits. */
const PACED = new Set(["sendMessage", "sendDocument", "sendPhoto", "copyMessage", "forwardMessage", "editMessageText", "editMessageReplyMarkup"]);

type ApiAnswer = { ok: true } | { ok: false; error_code: number; parameters?: { retry_after?: number } };

/** Whether one try of a Bot API call is worth another, and the wait Telegram asked for. */
function retryable(outcome: SendOutcome<ApiAnswer>): Retryable | null {
  // a network failure: the message may or may not have arrived; Telegram gives no way to ask, so try again
  if ("error" in outcome) return {};
  const answer = outcome.value;
  if (answer.ok) return null;
  if (answer.error_code === 429) return { retryAfterMs: (answer.parameters?.retry_after ?? 1) * 1000 };
  return answer.error_code >= 500 ? {} : null;
}

export function pacedApi(pace: SendPacer, options: { priority?: SendPriority; random?: () => number } = {}): Transformer {
  const retry = pacedRetry(retryPolicy({ ...TELEGRAM_LIMITS.retry, random: options.random }), retryable);
  return (prev, method, payload, signal) => {
    const chat = (payload as { chat_id?: number | string }).chat_id;
    if (!PACED.has(method) || chat === undefined) return prev(method, payload, signal);
    return pace.run(String(chat), options.priority ?? "reply", () => prev(method, payload, signal), {
      retry: (outcome, attempt) => (signal?.aborted ? null : retry(outcome as SendOutcome<ApiAnswer>, attempt)),
    });
  };
}
