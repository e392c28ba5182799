// Opens the one writer connection of this process, sets SQLite's safety pragmas and applies migrations.
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { fromRoot } from "../paths";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const MIGRATIONS_FOLDER = fromRoot("migrations");

/**
 * Opens (creating if needed) the SQLite file at `path`, or an in-memory database for ":memory:".
 * WAL lets readers run beside the writer; synchronous=FULL makes what the bot confirmed to a person
 * survive a power cut; the busy timeout lets a CLI run beside the bot instead of failing at once.
 */
export function openDatabase(path: string): Db {
  if (path !== ":memory:") mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("secure_delete = ON");
  const db = drizzle(sqlite, { schema }) as Db;
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  return db;
}

/** Runs `work` in one SQLite transaction. It must be synchronous: better-sqlite3 cannot await inside one. */
export function inTransaction<T>(db: Db, work: () => T): T {
  return db.$client.transaction(work)();
}
