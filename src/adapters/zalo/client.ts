// A small typed client of the Zalo Bot API (there is no official Node SDK): every call is a POST of JSON to
// `${apiRoot}/bot${token}/${method}`, answered `{ok:true,result}` or `{ok:false,error_code,description}`.
// 5xx answers and network errors are tried again by the shared policy (src/kernel/retry.ts); a rate-limit answer
// pauses every later call of this client and surfaces as the neutral RateLimitedError. The token is part of the URL,
// so URLs are never logged.
import { RateLimitedError } from "../../kernel/errors";
import { retryPolicy, sleepMs, withRetries } from "../../kernel/retry";
import { ZALO_LIMITS } from "./limits";
import type { ZaloAttempt } from "./probe";

/** The platform refused a call; `code` is its error_code (or the HTTP status when the body said nothing). */
export class ZaloApiError extends Error {
  override name = "ZaloApiError";
  constructor(
    readonly method: string,
    readonly code: number,
    readonly description: string,
    /** The HTTP status it came with (a 5xx is worth another try whatever the body says). */
    readonly status: number = code,
  ) {
    super(`${method}: ${code} ${description}`);
  }
}

/** The platform could not be reached (connection refused, reset, timed out) after the retries. */
export class ZaloNetworkError extends Error {
  override name = "ZaloNetworkError";
  constructor(readonly method: string) {
    super(`${method}: network error`);
  }
}

export interface ZaloBotInfo {
  id: string;
  account_name: string;
  account_type: string;
  can_join_groups: boolean;
}

export interface ZaloSent {
  message_id: string;
  date: number;
}

export interface ZaloClientOptions {
  token: string;
  apiRoot: string;
  /** Retries of 5xx and network errors; 0 for the outbox, which schedules its own. */
  retries?: number;
  sleep?: (ms: number) => Promise<void>;
  /** The backoff's random source (src/kernel/retry.ts); a test gives a seeded one. */
  random?: () => number;
  /** How long a call but getUpdates may take; ZALO_LIMITS.callTimeoutMs unless a test says otherwise. */
  callTimeoutMs?: number;
  /** Told of every attempt's outcome (the readiness probe, ./probe.ts); never of what was sent. */
  observe?: (attempt: ZaloAttempt) => void;
}

type Answer = { ok: true; result: unknown } | { ok: false; error_code?: number; description?: string; parameters?: { retry_after?: number } };

export function createZaloClient(options: ZaloClientOptions) {
  const root = options.apiRoot.replace(/\/+$/, "");
  const policy = retryPolicy({ ...ZALO_LIMITS.retry, retries: options.retries ?? ZALO_LIMITS.retry.retries, random: options.random });
  const sleep = options.sleep ?? sleepMs;
  let pausedUntil = 0;

  async function once(method: string, body: Record<string, unknown>, signal?: AbortSignal): Promise<{ status: number; answer: Answer | null }> {
    const response = await fetch(`${root}/bot${options.token}/${method}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      signal,
    });
    const raw = await response.text();
    let answer: Answer | null = null;
    try {
      answer = JSON.parse(raw) as Answer;
    } catch {
      answer = null;
    }
    return { status: response.status, answer };
  }

  /** One try of a method: its result, or ZaloApiError, ZaloNetworkError or RateLimitedError. */
  async function attempt<T>(method: string, body: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
    const wait = pausedUntil - Date.now();
    if (wait > 0) await sleep(wait);
    let reply: Awaited<ReturnType<typeof once>>;
    // a call that hangs (a half-open connection) gives up and counts as a network error
    const limit = AbortSignal.timeout(
      method === "getUpdates" ? (Number(body.timeout ?? 0) + 15) * 1000 : (options.callTimeoutMs ?? ZALO_LIMITS.callTimeoutMs),
    );
    try {
      reply = await once(method, body, signal ? AbortSignal.any([signal, limit]) : limit);
    } catch (error) {
      if (signal?.aborted) throw error;
      options.observe?.({ kind: "network", reason: networkReason(error) });
      throw new ZaloNetworkError(method);
    }
    const { status, answer } = reply;
    options.observe?.({ kind: "answered", code: answer?.ok === true ? null : (answer?.error_code ?? status) });
    if (answer?.ok === true) return answer.result as T;
    const code = answer?.error_code ?? status;
    if (code === 429 || status === 429) {
      const retryAfter = answer && !answer.ok ? answer.parameters?.retry_after : undefined;
      const ms = retryAfter ? retryAfter * 1000 : ZALO_LIMITS.rateLimitPauseMs;
      pausedUntil = Math.max(pausedUntil, Date.now() + ms);
      throw new RateLimitedError(ms);
    }
    throw new ZaloApiError(method, code, (answer && !answer.ok ? answer.description : undefined) ?? `HTTP ${status}`, status);
  }

  /**
   * Calls a method; resolves with its result or throws ZaloApiError, ZaloNetworkError or RateLimitedError. A 5xx or
   * a network failure is tried again by the shared policy; a rate limit is not (the pace that sent it waits it out).
   */
  function call<T>(method: string, body: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
    return withRetries(policy, () => attempt<T>(method, body, signal), {
      retryable: (error) =>
        error instanceof ZaloNetworkError || (error instanceof ZaloApiError && Math.max(error.code, error.status) >= 500) ? {} : null,
      sleep,
      signal,
    });
  }

  return {
    call,
    getMe: () => call<ZaloBotInfo>("getMe"),
    /**
     * Long-polls for the next event: one event per call, or null when none came within the timeout (the
     * platform answers that with error 408, which is "nothing yet", not a failure).
     */
    async getUpdates(timeoutSeconds: number, signal?: AbortSignal): Promise<unknown | null> {
      try {
        return await call<unknown>("getUpdates", { timeout: String(timeoutSeconds) }, signal);
      } catch (error) {
        if (error instanceof ZaloApiError && error.code === ZALO_LIMITS.noUpdateCode) return null;
        throw error;
      }
    },
    sendMessage: (chatId: string, text: string) => call<ZaloSent>("sendMessage", { chat_id: chatId, text }),
    sendPhoto: (chatId: string, photo: string, caption?: string) => call<ZaloSent>("sendPhoto", { chat_id: chatId, photo, caption }),
    setWebhook: (url: string, secretToken: string) => call<unknown>("setWebhook", { url, secret_token: secretToken }),
    deleteWebhook: () => call<unknown>("deleteWebhook"),
  };
}

/** The code of a failed fetch (ECONNREFUSED, a timeout …), never its message. */
function networkReason(error: unknown): string {
  const e = error as { name?: string; cause?: { code?: string } };
  return e.cause?.code ?? (e.name === "TimeoutError" ? "ETIMEDOUT" : (e.name ?? "network"));
}

export type ZaloClient = ReturnType<typeof createZaloClient>;
