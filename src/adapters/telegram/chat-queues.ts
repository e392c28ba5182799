// Replies wait for their turn here, one queue per chat, so the handler that produced them returns at once and its
// runner slot goes to the next update: a chat that may receive one message a second (a group, 20 a minute) no
// longer holds a slot for every update it sent. Within a chat, replies go out in the order they were produced.
export interface ChatQueues {
  /**
   * Runs `task` after every task queued before it for the same chat; failures are passed to `onError`.
   * The promise resolves when the task has run, for callers that must know (notifications); handlers do not wait.
   */
  push(chat: number, task: () => Promise<void>): Promise<void>;
  /** Resolves when every queued task has run (graceful stop). */
  idle(): Promise<void>;
  /** Tasks queued or running. */
  pending(): number;
}

export function createChatQueues(onError: (error: unknown) => void): ChatQueues {
  const tails = new Map<number, Promise<void>>();
  let pending = 0;
  return {
    push(chat, task) {
      pending++;
      const next = (tails.get(chat) ?? Promise.resolve())
        .then(task)
        .catch(onError)
        .finally(() => {
          pending--;
          // the chat's queue is forgotten once it is empty, so the map holds only chats with work
          if (tails.get(chat) === next) tails.delete(chat);
        });
      tails.set(chat, next);
      return next;
    },
    async idle() {
      while (tails.size > 0) await Promise.all([...tails.values()]);
    },
    pending: () => pending,
  };
}
