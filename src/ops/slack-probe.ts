// Slack's Web API client retries inside each call and binds its methods at construction, so its calls cannot be
// watched one by one as Telegram's are. Instead the bot asks `auth.test` at start (a refused token stops the
// start with a clear line) and again every minute, and keeps the answer as the Slack link state for /readyz.
import type { Logger } from "../kernel/ports";
import type { LinkState, PlatformLink } from "./health";
import { SLACK_REFUSALS, TokenRefusedError } from "./startup-errors";

interface AuthClient {
  auth: { test(): Promise<unknown> };
}

export function createSlackProbe(client: AuthClient, link: PlatformLink, logger: Logger, intervalMs = 60_000) {
  let timer: NodeJS.Timeout | null = null;

  const report = (state: LinkState, reason: string | null = null) => {
    if (!link.set(state, reason)) return;
    if (state === "up") logger.info({ platform: "slack" }, "slack connected");
    else if (state === "refused") logger.error({ platform: "slack", reason }, "slack refused the bot token");
    else logger.warn({ platform: "slack", state, reason }, "slack not answering, retrying");
  };

  /** One auth.test; resolves to the state it found. */
  async function check(): Promise<LinkState> {
    try {
      await client.auth.test();
      report("up");
    } catch (error) {
      const { code, data } = error as { code?: string; data?: { error?: string } };
      if (code === "slack_webapi_platform_error" && SLACK_REFUSALS.has(data?.error ?? "")) report("refused", data?.error ?? null);
      else if (code === "slack_webapi_rate_limited_error") report("retrying", "rate-limited");
      else if (code === "slack_webapi_platform_error") report("up");
      else report("unreachable", code ?? (error as Error).name);
    }
    return link.state;
  }

  return {
    check,
    /** The first check at start: a refused token throws; otherwise keeps checking in the background. */
    async start(): Promise<void> {
      if ((await check()) === "refused") throw new TokenRefusedError("slack", "SLACK_BOT_TOKEN", link.reason ?? "invalid_auth");
      timer = setInterval(() => void check(), intervalMs);
      timer.unref();
    },
    stop(): void {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
}
