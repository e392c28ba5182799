// Zalo has no buttons: the choices last shown in each chat are remembered, so a typed "2" or "Đã nắm" presses
// the matching button. Kept in memory only (never the database): a complaint's choices must leave no trace, and
// after a restart a typed number inside a form is still understood by the form itself, which numbers its
// choices the same way (and /news lists what is left to acknowledge).
import { foldText } from "../../kernel/text";
import type { ShownChoice } from "./render";

interface ChatChoices {
  /** What typed numbers answer: the choices of the latest reply to the person. */
  current: ShownChoice[];
  /** Recent offers, newest first, reachable by their words (an announcement that arrived during a form). */
  recent: ShownChoice[][];
}

/** Offers reachable by words per chat. */
const RECENT_PER_CHAT = 5;
/** Chats remembered; the least recently used are forgotten first. */
const CHATS = 10_000;

export function createChoiceMemory() {
  const byChat = new Map<string, ChatChoices>();

  function stateOf(chatId: string): ChatChoices {
    const state = byChat.get(chatId) ?? { current: [], recent: [] };
    byChat.delete(chatId);
    byChat.set(chatId, state);
    if (byChat.size > CHATS) byChat.delete(byChat.keys().next().value as string);
    return state;
  }

  return {
    /** A new answer to the person begins: numbers no longer press what was shown before. */
    clear(chatId: string): void {
      if (byChat.has(chatId)) stateOf(chatId).current = [];
    },

    /**
     * Records what a message to this chat offered. A reply to the person sets what numbers answer; a message
     * pushed while they are filling in a form (`behind`) leaves the form's numbers and is reachable by its words.
     */
    offer(chatId: string, choices: ShownChoice[], options: { behind?: boolean } = {}): void {
      if (choices.length === 0) return;
      const state = stateOf(chatId);
      if (!options.behind) state.current = choices;
      state.recent = [choices, ...state.recent].slice(0, RECENT_PER_CHAT);
    },

    /** What typed numbers answer in this chat now. */
    shown(chatId: string): ShownChoice[] {
      return byChat.get(chatId)?.current ?? [];
    },

    /** The button a typed line presses in this chat, if any: a number shown last, or a label. */
    press(chatId: string, typed: string): string | null {
      const state = byChat.get(chatId);
      if (!state) return null;
      const line = typed.trim();
      // "2", "2." or "2)" as people type a list number
      const numbered = /^(\d{1,3})[.)]?$/.exec(line);
      if (numbered) return state.current.find((c) => c.number === Number(numbered[1]))?.action ?? null;
      const folded = foldText(line.replace(/^[«"']|[»"']$/g, ""));
      if (folded === "") return null;
      const label = (c: ShownChoice) => foldText(c.label.replace(/^✓\s*/, ""));
      // a form's buttons act on the question being asked: only the current ones may be pressed by word
      const found =
        state.current.find((c) => label(c) === folded) ?? state.recent.flat().find((c) => !c.action.startsWith("f:") && label(c) === folded);
      if (found) return found.action;
      // the start of one label alone ("xác nhận" for "Xác nhận số 1") is enough when no other label starts so
      const starting = folded.length >= 3 ? state.current.filter((c) => label(c).startsWith(folded)) : [];
      return starting.length === 1 ? (starting[0] as ShownChoice).action : null;
    },
  };
}

export type ChoiceMemory = ReturnType<typeof createChoiceMemory>;
