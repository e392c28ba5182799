// Where an open form's state waits between messages: the store's shape (the durable one lives in the database,
// src/db/repos/system.ts), and the memory-only store for drafts that must leave no trace in the database.
import type { DialogState } from "./dialog-state";

export interface DialogStore {
  get(key: string): DialogState | null;
  put(key: string, state: DialogState): void;
  delete(key: string): void;
}

/**
 * A memory-only draft untouched this long is abandoned and wiped, so a secret does not wait in memory for weeks.
 * Three days: a complaint refused at the daily limit is still there to confirm the next day, and one left on a
 * Friday evening is gone by Monday evening.
 */
export const MEMORY_DRAFT_LIFETIME_MS = 72 * 3600_000;

/**
 * In-memory store: for drafts that must leave no trace in the database (a complaint, a written opinion). A draft
 * not touched for `lifetimeMs` is wiped, looked at whenever the store is used (at most once a minute for all).
 */
export function createMemoryDialogStore(now: () => number = Date.now, lifetimeMs = MEMORY_DRAFT_LIFETIME_MS): DialogStore {
  const states = new Map<string, { state: DialogState; at: number }>();
  let swept = now();
  function sweep(): void {
    const at = now();
    if (at - swept < 60_000) return;
    swept = at;
    for (const [key, entry] of states) if (at - entry.at > lifetimeMs) states.delete(key);
  }
  return {
    get(key) {
      sweep();
      const entry = states.get(key);
      if (entry && now() - entry.at > lifetimeMs) states.delete(key);
      return states.get(key)?.state ?? null;
    },
    put(key, state) {
      sweep();
      states.set(key, { state: structuredClone(state), at: now() });
    },
    delete: (key) => void states.delete(key),
  };
}
