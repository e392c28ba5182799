// The operator's backup and restore commands:
//   npm run cli -- backup [PATH]     a checked online copy (default: BACKUP_DIR, or ./backups beside the database)
//   npm run cli -- restore PATH      refused while a bot holds the database (naming it); the backup is checked against
//                                    this build; the current file is kept aside; the live database is never opened
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import Database from "better-sqlite3";
import type { Command } from "commander";
import { loadConfig } from "../config";
import { keyCheckValue } from "../core/ballots/box";
import { BackupCheckError, backupDatabase, backupFileName, restoreDatabase } from "../db/backup";
import { ballotKeyFile } from "../db/keys";
import { DatabaseInUseError } from "../db/lock";
import { createTranslator } from "../i18n/translator";
import type { Locale } from "../kernel/locale";

type Say = (line: string) => void;

function context() {
  const config = loadConfig();
  const translator = createTranslator({ timezone: config.TIMEZONE, defaultLocale: config.DEFAULT_LOCALE });
  const locale: Locale = config.CLI_LANG ?? config.DEFAULT_LOCALE;
  const t = (key: string, args?: Record<string, string | number>) => translator.t(locale, key, args);
  return { config, t };
}

/** Whether the restored database was used with the ballot key this installation has (true when unknown). */
function ballotKeyMatches(databasePath: string, configured: string | undefined): boolean {
  const file = ballotKeyFile(databasePath);
  const key = configured ?? (existsSync(file) ? readFileSync(file, "utf8").trim() : null);
  if (!key) return true;
  const db = new Database(databasePath, { readonly: true });
  try {
    const row = db.prepare("select \"check\" as c from key_checks where name = 'BALLOT_KEY'").get() as { c: string } | undefined;
    return !row || row.c === keyCheckValue(Buffer.from(key, "base64"), "BALLOT_KEY");
  } finally {
    db.close();
  }
}

const rowsOf = (tables: Record<string, number>) => Object.values(tables).reduce((a, b) => a + b, 0);

export function registerBackupCommands(program: Command, out: Say, fail: Say): void {
  program
    .command("backup")
    .description("make a consistent, checked copy of the database while the bot runs")
    .argument("[path]", "where to write it (default: BACKUP_DIR, or ./backups beside the database)")
    .action((path: string | undefined) => {
      const { config, t } = context();
      const dir = config.BACKUP_DIR ?? join(dirname(resolve(config.DATABASE_URL)), "backups");
      const dest = path ?? join(dir, backupFileName(config.DATABASE_URL, new Date()));
      const sqlite = new Database(config.DATABASE_URL, { fileMustExist: true });
      try {
        sqlite.pragma("busy_timeout = 5000");
        const result = backupDatabase(sqlite, dest);
        out(t("backup-done", { path: result.path, tables: Object.keys(result.tables).length, rows: rowsOf(result.tables) }));
        out(t("backup-keys-note"));
      } catch (error) {
        if (error instanceof BackupCheckError) fail(t("backup-failed", { reason: error.message }));
        else throw error;
      } finally {
        sqlite.close();
      }
    });

  program
    .command("restore")
    .description("replace the database with a backup (stop the bot first); the current file is kept aside")
    .argument("<path>", "the backup file")
    .action((path: string) => {
      const { config, t } = context();
      try {
        const result = restoreDatabase(path, config.DATABASE_URL);
        out(t("restore-done", { path: result.path, tables: Object.keys(result.tables).length, rows: rowsOf(result.tables) }));
        if (result.keptAside) out(t("restore-kept-aside", { path: result.keptAside }));
        if (!ballotKeyMatches(result.path, config.BALLOT_KEY)) out(t("restore-key-differs"));
      } catch (error) {
        if (error instanceof DatabaseInUseError) fail(t("restore-in-use", { reason: error.message }));
        else if (error instanceof BackupCheckError) fail(t("backup-failed", { reason: error.message }));
        else throw error;
      }
    });
}
