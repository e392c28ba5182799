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
