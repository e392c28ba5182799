// Opens the one writer connection of this process, sets SQLite's safety pragmas and applies migrations.
import { existsSync, readFileSync } from "node:fs";
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
  let image: Buffer;
  if (existsSync(`${path}-wal`)) {
    // commits may live in the -wal: read through SQLite (a bot running beside keeps the -shm a reader needs)
    const source = new Database(path, { readonly: true, fileMustExist: true });
    try {
      image = source.serialize();
    } finally {
      source.close();
    }
  } else {
    // no -wal: every commit is in the file itself (and a read-only connection could not create the -shm WAL asks)
    image = readFileSync(path);
  }
  // an image in memory cannot be in WAL mode: bytes 18 and 19 of the header say "rollback journal" instead
  if (image.length >= 20) image[18] = image[19] = 1;
  return new Database(image);
}

/** Runs `work` in one SQLite transaction. It must be synchronous: better-sqlite3 cannot await inside one. */
export function inTransaction<T>(db: Db, work: () => T): T {
  return db.$client.transaction(work)();
}
