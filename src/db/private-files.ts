// The database, its -wal and -shm, its lock and its copies are readable by the bot's user only (0600), whatever the
// umask: outside systemd (whose unit sets UMask) a plain `npm start` used to leave them world-readable (0644).
// SQLite creates the -wal and -shm with the mode of the database file, so making that file 0600 before SQLite first
// opens it is enough for them; files an older version left open are narrowed at start.
import { chmodSync, closeSync, mkdirSync, openSync } from "node:fs";
import { dirname, resolve } from "node:path";

const tryChmod = (path: string) => {
  try {
    chmodSync(path, 0o600);
  } catch {
    // missing (a -wal not made yet) or not ours to change: nothing to narrow
  }
};

/**
 * Creates `path` empty with mode 0600 if it does not exist; otherwise narrows it to 0600. An existing file is never
 * opened here: closing a descriptor of a file drops the process's POSIX locks on it (see ./lock.ts).
 */
export function privateFile(path: string): void {
  mkdirSync(dirname(resolve(path)), { recursive: true });
  try {
    closeSync(openSync(path, "wx", 0o600));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    tryChmod(path);
  }
}

/** The database file (created empty if new: SQLite takes an empty file as an empty database) and its -wal and -shm. */
export function privateDatabase(path: string): void {
  if (path === ":memory:") return;
  privateFile(path);
  for (const suffix of ["-wal", "-shm"]) tryChmod(path + suffix);
}
