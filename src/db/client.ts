// Opens the one writer connection of this process, sets SQLite's safety pragmas and applies migrations.
import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { fromRoot } from "../paths";
import { privateDatabase } from "./private-files";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const MIGRATIONS_FOLDER = fromRoot("migrations");

/**
 * Opens (creating if needed) the SQLite file at `path`, or an in-memory database for ":memory:".
 * WAL lets readers run beside the writer; synchronous=FULL makes what the bot confirmed to a person
 * survive a power cut; the busy timeout lets a CLI run beside the bot instead of failing at once.
 */
export function openDatabase(path: string, options: { snapshot?: boolean } = {}): Db {
  const sqlite = options.snapshot ? snapshotOf(path) : openFile(path);
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

function openFile(path: string): Database.Database {
  privateDatabase(path);
  return new Database(path);
}

/**
 * An in-memory copy of the database at `path` (empty if there is none), read through a read-only connection: what
 * a dry run works on, so that it writes nothing at all to the file, its -wal or beside it.
 */
function snapshotOf(path: string): Database.Database {
  if (path === ":memory:" || !existsSync(path)) return new Database(":memory:");
  const source = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return new Database(source.serialize());
  } finally {
    source.close();
  }
}

/** Runs `work` in one SQLite transaction. It must be synchronous: better-sqlite3 cannot await inside one. */
export function inTransaction<T>(db: Db, work: () => T): T {
  return db.$client.transaction(work)();
}
