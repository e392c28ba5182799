// Spaces sends to one Slack channel about a second apart (chat.postMessage's per-channel limit), queueing the rest
// in order; different channels go in parallel. 429 answers are retried by the Web API client after Retry-After.
export function createChannelPacer(intervalMs: number) {
  const tails = new Map<string, Promise<unknown>>();
  const lastAt = new Map<string, number>();
  return function pace<T>(channel: string, send: () => Promise<T>): Promise<T> {
    const previous = tails.get(channel) ?? Promise.resolve();
    const next = previous
      .catch(() => undefined)
      .then(async () => {
        const wait = (lastAt.get(channel) ?? 0) + intervalMs - Date.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        try {
          return await send();
        } finally {
          // measured from when the send (with any 429 retries) ended: that is when Slack counted it
          lastAt.set(channel, Date.now());
        }
      });
    tails.set(channel, next);
    // forget idle channels so the maps stay small
    void next
      .finally(() => {
        if (tails.get(channel) === next) tails.delete(channel);
      })
      .catch(() => undefined);
    return next;
  };
}
