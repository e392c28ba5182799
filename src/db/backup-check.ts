// Is this file a thidua-bot database this build can run on? What `restore` asks of a backup before putting it in
// place, reading the file alone (never the live database): it opens and passes SQLite's integrity check; its migration
// history (drizzle's __drizzle_migrations) names only migrations this build ships, and all of them up to its last,
// so nothing newer or foreign made it; and every table and column those migrations create is there. A file with
// only `__drizzle_migrations` and `people` used to pass, and then every CLI command failed on it.
import Database from "better-sqlite3";
import { readMigrationFiles } from "drizzle-orm/migrator";

/** The copy is unreadable, damaged, or not a thidua-bot database this build can use. */
export class BackupCheckError extends Error {
  override name = "BackupCheckError";
}

type Columns = Map<string, Set<string>>;

function schemaOf(sqlite: Database.Database): Columns {
  const tables = sqlite
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name <> '__drizzle_migrations'")
    .pluck()
    .all() as string[];
  return new Map(
    tables.map((table) => [table, new Set((sqlite.prepare(`select name from pragma_table_info(?)`).pluck().all(table) as string[]).map(String))]),
  );
}

/** The tables and columns the first `count` migrations of `folder` create, built in memory. */
function expectedSchema(folder: string, count: number): Columns {
  const reference = new Database(":memory:");
  try {
    for (const migration of readMigrationFiles({ migrationsFolder: folder }).slice(0, count))
      for (const statement of migration.sql) if (statement.trim() !== "") reference.exec(statement);
    return schemaOf(reference);
  } finally {
    reference.close();
  }
}

/**
 * Checks the file at `path` against this build's migrations in `folder`; returns the rows per table. Throws
 * BackupCheckError with a sentence an operator can act on.
 */
export function checkBackupFile(path: string, folder: string): Record<string, number> {
  let sqlite: Database.Database;
  try {
    sqlite = new Database(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupCheckError(`${path} cannot be opened as a database (${(error as Error).message})`);
  }
  try {
    const check = sqlite.pragma("integrity_check") as Array<{ integrity_check: string }>;
    if (check.length !== 1 || check[0]?.integrity_check !== "ok")
      throw new BackupCheckError(`${path} failed the integrity check: ${check.map((c) => c.integrity_check).join("; ")}`);
    const hasHistory = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'").get();
    if (!hasHistory) throw new BackupCheckError(`${path} is not a thidua-bot database (it has no migration history)`);
    const applied = sqlite.prepare("select hash from __drizzle_migrations order by created_at, id").pluck().all() as string[];
    const known = readMigrationFiles({ migrationsFolder: folder }).map((m) => m.hash);
    const unknown = applied.filter((hash) => !known.includes(hash));
    if (unknown.length > 0)
      throw new BackupCheckError(
        `${path} was made by a newer or another version of thidua-bot (${unknown.length} migration(s) this version does not know); restore it with that version`,
      );
    if (applied.length === 0 || applied.some((hash, i) => hash !== known[i]))
      throw new BackupCheckError(`${path} has a migration history this version does not recognise`);
    const expected = expectedSchema(folder, applied.length);
    const present = schemaOf(sqlite);
    for (const [table, columns] of expected) {
      const found = present.get(table);
      if (!found) throw new BackupCheckError(`${path} lacks the table ${table}: it is not a complete thidua-bot database`);
      for (const column of columns)
        if (!found.has(column)) throw new BackupCheckError(`${path} lacks the column ${table}.${column}: it is not a complete thidua-bot database`);
    }
    return Object.fromEntries(
      ["__drizzle_migrations", ...present.keys()].sort().map((name) => [
        name,
        sqlite
          .prepare(`select count(*) from "${name.replaceAll('"', '""')}"`)
          .pluck()
          .get() as number,
      ]),
    );
  } catch (error) {
    if (error instanceof BackupCheckError) throw error;
    throw new BackupCheckError(`${path} cannot be read as a database (${(error as Error).message})`);
  } finally {
    sqlite.close();
  }
}
