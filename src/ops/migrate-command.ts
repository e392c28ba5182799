// `npm run cli -- migrate [--dry-run]`: what an upgrade will change in the database, and applying it on purpose
// (with the copy taken first) rather than at the bot's next start. Also makes every other CLI command take that
// copy before it opens a database that a newer version of the code must migrate.
import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import type { Command } from "commander";
import { EXCLUSIVE_COMMANDS, prepareForWriting, READ_ONLY_COMMANDS } from "../cli/database-guard";
import { loadConfig } from "../config";
import { MIGRATIONS_FOLDER } from "../db/client";
import { DatabaseInUseError, type DatabaseLock, lockDatabase } from "../db/lock";
import { MigrationError, migrateDatabase, pendingMigrations, readJournal } from "../db/migrate";
import { createTranslator } from "../i18n/translator";
import type { Locale } from "../kernel/locale";

type Print = (line: string) => void;

export function registerMigrateCommand(program: Command, out: Print, fail: Print): void {
  program
    .command("migrate")
    .description("apply new database migrations, copying the database first if it holds data")
    .option("--dry-run", "list the migrations that would run, change nothing")
    .option("--migrations <dir>", "the migrations folder (default: the one shipped with this version)")
    .action(async (options: { dryRun?: boolean; migrations?: string }) => {
      const config = loadConfig();
      const locale: Locale = config.CLI_LANG ?? config.DEFAULT_LOCALE;
      const translator = createTranslator({ timezone: config.TIMEZONE, defaultLocale: config.DEFAULT_LOCALE });
      const t = (key: string, args?: Record<string, string | number>) => translator.t(locale, key, args);
      const folder = options.migrations ?? MIGRATIONS_FOLDER;
      const database = config.DATABASE_URL;

      if (options.dryRun) {
        // a database that does not exist yet would get every migration; nothing is created by looking
        const sqlite = existsSync(database) ? new Database(database, { readonly: true }) : null;
        try {
          const pending = sqlite ? pendingMigrations(sqlite, folder) : readJournal(folder);
          if (pending.length === 0) return out(t("migrate-none", { database }));
          out(t("migrate-pending", { count: pending.length, database }));
          for (const entry of pending) out(`  ${t("migrate-item", { tag: entry.tag })}`);
          out(t("migrate-dry-run"));
        } finally {
          sqlite?.close();
        }
        return;
      }
      let lock: DatabaseLock | null = null;
      try {
        // reshaping the database under a running bot is refused, naming it
        lock = database === ":memory:" ? null : lockDatabase(database, "cli migrate");
        const { applied, backup } = await migrateDatabase(database, folder);
        if (applied.length === 0) return out(t("migrate-none", { database }));
        if (backup) out(t("migrate-backup", { path: backup }));
        out(t("migrate-applied", { count: applied.length }));
      } catch (error) {
        if (error instanceof DatabaseInUseError) return fail(t("db-in-use", { reason: error.message }));
        if (!(error instanceof MigrationError)) throw error;
        if (error.backup) out(t("migrate-backup", { path: error.backup }));
        fail(t("migrate-failed", { tag: error.tag, reason: error.reason }));
      } finally {
        lock?.release();
      }
    });

  // a command that writes opens the database through the app, which applies migrations: take the lock if free and
  // copy first, as at start-up (src/cli/database-guard.ts); a dry run, a backup and a restore open nothing here
  let held: DatabaseLock | null = null;
  program.hook("preAction", async (_program, action) => {
    const name = action.name();
    if (READ_ONLY_COMMANDS.has(name) || EXCLUSIVE_COMMANDS.has(name) || action.opts().dryRun) return;
    const config = loadConfig();
    if (config.DATABASE_URL !== ":memory:") held = await prepareForWriting(config.DATABASE_URL, name);
  });
  program.hook("postAction", () => {
    held?.release();
    held = null;
  });
}
