// The narrow interfaces the domain needs from the outside world; db/, documents/, exports/, charts/ and wiring/
// implement them. Those the engine needs too (clock, translator, logger, durability) are in src/kernel/ports.ts.

import type { Locale } from "../kernel/locale";
import type { Platform, PlatformIdentity } from "../kernel/platform";
import type { Picture, Reply } from "../kernel/reply";

/** Runs synchronous repository work atomically. */
export interface UnitOfWork {
  transaction<T>(work: () => T): T;
}

/** Sends a reply to a person on the platforms where they can be reached, outside any request. */
export interface Notifier {
  notify(personId: number, reply: Reply): Promise<void>;
  /** Sends to an account that belongs to no known person (an anonymous sender's sealed reply address). */
  notifyAccount(platform: Platform, externalId: string, locale: Locale, reply: Reply): Promise<void>;
}

export interface AuditEntry {
  actorPersonId?: number | null;
  /** Stands for an actor who must not be named, e.g. "sender" on an anonymous case. */
  actorLabel?: string;
  action: string;
  entity: string;
  entityId?: string | number;
  details?: Record<string, unknown>;
  /** Record only the day, not the time: an anonymous sender's action must not be matched to a message's time. */
  dayOnly?: boolean;
}

export interface AuditLog {
  record(entry: AuditEntry): void;
}

/** A table of rows ready for export to XLSX or CSV. */
export interface Table {
  sheetName: string;
  headers: string[];
  /**
   * Read from start to end once for each pass a writer makes (the XLSX writer makes two), so a long list may make its
   * rows as they are read instead of holding them all: an array, or an object whose iterator starts afresh.
   */
  rows: Iterable<Array<string | number | Date | null>>;
}

export interface Exporter {
  xlsx(table: Table): Promise<Uint8Array>;
  csv(table: Table): Promise<Uint8Array>;
}

/** A file the bot made (an export, a document), sent as the platform allows. */
export interface GeneratedFile {
  fileName: string;
  mimeType: string;
  data: Uint8Array;
}

/** A bar chart, in words and numbers only; src/charts draws it. */
export interface BarChartSpec {
  title: string;
  /** A line under the title (what a chart of a province's units leaves out). */
  subtitle?: string;
  /** One bar (or group of bars) each: units, titles, states. */
  categories: string[];
  /** Stacked or side by side; each has one value per category. */
  series: Array<{ name: string; values: number[] }>;
  stacked: boolean;
  /** Bars run left to right, which suits long Vietnamese unit names. */
  horizontal: boolean;
}

/** A chart: a picture each adapter rasterises at its platform's scale, and the SVG it is drawn from. */
export interface Chart extends Picture {
  /** Its text can be checked before it is rasterised. */
  svg: string;
}

export interface ChartRenderer {
  bar(spec: BarChartSpec): Promise<Chart>;
  /** Loads the libraries and draws a small chart, so the first person who asks for one does not wait for that. */
  warm(): Promise<void>;
}

/**
 * Abuse counters shared by every process on the database and kept across a restart, stored so that a row names
 * nobody: the implementation keys each count by a hash keyed with a secret of the day.
 */
export interface AbuseCounters {
  /** The count for this purpose, identity and window (a day, or an hour within it). */
  get(purpose: string, who: PlatformIdentity, window: string, day: string): number;
  /** Adds one and returns the new count. */
  add(purpose: string, who: PlatformIdentity, window: string, day: string): number;
  /** Forgets the count (a right code ends a run of wrong ones). */
  reset(purpose: string, who: PlatformIdentity, window: string, day: string): void;
}
