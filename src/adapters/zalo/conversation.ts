// Zalo's side of the conversation loop. Zalo has no buttons and no command menu, and BASIC bots cannot join groups,
// so a typed number or label presses a choice last shown in the chat, a command's bare name runs it, a word that is
// none of the choices shown gets the list again (which stays live), a group is told once that the bot works in
// private chats, and what the bot cannot read (a sticker) is answered with what it can. Replies go out as plain
// text through the platform's pace.
import type { AdapterPort } from "../../engine/adapter-port";
import type { ConversationPlatform, Reading } from "../../engine/conversation/platform";
import { dialogKey } from "../../engine/dispatch";
import { numbersText } from "../../engine/form-typing";
import type { FileRef } from "../../kernel/files";
import type { Locale } from "../../kernel/locale";
import { button, type Reply, say, text } from "../../kernel/reply";
import { foldText } from "../../kernel/text";
import type { ChoiceMemory } from "./choices";
import { ZaloApiError, ZaloNetworkError } from "./client";
import { linkFiles } from "./files";
import type { ZaloSender } from "./pace";
import { renderZaloReply, type ShownChoice } from "./render";

const platform = "zalo" as const;
/** The dispatcher's answer to a line it did not understand, outside any form. */
const NOT_UNDERSTOOD = "hint-use-help";
/** Groups told (per run of the bot) that the bot works in private chats, before the set starts afresh. */
const TOLD_GROUPS_MAX = 1000;

/** A photo someone sent, kept on Zalo: its URL is its reference. */
export const zaloPhoto = (url: string): FileRef => ({ platform, fileId: url, fileName: null, mimeType: "image/jpeg", size: null });

/** Private chats only: a person's chat id is their user id. */
const formOpen = (port: AdapterPort, externalId: string) => port.dialogs.pending(dialogKey({ platform, externalId }, externalId)) !== null;

/**
 * Notes what a message pushed to a chat offers (a notification, an announcement): while a form is open its numbers
 * stay in force, and the pushed choices are reachable by their words ("Đã nắm").
 */
export const offerPushed = (port: AdapterPort, choices: ChoiceMemory) => (externalId: string, shown: ShownChoice[]) =>
  choices.offer(externalId, shown, { behind: formOpen(port, externalId) });

export function zaloConversation(port: AdapterPort, sender: ZaloSender, choices: ChoiceMemory): ConversationPlatform {
  const { registry, translator, people } = port;
  const toldGroups = new Set<string>();
  const pushed = offerPushed(port, choices);
  // files come as one-time links when PUBLIC_URL is set (./files.ts); every rendering of a reply says the same
  const fileOptions = { fileLinks: port.fileLinks.enabled ? { hours: port.fileLinks.hours } : null };
  const render = (reply: Reply, locale: Locale) => renderZaloReply(reply, locale, translator, fileOptions);
  const localeOf = (userId: string): Locale => people.ofAccount({ platform, externalId: userId })?.locale ?? port.defaultLocale;

  /** A person marked as having blocked the bot who writes to it can be reached again (Zalo sends no unblock event). */
  function reachableAgain(userId: string): void {
    const person = people.ofAccount({ platform, externalId: userId });
    const account = person ? people.accountsOf(person.id).find((a) => a.platform === platform && a.externalId === userId) : undefined;
    if (account?.blocked) people.markBlocked({ platform, externalId: userId }, false);
  }

  /**
   * A command's name typed alone, without its slash ("help", "dangky"), runs it, unless a form is open. Only a
   * single word: a sentence starting with "là" is not /la.
   */
  function asCommand(userId: string, typed: string): string {
    if (typed === "" || typed.startsWith("/") || /\s/.test(typed) || formOpen(port, userId)) return typed;
    return registry.find(foldText(typed)) ? `/${typed}` : typed;
  }

  /**
   * A line the dispatcher did not understand while choices are shown (a list of pledges to confirm): "there is no
   * such choice", and the same choices again, still answered by their numbers.
   */
  function notAChoice(chatId: string, typed: string, replies: Reply[]): Reply[] | null {
    const [only] = replies;
    const first = only?.blocks[0];
    if (replies.length !== 1 || first?.type !== "paragraph" || first.text.key !== NOT_UNDERSTOOD) return null;
    const shown = choices.shown(chatId).filter((c) => c.number !== null);
    if (shown.length === 0) return null;
    return [
      {
        blocks: [{ type: "paragraph", text: text("error-choice-unknown", { typed, numbers: numbersText(shown.length) }) }],
        buttons: shown.map((c) => [button(text("raw", { value: c.label }), c.action)]),
      },
    ];
  }

  return {
    platform,
    read(event): Reading {
      if (event.chatKind === "group") {
        // one line per group (per run of the bot), not one per message of a busy group
        if (toldGroups.has(event.chatId)) return { ignore: true };
        if (toldGroups.size >= TOLD_GROUPS_MAX) toldGroups.clear();
        toldGroups.add(event.chatId);
        return { answer: [say("zalo-private-only")], locale: port.defaultLocale };
      }
      reachableAgain(event.userId);
      const files = event.files ?? [];
      if (event.text === undefined && files.length === 0) return { answer: [say("zalo-unsupported-event")], locale: localeOf(event.userId) };
      const line = (event.text ?? "").trim();
      // the choices shown win over a command of the same name ("Huỷ" under a schedule is that button, not /cancel)
      const pressed = line.startsWith("/") || files.length > 0 ? null : choices.press(event.chatId, line);
      return { said: pressed ? { action: pressed } : { text: asCommand(event.userId, line), files } };
    },
    amend({ event, said, locale, replies }) {
      const answer = notAChoice(event.chatId, (said.text ?? "").trim(), replies) ?? replies;
      // a new answer begins: numbers press what it offers, not what was shown before, from the chat's next turn on
      // (before its sends leave, so a quick "2" cannot meet the old list)
      choices.clear(event.chatId);
      for (const reply of answer) choices.offer(event.chatId, render(reply, locale).choices);
      return answer;
    },
    async deliver(to, reply, locale, options) {
      // a link is made for the person the reply goes to, and is on disk before its address leaves
      const files = await linkFiles(reply, { platform, externalId: to.userId ?? to.chatId }, port.fileLinks);
      if (files.linked) await port.durability.durable();
      const rendered = render(files.reply, locale);
      // an answer's choices were noted in its turn (amend)
      if (!options.answer) pushed(to.chatId, rendered.choices);
      return sender.send(to.chatId, rendered);
    },
    // errors may carry people's words: only their kind is told
    failure: (error) => ({
      unreachable: error instanceof ZaloApiError && error.code === 403,
      fields: {
        errorName: error instanceof Error ? error.name : typeof error,
        code: error instanceof ZaloApiError ? error.code : undefined,
        network: error instanceof ZaloNetworkError ? true : undefined,
      },
    }),
  };
}
