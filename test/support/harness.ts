// A real bot core on a fresh SQLite file, with a clock the test controls and logs captured in memory.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderConsoleReply } from "../../src/adapters/console/render";
import { type App, createApp } from "../../src/app";
import type { Config } from "../../src/config";
import type { InboundLimits } from "../../src/engine/conversation/inbound-gate";
import type { Inbound } from "../../src/engine/dispatch";
import type { Locale } from "../../src/kernel/locale";
import type { Clock } from "../../src/kernel/ports";
import type { Reply } from "../../src/kernel/reply";
import { createMemoryLogger } from "../../src/logging/logger";

/** Inbound limits that a scripted test, answering a form as fast as it can, stays within. */
export const ROOMY_INBOUND: InboundLimits = {
  sender: { burst: 60, perMinute: 600 },
  group: { burst: 60, perMinute: 600 },
  noticeWindowMs: 60_000,
  strangerHintMs: 3_600_000,
};

/** A clock that only moves when the test says so. */
export class TestClock implements Clock {
  constructor(private current = new Date("2026-01-05T02:00:00Z")) {}
  now = () => new Date(this.current);
  set(at: Date | string) {
    this.current = new Date(at);
  }
  advance(ms: number) {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export interface TestApp {
  app: App;
  clock: TestClock;
  logLines: string[];
  dir: string;
  databaseUrl: string;
  /** Closes the database and opens a new app on the same file, as after a restart. */
  restart(): TestApp;
  close(): void;
}

export interface TestAppOptions {
  seedDemo?: boolean;
  clock?: TestClock;
  dir?: string;
  locale?: Locale;
  /** Optional settings, e.g. CASE_SEAL_KEY. */
  config?: Partial<
    Pick<
      Config,
      | "CASE_SEAL_KEY"
      | "CASE_SEAL_KEY_PREVIOUS"
      | "CASE_DAILY_LIMIT"
      | "BALLOT_KEY"
      | "AGENCY_PARENT"
      | "AGENCY_NAME"
      | "AGENCY_SYMBOL"
      | "AGENCY_PLACE"
      | "DIRECTOR_NAME"
      | "CASE_REMOTE_AREA"
      | "AGENCY_RULES_FILE"
      | "RULESETS_DIR"
      | "DB_COMMIT_WINDOW_MS"
      | "PUBLIC_URL"
      | "FILE_LINK_HOURS"
    >
  >;
}

export function createTestApp(options: TestAppOptions = {}): TestApp {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), "thidua-test-"));
  const databaseUrl = join(dir, "thidua.sqlite");
  const clock = options.clock ?? new TestClock();
  const { logger, lines } = createMemoryLogger();
  const app = createApp({
    config: { DATABASE_URL: databaseUrl, DEFAULT_LOCALE: options.locale ?? "vi", TIMEZONE: "Asia/Ho_Chi_Minh", ...options.config },
    logger,
    clock,
  });
  if (options.seedDemo ?? true) app.services.setup.seedDemo();
  const self: TestApp = {
    app,
    clock,
    logLines: lines,
    dir,
    databaseUrl,
    restart() {
      app.close();
      return createTestApp({ ...options, seedDemo: false, clock, dir });
    },
    close() {
      app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return self;
}

/** Links a console account to the named demo person, so a test can speak as them. */
export function actAs(test: TestApp, fullName: string, userId = fullName): Omit<Inbound, "text" | "action"> {
  const person = test.app.services.directory.findOnePerson(fullName);
  test.app.services.directory.linkAccount(person.id, { platform: "console", externalId: userId });
  return { platform: "console", userId, chatId: `dm-${userId}`, chatKind: "dm" };
}

/** Sends one line (or button payload) and returns the replies rendered as the console shows them. */
export async function say(test: TestApp, who: Omit<Inbound, "text" | "action">, input: { text?: string; action?: string } | string) {
  const message = typeof input === "string" ? { text: input } : input;
  const result = await test.app.dispatcher.dispatch({ ...who, ...message });
  return { ...result, text: renderAll(test, result.replies, result.locale) };
}

export function renderAll(test: TestApp, replies: Reply[], locale: Locale): string {
  return replies.map((reply) => renderConsoleReply(reply, locale, test.app.services.translator).lines.join("\n")).join("\n");
}

/** The button payloads of the last reply, in order, so a test can press "the first button". */
export function actions(replies: Reply[]): string[] {
  return replies.flatMap((reply) => (reply.buttons ?? []).flat().map((b) => b.action));
}

/** How many deliveries the system's announcements whose first block is this message have (decisions, good deeds). */
export function announcedDeliveries(test: TestApp, firstKey: string): number {
  const row = test.app.db.$client
    .prepare(
      "select count(*) as n from deliveries d join broadcast_runs r on r.id = d.run_id join announcements a on a.id = r.announcement_id where json_extract(a.blocks, '$[0].text.key') = ?",
    )
    .get(firstKey) as { n: number };
  return row.n;
}

/** Every value in every table of the database, as text: what a reader of the file (or a backup) could see. */
export function everyStoredValue(app: App): string[] {
  const db = app.db.$client;
  const tables = db.prepare("select name from sqlite_master where type = 'table'").all() as Array<{ name: string }>;
  return tables.flatMap(({ name }) =>
    (db.prepare(`select * from "${name}"`).all() as Array<Record<string, unknown>>).flatMap((row) => Object.values(row).map(String)),
  );
}
