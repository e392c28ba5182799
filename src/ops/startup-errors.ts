// Start-up failures that an operator must fix by hand, each with the one line that tells them what to do.

/** Exit code for "fix the configuration, restarting will not help" (sysexits' EX_CONFIG); the systemd unit does not restart on it. */
export const EXIT_CONFIG = 78;

/** The platform answered that the bot's token is not valid (Telegram 401, Slack invalid_auth). */
export class TokenRefusedError extends Error {
  override name = "TokenRefusedError";
  constructor(
    readonly platform: "telegram" | "slack",
    readonly variable: string,
    readonly reason: string,
  ) {
    super(`${platform === "telegram" ? "Telegram" : "Slack"} refused the bot token (${reason}): check ${variable} and start again.`);
  }
}

/** Slack's answers that mean the token itself is no good: retrying cannot help. */
export const SLACK_REFUSALS: ReadonlySet<string> = new Set(["invalid_auth", "not_authed", "token_revoked", "token_expired", "account_inactive"]);

/**
 * The refusal inside an error from either platform's client, recognised by shape (grammY's GrammyError 401, the Slack
 * Web API's platform error) so that this module loads neither library.
 */
export function asTokenRefusal(error: unknown): TokenRefusedError | null {
  if (error instanceof TokenRefusedError) return error;
  const e = error as { name?: string; error_code?: number; code?: string; data?: { error?: string } } | null;
  if (e?.name === "GrammyError" && e.error_code === 401) return new TokenRefusedError("telegram", "TELEGRAM_BOT_TOKEN", "401 Unauthorized");
  if (e?.code === "slack_webapi_platform_error" && SLACK_REFUSALS.has(e.data?.error ?? ""))
    return new TokenRefusedError("slack", "SLACK_BOT_TOKEN", e.data?.error as string);
  return null;
}

/**
 * Slack's client could not reach Slack. Bolt checks its token once, at construction, and keeps a failed check for the
 * life of the process, so the only cure is a new process: exit non-zero and let systemd or Docker start it again.
 */
function slackUnreachable(error: unknown): string | null {
  const e = error as { code?: string; original?: { code?: string; cause?: { code?: string } } } | null;
  if (e?.code !== "slack_webapi_request_error" && e?.code !== "slack_webapi_http_error") return null;
  const reason = e.original?.cause?.code ?? e.original?.code ?? "network";
  return `Slack could not be reached at start (${reason}); exiting so that the service manager starts the bot again.`;
}

/** A failure only a new process (or the operator) can cure: a refused token, or Slack unreachable at start. */
export function endsTheProcess(error: unknown): boolean {
  return asTokenRefusal(error) !== null || slackUnreachable(error) !== null;
}

/** The last words of a bot that cannot go on: one line on standard error, and the exit code that says why. */
export function exitOnFatal(error: unknown): never {
  const refusal = asTokenRefusal(error);
  const line = refusal?.message ?? slackUnreachable(error) ?? (error as Error)?.message ?? String(error);
  process.stderr.write(`thidua-bot stopped: ${line}\n`);
  process.exit(refusal ? EXIT_CONFIG : 1);
}
