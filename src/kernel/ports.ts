// The narrow interfaces both the engine and the domain need from the outside world: time, words, logs, and the
// database's promises about writes. i18n/, logging/ and db/ implement them.

import type { Locale } from "./locale";
import type { Args } from "./reply";

export interface Clock {
  now(): Date;
}

export const SYSTEM_CLOCK: Clock = { now: () => new Date() };

/** Turns message keys into text in a locale; dates are shown in the configured time zone. */
export interface Translator {
  t(locale: Locale, key: string, args?: Args): string;
  has(locale: Locale, key: string): boolean;
}

/** Structured logging without message text or user ids from private flows. */
export interface Logger {
  debug(fields: Record<string, unknown>, msg: string): void;
  info(fields: Record<string, unknown>, msg: string): void;
  warn(fields: Record<string, unknown>, msg: string): void;
  error(fields: Record<string, unknown>, msg: string): void;
  child(fields: Record<string, unknown>): Logger;
}

/**
 * Group commit of the database's writes (src/db/commit-batch.ts): writes after `begin()` join a batch committed a
 * few milliseconds later, with one fsync for all. Whatever tells the outside world about a write (a reply, an ack,
 * a notification) waits for `durable()` first.
 */
export interface Durability {
  /** Opens a batch if none is open; later writes join it until it commits. */
  begin(): void;
  /** Resolves once everything written so far is committed; rejects if that commit failed (it was rolled back). */
  durable(): Promise<void>;
}

/** For code run without a database batch (tests of parts, tools): every write is already committed when made. */
export const COMMITTED_AT_ONCE: Durability = { begin: () => undefined, durable: () => Promise.resolve() };

/**
 * Remembers which platform deliveries (updates, requests, daily reminders) were already acted on, durably, so a
 * retry or a replay after a restart acts once. Stores nothing that dates a delivery.
 */
export interface SeenRequests {
  /** True the first time a key is seen; false for every repeat. */
  firstTime(key: string): boolean;
  /** firstTime for many keys in one transaction: one commit (one fsync) for a whole batch of updates. */
  firstTimeEach(keys: string[]): boolean[];
}

/**
 * Units of work, one per inbound event: each runs in its own request scope (its log lines share an id) and is
 * counted while it runs, so a graceful stop can wait for it (src/logging/request-scope.ts implements it).
 */
export interface RequestScopes {
  run<T>(work: () => Promise<T>): Promise<T>;
  /** The id of the scope this code runs in, if any (a person told "something went wrong" is given it). */
  currentId(): string | undefined;
}
