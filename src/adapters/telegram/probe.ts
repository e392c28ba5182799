// Watches every Telegram Bot API call at the network side of the pace's retries (so each attempt is seen, not only the
// final outcome) and keeps the platform's link state for /readyz. It logs changes of state, not calls: one line
// when the bot connects, one when it starts retrying and why, one when it is back. A refused token (401) is
// reported as such; start-up turns it into a clear exit instead of retrying forever.
// The long poll (getUpdates) is not paced, and is retried here every few seconds at most: after a long outage the
// bot must not stay deaf for a growing pause.
import type { Transformer } from "grammy";
import { HttpError } from "grammy";
import type { Logger } from "../../kernel/ports";
import type { LinkState, PlatformLink } from "../../ops/health";

/** Longest pause between two attempts of the long poll while Telegram cannot be reached. */
const POLL_RETRY_CAP_MS = 5000;

/** A grammY transformer to install first (innermost, under the pace), feeding `link`. */
export function createTelegramProbe(link: PlatformLink, logger: Logger, recheckMs = 3000): Transformer {
  let recheck: NodeJS.Timeout | null = null;
  const report = (state: LinkState, reason: string | null = null) => {
    if (!link.set(state, reason)) return;
    if (state === "up" && recheck) {
      clearInterval(recheck);
      recheck = null;
    }
    if (state === "up") logger.info({ platform: "telegram" }, "telegram connected");
    else if (state === "refused") logger.error({ platform: "telegram", reason }, "telegram refused the bot token");
    else logger.warn({ platform: "telegram", state, reason }, "telegram not answering, retrying");
  };
  const attempt: Transformer = async (prev, method, payload, signal) => {
    try {
      const result = await prev(method, payload, signal);
      if (result.ok) report("up");
      else if (result.error_code === 401) report("refused", "http-401");
      else if (result.error_code === 429 || result.error_code >= 500) report("retrying", `http-${result.error_code}`);
      // any other answer (400, 403 a blocked chat …) still proves the platform is reached
      else report("up");
      return result;
    } catch (error) {
      // a stop aborts the long poll on purpose: that says nothing about the platform
      if (!signal?.aborted) {
        report("unreachable", networkReason(error));
        // a long poll that gets through again answers only when updates come (up to 30 s): ask getMe every few
        // seconds, so /readyz sees the platform back as soon as it is
        recheck ??= setInterval(() => {
          prev("getMe", {} as never).then(
            (answer) => answer.ok && report("up"),
            () => undefined,
          );
        }, recheckMs).unref();
      }
      throw error;
    }
  };
  return async (prev, method, payload, signal) => {
    if (method !== "getUpdates") return attempt(prev, method, payload, signal);
    for (let pauseMs = 500; ; pauseMs = Math.min(pauseMs * 2, POLL_RETRY_CAP_MS)) {
      try {
        return await attempt(prev, method, payload, signal);
      } catch (error) {
        if (!(error instanceof HttpError) || signal?.aborted) throw error;
        await pause(pauseMs, signal);
      }
    }
  };
}

/** Waits, or throws at once when the runner stops (its abort signal). */
function pause(ms: number, signal: Parameters<Transformer>[3]): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(done, ms);
    function done() {
      signal?.removeEventListener("abort", aborted);
      resolve();
    }
    function aborted() {
      clearTimeout(timer);
      reject(new Error("stopped"));
    }
    signal?.addEventListener("abort", aborted, { once: true });
  });
}

/** The network error's code (ECONNREFUSED, ETIMEDOUT …), never its message, which may carry the URL and token. */
function networkReason(error: unknown): string {
  if (error instanceof HttpError) {
    const cause = error.error as { code?: string; cause?: { code?: string }; name?: string } | undefined;
    return cause?.code ?? cause?.cause?.code ?? cause?.name ?? "network";
  }
  return (error as Error)?.name ?? "network";
}
