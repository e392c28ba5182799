// A grammY API transformer that sends every message-producing call through the platform's one pace (shared with
// the outbox), replacing the throttler and auto-retry: a 429 pauses every send of the bot for retry_after and the
// call is tried again first in its chat, so a retry never jumps the queue or lands inside a retry_after window.
// 5xx answers and network failures are retried after a growing wait of that chat alone. Other calls
// (answerCallbackQuery, getUpdates, setMyCommands) go straight through.
import type { Transformer } from "grammy";
import type { RetryAdvice, SendOutcome, SendPriority } from "../../outbox/transport";
import type { SendPacer } from "../pace/send-pacer";
import { TELEGRAM_LIMITS } from "./limits";

/** Calls that put or change a message in a chat, and so count against its limits. */
const PACED = new Set(["sendMessage", "sendDocument", "sendPhoto", "copyMessage", "forwardMessage", "editMessageText", "editMessageReplyMarkup"]);

type ApiAnswer = { ok: true } | { ok: false; error_code: number; parameters?: { retry_after?: number } };

/** What to do after one try of a Bot API call. */
function telegramRetry(outcome: SendOutcome<ApiAnswer>, attempt: number, retries: number = TELEGRAM_LIMITS.retries): RetryAdvice | null {
  if (attempt >= retries) return null;
  const backoff = Math.min(5000, 250 * 2 ** attempt);
  // a network failure: the message may or may not have arrived; Telegram gives no way to ask, so try again
  if ("error" in outcome) return { chatPauseMs: backoff, again: true };
  const answer = outcome.value;
  if (answer.ok) return null;
  if (answer.error_code === 429) return { pauseAllMs: (answer.parameters?.retry_after ?? 1) * 1000, again: true };
  if (answer.error_code >= 500) return { chatPauseMs: backoff, again: true };
  return null;
}

export function pacedApi(pace: SendPacer, priority: SendPriority = "reply"): Transformer {
  return (prev, method, payload, signal) => {
    const chat = (payload as { chat_id?: number | string }).chat_id;
    if (!PACED.has(method) || chat === undefined) return prev(method, payload, signal);
    return pace.run(String(chat), priority, () => prev(method, payload, signal), {
      retry: (outcome, attempt) => (signal?.aborted ? null : telegramRetry(outcome as SendOutcome<ApiAnswer>, attempt)),
    });
  };
}
