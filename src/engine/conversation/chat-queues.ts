// One queue per chat: a task runs after every task queued before it for the same chat, and chats do not wait for
// each other. The conversation loop keeps two sets of them: the turns (a person's messages are handled in the order
// they were sent) and the sends (replies leave in the order they were produced, without holding up the next turn:
// a group that may receive 20 messages a minute does not keep its next message waiting for its last answer).
export interface ChatQueues {
  /**
   * Runs `task` after every task queued before it for `chat`, and settles as it did; a failure does not stop the
   * chat's queue. Callers that do not wait must catch.
   */
  push<T>(chat: string, task: () => Promise<T>): Promise<T>;
  /** Resolves when every task queued so far, and any they queued meanwhile, has run (graceful stop, tests). */
  idle(): Promise<void>;
  /** Tasks queued or running. */
  pending(): number;
}

export function createChatQueues(): ChatQueues {
  const tails = new Map<string, Promise<unknown>>();
  let pending = 0;
  return {
    push<T>(chat: string, task: () => Promise<T>): Promise<T> {
      pending++;
      const run = (tails.get(chat) ?? Promise.resolve()).then(task);
      const tail = run.then(
        () => undefined,
        () => undefined,
      );
      tails.set(chat, tail);
      void tail.then(() => {
        pending--;
        // the chat's queue is forgotten once it is empty, so the map holds only chats with work
        if (tails.get(chat) === tail) tails.delete(chat);
      });
      return run;
    },
    async idle() {
      while (tails.size > 0) await Promise.all([...tails.values()]);
    },
    pending: () => pending,
  };
}
