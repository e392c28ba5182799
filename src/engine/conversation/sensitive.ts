// The messages of a sensitive exchange (a complaint, a case looked up by its code) in each chat: the person's own,
// the bot's answers and the question whose button they pressed, so all can be deleted once the sender has saved
// the receipt. Memory only: after a restart they are simply not deleted, and nothing about them is written down.

/** Chats remembered at most: a flood of complaints cannot grow memory for ever (the oldest chat is forgotten). */
const CHATS = 10_000;

export function createSensitiveMemory() {
  const byChat = new Map<string, Set<string>>();
  return {
    remember(chat: string, refs: Array<string | undefined>): void {
      const known = byChat.get(chat) ?? new Set<string>();
      for (const ref of refs) if (ref !== undefined) known.add(ref);
      if (known.size === 0) return;
      byChat.set(chat, known);
      if (byChat.size > CHATS) byChat.delete(byChat.keys().next().value as string);
    },
    /** Everything remembered in the chat, forgotten as it is handed over. */
    take(chat: string): string[] {
      const refs = [...(byChat.get(chat) ?? [])];
      byChat.delete(chat);
      return refs;
    },
  };
}
