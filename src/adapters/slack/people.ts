// Who is writing and where, on Slack: the chat a request belongs to, the requester of a modal form, and Slack's own
// locale for people the directory does not know yet (known people have their own), looked up once.
import type { webApi } from "@slack/bolt";
import type { AdapterPort } from "../../engine/adapter-port";
import type { Recipient } from "../../engine/conversation/platform";
import type { FormRequester } from "../../engine/whole-form";
import { isLocale, type Locale } from "../../kernel/locale";

const MAX_REMEMBERED_HINTS = 10_000;

export interface SlackChat {
  chatId: string;
  chatKind: "dm" | "group";
}

/** The person's DM with the app: Slack DMs are keyed by the user, so a form started from the Home tab continues there. */
export const dmOf = (userId: string): Recipient => ({ chatId: `dm:${userId}`, chatKind: "dm", userId });

export type SlackPeople = ReturnType<typeof createSlackPeople>;

export function createSlackPeople(port: AdapterPort, client: webApi.WebClient) {
  const languageHints = new Map<string, string | null>();

  return {
    /** A channel, or the person's DM (a channel id starting with D, or none: the Home tab, a modal). */
    chatOf(userId: string, channelId: string | undefined): SlackChat {
      if (!channelId || channelId.startsWith("D")) return dmOf(userId);
      return { chatId: channelId, chatKind: "group" };
    },

    async learnLanguage(userId: string): Promise<void> {
      if (languageHints.has(userId) || port.people.ofAccount({ platform: "slack", externalId: userId })) return;
      if (languageHints.size > MAX_REMEMBERED_HINTS) languageHints.clear();
      try {
        const info = await client.users.info({ user: userId, include_locale: true });
        languageHints.set(userId, info.user?.locale ?? null);
      } catch {
        languageHints.set(userId, null);
      }
    },

    languageHint: (userId: string): string | null => languageHints.get(userId) ?? null,

    /** The person's language: theirs if known, else Slack's, else the default. */
    localeOf(userId: string): Locale {
      const actor = port.people.ofAccount({ platform: "slack", externalId: userId });
      const hint = languageHints.get(userId)?.slice(0, 2) ?? "";
      return actor?.locale ?? (isLocale(hint) ? hint : port.defaultLocale);
    },

    requester(userId: string): FormRequester {
      return { platform: "slack", userId, chatId: `dm:${userId}`, chatKind: "dm", languageHint: languageHints.get(userId) ?? null };
    },
  };
}
