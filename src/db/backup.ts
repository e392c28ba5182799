// A consistent copy of the live database (SQLite's online backup, safe while the bot writes), checked before it is
// trusted: the copy must pass integrity_check, and its row counts per table are returned for the report.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";

export interface BackupResult {
  path: string;
  /** Rows per table in the copy. */
  tables: Record<string, number>;
}

/** Copies `sqlite` to `destPath` and verifies the copy; throws if the copy is not sound. */
export async function backupDatabase(sqlite: Database.Database, destPath: string): Promise<BackupResult> {
  mkdirSync(dirname(destPath), { recursive: true });
  await sqlite.backup(destPath);
  const copy = new Database(destPath, { readonly: true });
  try {
    const integrity = copy.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") throw new Error(`backup ${destPath} failed integrity_check: ${String(integrity)}`);
    const names = copy
      .prepare("select name from sqlite_schema where type = 'table' and name not like 'sqlite_%' order by name")
      .pluck()
      .all() as string[];
    const tables: Record<string, number> = {};
    for (const name of names)
      tables[name] = copy
        .prepare(`select count(*) from "${name.replaceAll('"', '""')}"`)
        .pluck()
        .get() as number;
    return { path: destPath, tables };
  } finally {
    copy.close();
  }
}
