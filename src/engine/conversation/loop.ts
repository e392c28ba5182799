// The one conversation loop every platform adapter feeds with parsed events (Telegram, Zalo, Slack's DM), and that
// sends through the adapter's renderer and transport. Per event, in this order:
//   1. the inbound limits, before any queue: an event over them costs two Map lookups and is not remembered; the
//      chat is told once per window to slow down, after the answers to what it sent before;
//   2. the chat's turn: a person's events are handled in the order they came, chats do not wait for each other;
//   3. the dedupe: the event's key joins the database's open write batch, and a replay acts no more;
//   4. the dispatcher (which answers only once the turn's writes are committed), the stranger's hint rationed,
//      the platform's additions;
//   5. the replies queue in the chat's send order and leave without holding up the next turn; a person who
//      blocked the bot is marked and not tried again; failures are logged by kind, never with words or people.
// What a platform cannot do the same way is asked of it through ConversationPlatform (./platform.ts).
import { isLocale, type Locale } from "../../kernel/locale";
import type { Logger, RequestScopes } from "../../kernel/ports";
import type { Reply } from "../../kernel/reply";
import type { AdapterPort } from "../adapter-port";
import { createChatQueues } from "./chat-queues";
import type { InboundGate } from "./inbound-gate";
import type { ChatEvent, ConversationPlatform, Recipient, Said } from "./platform";
import { rationStrangerHint, slowDownNotice } from "./replies";
import { createSeenBatch } from "./seen-batch";
import { createSensitiveMemory } from "./sensitive";

export interface ConversationOptions {
  platform: ConversationPlatform;
  port: Pick<AdapterPort, "dispatcher" | "seen" | "durability" | "people" | "defaultLocale">;
  logger: Logger;
  /** The inbound limits (OPEN_GATE lets everything through). */
  gate: InboundGate;
  /** Each received event in its own request scope, counted for a graceful stop. */
  scopes?: RequestScopes;
}

/** Who sent something and where: what the inbound limits look at. */
export type Sender = Pick<ChatEvent, "userId" | "chatId" | "chatKind" | "languageHint">;

export interface Conversation {
  /** The whole path for one event; resolves once it was handled (its replies queued, not yet sent), rejects if that failed. */
  receive(event: ChatEvent): Promise<void>;
  /**
   * The inbound limits alone, for a transport that checks every request itself (Slack acks first): false when the
   * event is to be dropped. The one notice of a window goes to `noticeTo` (default: the chat).
   */
  admit(sender: Sender, noticeTo?: Recipient): boolean;
  /** The chat's turn alone, for an event already admitted. */
  take(event: ChatEvent): Promise<void>;
  /** The dedupe alone, for requests that are not a turn (Slack's modals): true the first time `key` is seen. */
  firstTime(key: string): Promise<boolean>;
  /**
   * Replies to something that did not come through a turn (a modal submitted, a button Slack's forms ran), in the
   * chat's send order; never rejects. A first reply that is the pressed message's new state is written over it.
   */
  send(to: Recipient, replies: Reply[], locale: Locale, pressedRef?: string): Promise<void>;
  /** A notification, in the chat's send order; resolves once it left, rejects if it failed (an unreachable person is marked). */
  notify(to: Recipient, reply: Reply, locale: Locale): Promise<void>;
  /** Resolves when every event received so far has been handled and its replies sent (stop, tests, benchmarks). */
  idle(): Promise<void>;
}

/** The recipient of a turn's answers: the chat it came from, for the person who wrote. */
export const recipientOf = (sender: Sender): Recipient => ({ chatId: sender.chatId, chatKind: sender.chatKind, userId: sender.userId });

export function createConversation(options: ConversationOptions): Conversation {
  const { platform: side, port, logger, gate, scopes } = options;
  const platform = side.platform;
  const turns = createChatQueues();
  const sends = createChatQueues();
  const seen = createSeenBatch(port.seen, port.durability);
  const sensitive = createSensitiveMemory();

  /** Their own language, else the platform's hint if the bot speaks it, else the default. */
  function localeOf(sender: Pick<Sender, "userId" | "languageHint">): Locale {
    const hint = sender.languageHint?.slice(0, 2) ?? "";
    return port.people.ofAccount({ platform, externalId: sender.userId })?.locale ?? (isLocale(hint) ? hint : port.defaultLocale);
  }

  function logFailure(error: unknown, what: string): void {
    logger.error({ platform, ...side.failure(error).fields }, `${platform} ${what}`);
  }

  async function purge(chatId: string, pressedRef: string | undefined): Promise<void> {
    const refs = [...sensitive.take(chatId), ...(pressedRef ? [pressedRef] : [])];
    if (refs.length > 0) await side.remove?.(chatId, refs);
  }

  /** Sends replies one after the other; stops at a person found unreachable (marked), throws any other failure. */
  async function deliverAll(
    to: Recipient,
    replies: Reply[],
    locale: Locale,
    options: { answer: boolean; pressedRef?: string; replace?: boolean },
  ): Promise<void> {
    for (const [i, reply] of replies.entries()) {
      if (reply.purge) await purge(to.chatId, options.pressedRef);
      // the first answer to a button press may replace the pressed message (a form's next question)
      const replaces = i === 0 && !reply.purge && options.replace ? options.pressedRef : undefined;
      let refs: string[];
      try {
        refs = await side.deliver(to, reply, locale, { answer: options.answer, ...(replaces ? { replaces } : {}) });
      } catch (error) {
        const failure = side.failure(error);
        if (!failure.unreachable) throw error;
        if (to.chatKind === "dm" && to.userId) port.people.markBlocked({ platform, externalId: to.userId }, true);
        logger.warn({ platform, ...failure.fields }, `${platform} chat unreachable`);
        return;
      }
      if (reply.sensitive && side.remove) sensitive.remember(to.chatId, refs);
    }
  }

  function send(to: Recipient, replies: Reply[], locale: Locale, pressedRef?: string, replace = false): Promise<void> {
    return sends
      .push(to.chatId, () => deliverAll(to, replies, locale, { answer: true, pressedRef, replace }))
      .catch((error: unknown) => logFailure(error, "reply not delivered"));
  }

  function admit(sender: Sender, noticeTo: Recipient = recipientOf(sender)): boolean {
    const admission = gate.admit({ sender: sender.userId, chat: sender.chatId, group: sender.chatKind === "group" });
    if (admission === "accept") return true;
    if (admission === "drop-and-notify") {
      // once per chat and window: enough for an operator to see a flood, without who or what
      logger.warn({ platform, group: sender.chatKind === "group" }, "inbound limits reached; dropping a chat's updates");
      const locale = localeOf(sender);
      // the notice takes the chat's next turn, so it comes after the answers to what the chat sent before
      void turns.push(sender.chatId, async () => void send(noticeTo, [slowDownNotice()], locale));
    }
    return false;
  }

  async function turn(event: ChatEvent): Promise<void> {
    if (event.key !== null && !(await seen.firstTime(event.key))) return;
    await event.acknowledge?.().catch(() => undefined);
    const said: Said = { text: event.text, action: event.action, files: event.files, languageHint: event.languageHint };
    const reading = side.read ? await side.read(event) : { said };
    const to = recipientOf(event);
    if ("ignore" in reading) return;
    if ("answer" in reading) {
      // like every answer, it leaves once the turn's writes (the dedupe record) are on disk
      await port.durability.durable();
      void send(to, reading.answer, reading.locale);
      return;
    }
    const result = await port.dispatcher.dispatch({
      platform,
      userId: event.userId,
      chatId: event.chatId,
      chatKind: event.chatKind,
      ...reading.said,
      botUsername: side.botUsername?.(),
      requestId: scopes?.currentId(),
    });
    // "/case CODE": the code was read; the person's message carrying it leaves the chat at once
    if (event.messageRef && side.remove && result.replies.some((r) => r.dropRequest)) await side.remove(event.chatId, [event.messageRef]);
    // a stranger's plain messages earn the "who are you" hint once in a while, not each time
    const rationed = rationStrangerHint(gate, event.userId, result.replies);
    const replies = side.amend
      ? await side.amend({ event, said: reading.said, locale: result.locale, actor: result.actor, replies: rationed })
      : rationed;
    // the person's own message and the question they answered belong to a sensitive exchange too
    if (side.remove && replies.some((r) => r.sensitive)) sensitive.remember(event.chatId, [event.messageRef, event.pressedRef]);
    if (replies.length > 0) void send(to, replies, result.locale, event.pressedRef, replaceable(reading.said, replies));
  }

  /** The first reply is the pressed message's new state ("✓ Đã nắm lúc …"), to be written over it. */
  const isNewState = (replies: Reply[]) => replies[0]?.updates === true;

  /**
   * Whether the first reply may be written over the pressed message: a form's next step after one of the form's own
   * buttons, or the new state of the pressed message itself. A form opened from a notice (⟦Sửa⟧ under "returned, for
   * this reason") comes as a new message, so the notice stays on screen while the person fixes what it asks.
   */
  function replaceable(said: Said, replies: Reply[]): boolean {
    return isNewState(replies) || (said.action?.startsWith("f:") ?? false);
  }

  function take(event: ChatEvent): Promise<void> {
    return turns
      .push(event.chatId, () => turn(event))
      .catch((error: unknown) => {
        logFailure(error, "update failed");
        throw error;
      });
  }

  return {
    receive: (event) => {
      const run = async () => {
        if (admit(event)) await take(event);
      };
      return scopes ? scopes.run(run) : run();
    },
    admit,
    take,
    firstTime: (key) => seen.firstTime(key),
    send: (to, replies, locale, pressedRef) => send(to, replies, locale, pressedRef, isNewState(replies)),
    notify: (to, reply, locale) => sends.push(to.chatId, () => deliverAll(to, [reply], locale, { answer: false })),
    async idle() {
      while (turns.pending() + sends.pending() > 0) await Promise.all([turns.idle(), sends.idle()]);
    },
  };
}
