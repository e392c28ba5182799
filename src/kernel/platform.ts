// The chat platforms the bot runs on, and an account on one of them.

export const PLATFORMS = ["telegram", "slack", "console", "zalo"] as const;
export type Platform = (typeof PLATFORMS)[number];

/** One account on one platform (a Telegram user id, a Slack member id, a Zalo user id, a console name). */
export interface PlatformIdentity {
  platform: Platform;
  externalId: string;
}
