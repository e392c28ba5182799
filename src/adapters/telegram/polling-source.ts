// Long polling that loses nothing under kill -9. Telegram forgets an update once a getUpdates call passes an offset
// above its id; grammY's runner confirms every update it has fetched, handled or not, so a crash lost the updates of
// a batch not yet committed and those fetched but not yet started (200 people writing at once, killed 0.3 s later:
// 50 never answered). This source confirms an offset only past updates whose handling has finished and whose writes
// are committed; everything after the oldest unfinished one is delivered again after a restart, and the dedupe store
// (update ids kept in SQLite) makes an update that had acted act no more.
//
// Updates are handled concurrently, as many as one getUpdates answer holds (100), ordered per chat by the bot's own
// sequentialize middleware. While some are unfinished, polling again returns them too (they are not confirmed):
// they are recognised and skipped, and the source waits for the oldest to finish (at most 25 ms) before asking again.
// The cost: one slow update (a large export) holds the window at most 100 updates behind it until it finishes.
import type { Api } from "grammy";
import type { Update } from "grammy/types";
import { type RetryPolicy, retryPolicy, sleepMs } from "../../kernel/retry";
import { TELEGRAM_LIMITS } from "./limits";

export interface PollingSourceOptions {
  api: Api;
  /** Handles one update; resolves once it is handled (grammY's bot.handleUpdate). */
  handle: (update: Update) => Promise<void>;
  /** Resolves once everything written so far is committed; rejects when that commit failed. */
  durable: () => Promise<void>;
  allowedUpdates: readonly string[];
  /** Told of a failed poll (network, 5xx) before the next attempt; never of people's updates. */
  onError?: (error: unknown) => void;
  /** Long-poll timeout asked of Telegram. */
  timeoutSeconds?: number;
  /** How long to wait after failed polls in a row (default TELEGRAM_LIMITS.pollRetry: jittered, growing to 5 s). */
  retry?: RetryPolicy;
}

export interface PollingSource {
  start(): void;
  /** Stops polling, waits for the updates being handled, and confirms them to Telegram. */
  stop(): Promise<void>;
  isRunning(): boolean;
}

const LIMIT = 100;
/** The longest an update in hand keeps the next poll waiting. */
const POLL_GAP_MS = 25;

export function createPollingSource(options: PollingSourceOptions): PollingSource {
  const { api, handle, durable } = options;
  /** Updates started and not yet finished (handled and committed), by id. */
  const unfinished = new Map<number, Promise<void>>();
  /** Ids finished but not yet below the confirmed offset: a poll still returns them. */
  const finished = new Set<number>();
  /** Ids whose commit failed: held below the offset until a poll hands them over again. */
  const again = new Set<number>();
  const retry = options.retry ?? retryPolicy(TELEGRAM_LIMITS.pollRetry);
  /** Polls failed in a row: the backoff grows with them, and starts afresh once a poll answers. */
  let failures = 0;
  let highest = 0;
  let controller: AbortController | null = null;
  let loop: Promise<void> | null = null;

  /** Everything below it is finished: the oldest unfinished update, or just past the highest seen. */
  function offset(): number {
    let oldest = Number.POSITIVE_INFINITY;
    for (const id of [...unfinished.keys(), ...again]) oldest = Math.min(oldest, id);
    return Number.isFinite(oldest) ? oldest : highest === 0 ? 0 : highest + 1;
  }

  function begin(update: Update): void {
    const id = update.update_id;
    highest = Math.max(highest, id);
    again.delete(id);
    const work = (async () => {
      try {
        await handle(update);
        // an update acts through the commit batch: its writes (dedupe record included) must be on disk first
        await durable();
        finished.add(id);
      } catch {
        // the commit failed: the writes were rolled back, so the update must be handled again. It stays below the
        // offset, and is no longer known, so the next poll hands it over anew
        again.add(id);
      } finally {
        unfinished.delete(id);
      }
    })();
    unfinished.set(id, work);
  }

  async function run(signal: AbortSignal): Promise<void> {
    const stopping = new Promise<void>((resolve) => signal.addEventListener("abort", () => resolve(), { once: true }));
    while (!signal.aborted) {
      const from = offset();
      for (const id of finished) if (id < from) finished.delete(id);
      let updates: Update[];
      try {
        // with updates in hand, a short poll: their answers come back at once anyway, and new ones join them
        const timeout = unfinished.size > 0 ? 0 : (options.timeoutSeconds ?? 30);
        updates = await api.getUpdates(
          { offset: from, limit: LIMIT, timeout, allowed_updates: [...options.allowedUpdates] as never },
          signal as never,
        );
      } catch (error) {
        if (signal.aborted) break;
        options.onError?.(error);
        await sleepMs(retry.delayMs(failures++) ?? 0, signal);
        continue;
      }
      failures = 0;
      const fresh = updates.filter((u) => !unfinished.has(u.update_id) && !finished.has(u.update_id));
      for (const update of fresh) begin(update);
      if (unfinished.size > 0) await nextPollDue(stopping);
    }
  }

  /**
   * While updates are in hand a poll hands them back too (they are not confirmed), so the next one waits until the
   * oldest of them finishes (the offset moves on) or POLL_GAP_MS passes, whichever comes first: a burst is fetched as
   * fast as it is handled, without re-reading the same updates in a loop, and one slow update (an export) does not
   * keep new ones waiting behind it.
   */
  async function nextPollDue(stopping: Promise<void>): Promise<void> {
    const oldest = unfinished.get(offset());
    let timer: NodeJS.Timeout | undefined;
    const gap = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, POLL_GAP_MS);
    });
    await Promise.race([oldest ?? gap, gap, stopping]);
    clearTimeout(timer);
  }

  return {
    start() {
      if (loop) return;
      controller = new AbortController();
      loop = run(controller.signal);
    },
    async stop() {
      controller?.abort();
      await loop;
      loop = null;
      while (unfinished.size > 0) await Promise.allSettled([...unfinished.values()]);
      // tell Telegram what was handled, so a restart is not handed it again (it would act once anyway)
      if (finished.size > 0) await api.getUpdates({ offset: offset(), limit: 1, timeout: 0 }).catch(() => undefined);
    },
    isRunning: () => loop !== null,
  };
}
