// Consistent copies of the database while the bot runs, their checks, and restoring one.
//
// A plain file copy of a running database is not a backup: recent commits live in the -wal file, and a copy
// taken mid-write can be torn. `VACUUM INTO` writes a new, compact file from one read transaction, so it holds
// exactly the committed state at that moment, no free pages (no remnants of deleted rows) and no -wal.
import { chmodSync, closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import Database from "better-sqlite3";
import { BackupCheckError, checkBackupFile } from "./backup-check";
import { MIGRATIONS_FOLDER } from "./client";
import { flushPendingWrites } from "./commit-batch";
import { lockDatabase } from "./lock";

export interface BackupResult {
  path: string;
  /** Rows per table in the copy, as read back from it. */
  tables: Record<string, number>;
}

export { BackupCheckError };

/**
 * Copies the database behind `sqlite` to `destPath` (which must not exist) with VACUUM INTO, then opens the copy,
 * runs `PRAGMA integrity_check` and counts the rows of every table. The copy is written under a temporary name
 * and renamed into place, so `destPath` never names a half-written file. Synchronous: safe before migrations.
 */
export function backupDatabase(sqlite: Database.Database, destPath: string): BackupResult {
  const path = resolve(destPath);
  if (existsSync(path)) throw new BackupCheckError(`${path} already exists; choose another name`);
  const partial = `${path}.partial`;
  mkdirSync(dirname(path), { recursive: true });
  rmSync(partial, { force: true });
  // VACUUM INTO runs outside any transaction, and the copy should hold what was confirmed: commit a batch first
  flushPendingWrites(sqlite);
  sqlite.prepare("VACUUM INTO ?").run(partial);
  try {
    // a backup holds everything the database holds: readable by the bot's user only
    chmodSync(partial, 0o600);
    dropFileLinks(partial);
    const tables = checkDatabaseFile(partial);
    const fd = openSync(partial, "r");
    fsyncSync(fd);
    closeSync(fd);
    renameSync(partial, path);
    return { path, tables };
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

/**
 * One-time file links are not kept in a backup: a link used since would work again after a restore, and their
 * files are copies of what the database holds anyway. Overwritten, not only unlinked (secure_delete).
 */
function dropFileLinks(path: string): void {
  const db = new Database(path);
  try {
    db.pragma("secure_delete = ON");
    const exists = db.prepare("select 1 from sqlite_master where type = 'table' and name = 'file_links'").get();
    if (exists) db.prepare("delete from file_links").run();
  } finally {
    db.close();
  }
}

/** Opens a database file read-only, checks its integrity and that it is ours, and counts each table's rows. */
export function checkDatabaseFile(path: string): Record<string, number> {
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupCheckError(`${path} cannot be opened as a database (${(error as Error).message})`);
  }
  try {
    const check = db.pragma("integrity_check") as Array<{ integrity_check: string }>;
    if (check.length !== 1 || check[0]?.integrity_check !== "ok") {
      throw new BackupCheckError(`${path} failed the integrity check: ${check.map((c) => c.integrity_check).join("; ")}`);
    }
    const names = (
      db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'").all() as Array<{ name: string }>
    ).map((t) => t.name);
    if (!names.includes("__drizzle_migrations") || !names.includes("people")) {
      throw new BackupCheckError(`${path} is not a thidua-bot database`);
    }
    return Object.fromEntries(names.sort().map((name) => [name, (db.prepare(`select count(*) as n from "${name}"`).get() as { n: number }).n]));
  } catch (error) {
    if (error instanceof BackupCheckError) throw error;
    throw new BackupCheckError(`${path} cannot be read as a database (${(error as Error).message})`);
  } finally {
    db.close();
  }
}

export interface RestoreResult {
  path: string;
  /** Where the database that was in place now is (null when there was none). */
  keptAside: string | null;
  tables: Record<string, number>;
}

/**
 * Replaces the database at `databaseUrl` with the backup at `backupPath`: takes the database's lock (refused with
 * DatabaseInUseError, naming the process, while a bot or another command holds it), checks the backup against this
 * build (./backup-check.ts) without opening the live database, moves the current file (and any -wal) aside under a
 * dated name, and puts a checked copy in place. Whatever it refuses, the live database is left as it was.
 */
export function restoreDatabase(backupPath: string, databaseUrl: string, now = new Date(), folder = MIGRATIONS_FOLDER): RestoreResult {
  const lock = lockDatabase(databaseUrl, "restore");
  try {
    return restoreHeld(backupPath, databaseUrl, now, folder);
  } finally {
    lock.release();
  }
}

function restoreHeld(backupPath: string, databaseUrl: string, now: Date, folder: string): RestoreResult {
  const target = resolve(databaseUrl);
  const tables = checkBackupFile(resolve(backupPath), folder);
  const incoming = `${target}.restoring`;
  mkdirSync(dirname(target), { recursive: true });
  rmSync(incoming, { force: true });
  copyFileSync(resolve(backupPath), incoming);
  chmodSync(incoming, 0o600);
  const fd = openSync(incoming, "r");
  fsyncSync(fd);
  closeSync(fd);
  let keptAside: string | null = null;
  if (existsSync(target)) {
    keptAside = `${target}.before-restore-${now.toISOString().replace(/[:.]/g, "-")}`;
    for (const suffix of ["", "-wal", "-shm"]) if (existsSync(target + suffix)) renameSync(target + suffix, keptAside + suffix);
  }
  renameSync(incoming, target);
  return { path: target, keptAside, tables };
}

/** A dated file name for a backup of `databaseUrl`: thidua-20260105-020000.sqlite (UTC). */
export function backupFileName(databaseUrl: string, now: Date): string {
  const stem = basename(databaseUrl).replace(/\.sqlite$|\.db$/, "");
  return `${stem}-${now.toISOString().slice(0, 19).replace(/[-:]/g, "").replace("T", "-")}.sqlite`;
}

/** Takes a backup into `dir` and deletes the oldest of that database's backups beyond `keep`. */
export function backupWithRotation(sqlite: Database.Database, databaseUrl: string, dir: string, keep: number, now = new Date()): BackupResult {
  const result = backupDatabase(sqlite, join(resolve(dir), backupFileName(databaseUrl, now)));
  const stem = basename(databaseUrl).replace(/\.sqlite$|\.db$/, "");
  const pattern = new RegExp(`^${stem.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}-\\d{8}-\\d{6}\\.sqlite$`);
  const ours = readdirSync(dirname(result.path))
    .filter((f) => pattern.test(f))
    .sort();
  for (const old of ours.slice(0, Math.max(0, ours.length - keep))) rmSync(join(dirname(result.path), old), { force: true });
  return result;
}
