// Zalo has no buttons: the choices last shown in each chat are remembered, so a typed "2" or "Đã nắm" presses
// the matching button. Kept in memory only (never the database): a complaint's choices must leave no trace, and
// after a restart a typed number inside a form is still understood by the form itself, which numbers its
// choices the same way.
import { foldText } from "../../core/text";
import type { ShownChoice } from "./render";

interface Offer {
  choices: ShownChoice[];
}

/** Offers kept per chat: the newest answers numbers; words may match any of them. */
const OFFERS_PER_CHAT = 5;
/** Chats remembered; the oldest are forgotten first. */
const CHATS = 10_000;

export function createChoiceMemory() {
  const byChat = new Map<string, Offer[]>();

  function put(chatId: string, offers: Offer[]): void {
    byChat.delete(chatId);
    byChat.set(chatId, offers.slice(0, OFFERS_PER_CHAT));
    if (byChat.size > CHATS) byChat.delete(byChat.keys().next().value as string);
  }

  return {
    /**
     * Records what a message to this chat offered. A reply to the person replaces the choices numbers answer; a
     * message pushed while they are filling in a form keeps the form's numbers and is reachable by its words.
     */
    offer(chatId: string, choices: ShownChoice[], options: { behind?: boolean } = {}): void {
      const offers = byChat.get(chatId) ?? [];
      if (choices.length === 0) {
        if (!options.behind) put(chatId, [{ choices: [] }, ...offers]);
        return;
      }
      const offer = { choices };
      put(chatId, options.behind && offers.length > 0 ? [offers[0] as Offer, offer, ...offers.slice(1)] : [offer, ...offers]);
    },

    /** The button a typed line presses in this chat, if any: a number of the newest offer, or a label. */
    press(chatId: string, typed: string): string | null {
      const offers = byChat.get(chatId);
      if (!offers) return null;
      const line = typed.trim();
      // "2", "2." or "2)" as people type a list number
      const numbered = /^(\d{1,3})[.)]?$/.exec(line);
      if (numbered) {
        const found = offers[0]?.choices.find((c) => c.number === Number(numbered[1]));
        return found?.action ?? null;
      }
      const folded = foldText(line.replace(/^[«"']|[»"']$/g, ""));
      if (folded === "") return null;
      for (const [i, offer] of offers.entries()) {
        // a form's buttons act on the question being asked: only the newest offer's may be pressed by word
        const found = offer.choices.find((c) => (i === 0 || !c.action.startsWith("f:")) && foldText(c.label.replace(/^✓\s*/, "")) === folded);
        if (found) return found.action;
      }
      return null;
    },

    forget(chatId: string): void {
      byChat.delete(chatId);
    },
  };
}

export type ChoiceMemory = ReturnType<typeof createChoiceMemory>;
