// Applies the generated migrations (migrations/, drizzle's journal) with an operator's safety net: before a new
// migration touches a database that holds data, a verified copy is written next to it and its path reported; the
// migrations run in one transaction (drizzle's migrator), so one that fails leaves the database as it was.
// `pendingMigrations` is what `npm run cli -- migrate --dry-run` lists: the journal's entries newer than the last
// one recorded in `__drizzle_migrations`, the same rule drizzle applies.
import { readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { backupDatabase } from "./backup";
import { privateDatabase } from "./private-files";

const MIGRATIONS_TABLE = "__drizzle_migrations";

export interface JournalEntry {
  idx: number;
  when: number;
  tag: string;
}

export interface MigrationOutcome {
  applied: string[];
  /** Where the copy taken before applying them is, or null when none was needed (nothing new, or no data yet). */
  backup: string | null;
}

/** A migration failed; the database is unchanged and the copy (if any) is at `backup`. */
export class MigrationError extends Error {
  override name = "MigrationError";
  constructor(
    readonly tag: string,
    readonly backup: string | null,
    readonly reason: string,
  ) {
    super(`migration ${tag} failed (${reason}); the database was left as it was${backup ? `, a copy taken before is at ${backup}` : ""}`);
  }
}

export function readJournal(folder: string): JournalEntry[] {
  const journal = JSON.parse(readFileSync(join(folder, "meta", "_journal.json"), "utf8")) as { entries: JournalEntry[] };
  return journal.entries;
}

/** The journal's migrations that the database has not recorded yet, oldest first. */
export function pendingMigrations(sqlite: Database.Database, folder: string): JournalEntry[] {
  const hasTable = sqlite.prepare("select 1 from sqlite_schema where type = 'table' and name = ?").get(MIGRATIONS_TABLE);
  const last = hasTable ? (sqlite.prepare(`select max(created_at) from ${MIGRATIONS_TABLE}`).pluck().get() as number | null) : null;
  return readJournal(folder).filter((entry) => last === null || Number(last) < entry.when);
}

/** True when any table of the bot holds a row: a database worth a copy. */
export function holdsData(sqlite: Database.Database): boolean {
  const tables = sqlite
    .prepare("select name from sqlite_schema where type = 'table' and name not like 'sqlite_%' and name <> ?")
    .pluck()
    .all(MIGRATIONS_TABLE) as string[];
  return tables.some(
    (name) =>
      sqlite
        .prepare(`select exists (select 1 from "${name.replaceAll('"', '""')}")`)
        .pluck()
        .get() === 1,
  );
}

/** Where the copy before `tag` goes: beside the database, named so that it sorts by time and says why it exists. */
export function backupPathFor(databasePath: string, tag: string, at: Date): string {
  const stamp = at.toISOString().replace(/[:.]/g, "-");
  return join(dirname(databasePath), `${basename(databasePath)}.${stamp}.before-${tag}.bak`);
}

/** Opens the file at `databasePath`, copies it if new migrations meet existing data, and applies them. */
export async function migrateDatabase(databasePath: string, folder: string, now: () => Date = () => new Date()): Promise<MigrationOutcome> {
  privateDatabase(databasePath);
  const sqlite = new Database(databasePath);
  try {
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("busy_timeout = 5000");
    const pending = pendingMigrations(sqlite, folder);
    if (pending.length === 0) return { applied: [], backup: null };
    const first = pending[0] as JournalEntry;
    const backup = holdsData(sqlite) ? backupDatabase(sqlite, backupPathFor(databasePath, first.tag, now())).path : null;
    try {
      migrate(drizzle(sqlite), { migrationsFolder: folder });
    } catch (error) {
      const failed = pendingMigrations(sqlite, folder)[0]?.tag ?? first.tag;
      throw new MigrationError(failed, backup, (error as { code?: string }).code ?? (error as Error).message.split("\n")[0] ?? "error");
    }
    return { applied: pending.map((p) => p.tag), backup };
  } finally {
    sqlite.close();
  }
}
