// Watches every call of the Zalo adapter's client and keeps the platform's link state for /readyz, as the Telegram
// probe does: each attempt counts (a retried 5xx is "retrying", a network failure "unreachable"), and state changes,
// not calls, are logged. While Zalo cannot be reached, getMe is asked every few seconds, so readiness comes back as
// soon as Zalo does (a long poll would only answer when a message comes).
import type { Logger } from "../../kernel/ports";
import type { LinkState, PlatformLink } from "../../ops/health";

/** What one attempt of a call came to, as the client sees it. */
export type ZaloAttempt = { kind: "answered"; code: number | null } | { kind: "network"; reason: string };

export function createZaloProbe(link: PlatformLink, logger: Logger, recheck: () => Promise<unknown>, recheckMs = 3000) {
  let timer: NodeJS.Timeout | null = null;
  const report = (state: LinkState, reason: string | null = null) => {
    if (!link.set(state, reason)) return;
    if (state === "up" && timer) {
      clearInterval(timer);
      timer = null;
    }
    if (state === "up") logger.info({ platform: "zalo" }, "zalo connected");
    else if (state === "refused") logger.error({ platform: "zalo", reason }, "zalo refused the bot token");
    else logger.warn({ platform: "zalo", state, reason }, "zalo not answering, retrying");
  };
  return (attempt: ZaloAttempt): void => {
    if (attempt.kind === "network") {
      report("unreachable", attempt.reason);
      timer ??= setInterval(() => void recheck().catch(() => undefined), recheckMs).unref();
      return;
    }
    const code = attempt.code;
    if (code === 401) report("refused", "http-401");
    else if (code !== null && (code === 429 || code >= 500)) report("retrying", `http-${code}`);
    // an answer (408 "nothing yet", 403 a blocked chat …) proves Zalo is reached
    else report("up");
  };
}
