// What every Slack listener shares once it has acked: the conversation loop (a DM line, a slash command or a button
// press in chat is a turn of it; a modal's result is sent through it to the DM), the people and the Home tab, and
// work after the ack counted for a graceful stop, its failures logged by kind, never with content.
import type { webApi } from "@slack/bolt";
import type { AdapterPort } from "../../engine/adapter-port";
import type { Conversation } from "../../engine/conversation/loop";
import type { ChatEvent } from "../../engine/conversation/platform";
import type { Locale } from "../../kernel/locale";
import type { Logger, RequestScopes } from "../../kernel/ports";
import type { Reply } from "../../kernel/reply";
import type { HomeTab } from "./home-tab";
import { dmOf, type SlackChat, type SlackPeople } from "./people";

export interface SlackConversation {
  port: AdapterPort;
  client: webApi.WebClient;
  logger: Logger;
  people: SlackPeople;
  home: HomeTab;
  /** One turn of the person's conversation, in `where` (a channel's answers are ephemeral, only they see them). */
  turn(userId: string, where: SlackChat, said: Pick<ChatEvent, "text" | "action" | "files" | "pressedRef">): Promise<void>;
  /** Replies to the person's DM outside a turn (a modal's result), in the DM's order. */
  reply(userId: string, replies: Reply[], locale: Locale, pressedRef?: string): Promise<void>;
  /** Slow work after ack(): counted for a graceful stop; failures are logged (never with content) rather than lost silently. */
  afterAck(what: string, work: () => Promise<void>): void;
}

export function createSlackConversation(parts: {
  port: AdapterPort;
  client: webApi.WebClient;
  logger: Logger;
  people: SlackPeople;
  home: HomeTab;
  chat: Conversation;
  scopes?: RequestScopes;
}): SlackConversation {
  const { chat, logger, scopes } = parts;
  return {
    ...parts,
    // limits and replays were checked for every request by the middleware (listeners/door.ts): the turn alone
    turn: (userId, where, said) => chat.take({ key: null, userId, chatId: where.chatId, chatKind: where.chatKind, ...said }),
    reply: (userId, replies, locale, pressedRef) => chat.send(dmOf(userId), replies, locale, pressedRef),
    afterAck(what, work) {
      void (scopes ? scopes.run(work) : work()).catch((error: unknown) =>
        logger.warn({ what, errorName: (error as Error).name }, "slack work after ack failed"),
      );
    },
  };
}
