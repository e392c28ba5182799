// Who holds the database: one running bot (or one operator command that must not run beside it), held with a lock
// the operating system keeps, which no other process can take or remove, and which a killed process lets go of.
//
// Why this lock (a decision record, since people will ask):
// - The old lock was a file holding a pid. Any second process (the terminal chat on the same DATABASE_URL) rewrote it
//   and, on exit, deleted it; `restore` then ran under a live bot, whose later writes went into the moved-aside file.
// - An advisory lock held on an open file descriptor is what is wanted (it dies with its process, kill -9 included),
//   but Node has no flock/fcntl. The npm packages that add one are native addons (fs-ext, fd-lock, os-lock) with
//   little upkeep; proper-lockfile is not an OS lock at all (a directory whose mtime is refreshed, which any process
//   may judge stale and remove).
// - SQLite already takes POSIX advisory locks (fcntl) on its files, through better-sqlite3 which the bot ships. Taking
//   them on the database itself would not do: an exclusive locking mode there shuts out the readers WAL exists for
//   (a backup, `cli grant` beside the bot). So the lock is a tiny SQLite file of its own beside the database,
//   `<database>-lock`, in rollback-journal mode: the holder writes its pid into it, then keeps a write transaction
//   open (BEGIN IMMEDIATE: SQLite's RESERVED lock) for its whole life. Another process can still read the pid (readers
//   are let in), but its own BEGIN IMMEDIATE is refused at once: it cannot take the lock, and since nothing of ours
//   ever deletes the file, it cannot remove it either. The OS drops the lock when the holder exits however it exits.
// - POSIX drops a process's fcntl locks on a file when that process closes any descriptor of it: the holder never
//   opens the lock file with node:fs (stat and chmod by path only). SQLite itself tracks its own descriptors.
import { chmodSync, existsSync, statSync } from "node:fs";
import { hostname } from "node:os";
import { resolve } from "node:path";
import Database from "better-sqlite3";
import { privateFile } from "./private-files";

/** Another process holds the database; `pid` names it (null when it could not be read). */
export class DatabaseInUseError extends Error {
  override name = "DatabaseInUseError";
  constructor(
    readonly pid: number | null,
    readonly role: string | null,
    readonly path: string,
  ) {
    super(`a thidua-bot process${role ? ` (${role})` : ""}${pid ? ` with pid ${pid}` : ""} is using ${path}; stop it first`);
  }
}

export interface Holder {
  pid: number;
  role: string;
  host: string;
  since: string;
}

export interface DatabaseLock {
  /** The lock file, for readiness: it must still be the file this process locked. */
  readonly path: string;
  /** Device and inode of the lock file as locked. */
  readonly identity: { dev: number; ino: number };
  release(): void;
}

/** The lock file of a database: beside it, like its -wal and -shm. */
export const lockFileOf = (databaseUrl: string) => `${resolve(databaseUrl)}-lock`;

const isBusy = (error: unknown) => (error as { code?: string }).code?.startsWith("SQLITE_BUSY") ?? false;

function readHolder(sqlite: Database.Database): Holder | null {
  try {
    return (sqlite.prepare("select pid, role, host, since from holder").get() as Holder | undefined) ?? null;
  } catch {
    return null;
  }
}

/**
 * Takes the database for this process as `role` ("bot", "restore", …), or throws DatabaseInUseError naming the
 * process that holds it. Held until `release()` or the end of the process.
 */
export function lockDatabase(databaseUrl: string, role: string): DatabaseLock {
  const path = lockFileOf(databaseUrl);
  privateFile(path);
  const sqlite = new Database(path);
  const refuse = () => {
    const holder = readHolder(sqlite);
    return new DatabaseInUseError(holder?.pid ?? null, holder?.role ?? null, resolve(databaseUrl));
  };
  try {
    sqlite.pragma("busy_timeout = 0");
    sqlite.pragma("journal_mode = DELETE");
    const take = () => sqlite.exec("BEGIN IMMEDIATE");
    take();
    sqlite.exec("create table if not exists holder (pid integer not null, role text not null, host text not null, since text not null)");
    sqlite.exec("delete from holder");
    sqlite.prepare("insert into holder values (?, ?, ?, ?)").run(process.pid, role, hostname(), new Date().toISOString());
    sqlite.exec("COMMIT");
    // held from here: a process that slipped in between writes its own pid and keeps the lock, and this one says so
    take();
    chmodSync(path, 0o600);
    const { dev, ino } = statSync(path);
    return {
      path,
      identity: { dev, ino },
      release() {
        if (!sqlite.open) return;
        if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
        sqlite.close();
      },
    };
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
    // busy at any step (held, or the holder writing its pid this instant): in use, by whoever the file names
    const refusal = isBusy(error) ? refuse() : error;
    sqlite.close();
    throw refusal;
  }
}

/** The process holding the database, if any, without taking it (and without writing anything). */
export function lockHolder(databaseUrl: string): Holder | null {
  const path = lockFileOf(databaseUrl);
  if (!existsSync(path)) return null;
  const sqlite = new Database(path);
  try {
    sqlite.pragma("busy_timeout = 0");
    try {
      sqlite.exec("BEGIN IMMEDIATE");
      sqlite.exec("ROLLBACK");
      return null;
    } catch (error) {
      if (!isBusy(error)) throw error;
      return readHolder(sqlite) ?? { pid: 0, role: "", host: "", since: "" };
    }
  } finally {
    sqlite.close();
  }
}

/** Takes the lock, waiting up to `waitMs` for a holder that lets go (an operator's command finishing). */
export async function lockDatabaseWaiting(databaseUrl: string, role: string, waitMs: number): Promise<DatabaseLock> {
  const until = Date.now() + waitMs;
  for (;;) {
    try {
      return lockDatabase(databaseUrl, role);
    } catch (error) {
      if (!(error instanceof DatabaseInUseError) || Date.now() >= until) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}
