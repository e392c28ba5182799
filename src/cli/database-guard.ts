// Which operator commands may run beside a running bot, and how they keep out of its way (src/db/lock.ts):
// - `backup` and every `--dry-run` only read: they take no lock and write nothing;
// - `restore` and `migrate` replace or reshape the database: they take its lock, and are refused while a bot (or
//   another such command) holds it, naming that process;
// - the commands that write rows (import-staff, import-ratings, grant, revoke) take the lock when it is free, so no
//   bot starts or restore runs under them; beside a running bot they write through SQLite as another connection
//   would, unless the database needs migrating first: a newer build must not reshape a database a bot is using.
import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import { MIGRATIONS_FOLDER } from "../db/client";
import { DatabaseInUseError, type DatabaseLock, lockDatabase } from "../db/lock";
import { migrateDatabase, pendingMigrations } from "../db/migrate";

/** Commands that never write the database. */
export const READ_ONLY_COMMANDS: ReadonlySet<string> = new Set(["backup", "help"]);
/** Commands that take the lock themselves and never run beside a bot. */
export const EXCLUSIVE_COMMANDS: ReadonlySet<string> = new Set(["restore", "migrate"]);

function needsMigrating(databaseUrl: string): boolean {
  if (!existsSync(databaseUrl)) return true;
  const sqlite = new Database(databaseUrl, { readonly: true });
  try {
    return pendingMigrations(sqlite, MIGRATIONS_FOLDER).length > 0;
  } finally {
    sqlite.close();
  }
}

/**
 * Before a command that writes rows: the lock if free (with the migrations applied, a copy taken first), or null
 * beside a running bot on an up-to-date database. Throws DatabaseInUseError when the database needs migrating and
 * another process holds it.
 */
export async function prepareForWriting(databaseUrl: string, command: string): Promise<DatabaseLock | null> {
  let lock: DatabaseLock | null = null;
  try {
    lock = lockDatabase(databaseUrl, `cli ${command}`);
  } catch (error) {
    if (!(error instanceof DatabaseInUseError) || needsMigrating(databaseUrl)) throw error;
    return null;
  }
  try {
    await migrateDatabase(databaseUrl, MIGRATIONS_FOLDER);
    return lock;
  } catch (error) {
    lock.release();
    throw error;
  }
}
