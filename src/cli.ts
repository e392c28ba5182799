// The operator's command line: roster import and role changes, run with the database file's permissions.
//   npm run cli -- import-staff staff.xlsx [--dry-run]
//   npm run cli -- grant "Nguyễn Văn A" secretary
//   npm run cli -- import-awards awards.xlsx [--dry-run]   (see cli/import-awards.ts)
//   npm run cli -- backup [PATH]  /  restore PATH   (see cli/backup.ts)
import { Command } from "commander";
import { createApp } from "./app";
import { registerBackupCommands } from "./cli/backup";
import { registerImportAwardsCommand } from "./cli/import-awards";
import { ConfigError, loadConfig } from "./config";
import { applyRoster, checkRosterHeader, RosterConflict, validateRoster } from "./core/directory/roster";
import { DomainError } from "./core/errors";
import { checkRatingHeader, validateRatings } from "./core/yearend/rating-import";
import { DatabaseInUseError } from "./db/lock";
import { createDirectoryRepo } from "./db/repos/directory";
import { createTranslator } from "./i18n/translator";
import type { Locale } from "./kernel/locale";
import type { Args } from "./kernel/reply";
import { createLogger } from "./logging/logger";
import { registerMigrateCommand } from "./ops/migrate-command";
import { RosterFileError, readRosterFile } from "./roster/read";

/** The core for one operator command; a dry run gets an in-memory copy of the database, so it writes nothing. */
function boot(options: { dryRun?: boolean } = {}) {
  const config = loadConfig();
  const app = createApp({ config, logger: createLogger(config.LOG_LEVEL ?? "warn"), role: "cli", snapshot: options.dryRun ?? false });
  const locale: Locale = config.CLI_LANG ?? config.DEFAULT_LOCALE;
  const t = (key: string, args?: Args) => app.services.translator.t(locale, key, args);
  return { app, t };
}

/** The CLI's messages in CLI_LANG, for failures met before a command's own context exists. */
function cliTranslator() {
  const config = loadConfig();
  const translator = createTranslator({ timezone: config.TIMEZONE, defaultLocale: config.DEFAULT_LOCALE });
  return (key: string, args?: Record<string, string | number>) => translator.t(config.CLI_LANG ?? config.DEFAULT_LOCALE, key, args);
}

const out = (line: string) => process.stdout.write(`${line}\n`);
const fail = (line: string) => {
  process.stderr.write(`${line}\n`);
  process.exitCode = 1;
};

const program = new Command("thidua-cli").description("thidua-bot operator commands").showHelpAfterError();
registerMigrateCommand(program, out, fail);

program
  .command("import-staff")
  .description(
    "import the staff roster from CSV or XLSX (columns: full_name, unit, roles, telegram_user_id, slack_user_id, zalo_user_id, email, language)",
  )
  .argument("<file>", "roster file (.csv or .xlsx)")
  .option("--dry-run", "check the file and report what would change, without saving")
  .action(async (file: string, options: { dryRun?: boolean }) => {
    const { app, t } = boot(options);
    try {
      const sheet = await readRosterFile(file);
      const headerProblems = checkRosterHeader(sheet.headers);
      const { entries, problems } = headerProblems.length > 0 ? { entries: [], problems: headerProblems } : validateRoster(sheet.rows);
      if (problems.length > 0) {
        fail(t("roster-rejected", { count: problems.length, file }));
        for (const p of problems) fail(`  ${t("roster-line", { line: p.line })} ${t(p.key, p.args)}`);
        return;
      }
      const deps = { repo: createDirectoryRepo(app.db), audit: app.audit, clock: app.services.clock, uow: app.uow };
      if (options.dryRun) {
        // run the import in a transaction that is always rolled back, so the report is exact
        try {
          app.uow.transaction(() => {
            const result = applyRoster(entries, deps);
            throw new DryRunDone(result);
          });
        } catch (error) {
          if (!(error instanceof DryRunDone)) throw error;
          out(t("roster-dry-run", { ...error.result }));
        }
        return;
      }
      out(t("roster-imported", { ...applyRoster(entries, deps) }));
    } catch (error) {
      if (error instanceof RosterConflict) {
        fail(t("roster-rejected", { count: error.problems.length, file }));
        for (const p of error.problems) fail(`  ${t("roster-line", { line: p.line })} ${t(p.key, p.args)}`);
      } else if (error instanceof RosterFileError || (error as NodeJS.ErrnoException).code === "ENOENT") {
        fail(t("roster-unreadable", { file, reason: (error as Error).message }));
      } else throw error;
    } finally {
      app.close();
    }
  });

program
  .command("import-ratings")
  .description(
    "import the annual quality ratings from CSV or XLSX (columns: full_name, unit, year, rating, and optionally staff_category: công chức, viên chức, hợp đồng); all rows or none",
  )
  .argument("<file>", "ratings file (.csv or .xlsx)")
  .action(async (file: string) => {
    const { app, t } = boot();
    try {
      const sheet = await readRosterFile(file);
      const { directory, yearEnd } = app.services;
      const headerProblems = checkRatingHeader(sheet.headers);
      // every unit's active members from one query, not one per unit
      const people = () => {
        const active = directory.activeByUnit();
        return directory.units().flatMap((u) => active.get(u.id) ?? []);
      };
      const { entries, problems } =
        headerProblems.length > 0 ? { entries: [], problems: headerProblems } : validateRatings(sheet.rows, { people, units: directory.units });
      if (problems.length > 0) {
        fail(t("ratings-rejected", { count: problems.length, file }));
        for (const p of problems) fail(`  ${t("roster-line", { line: p.line })} ${t(p.key, p.args)}`);
        return;
      }
      out(t("ratings-imported", { ...yearEnd.ratings.importRatings(entries) }));
    } catch (error) {
      if (error instanceof RosterFileError || (error as NodeJS.ErrnoException).code === "ENOENT")
        fail(t("roster-unreadable", { file, reason: (error as Error).message }));
      else throw error;
    } finally {
      app.close();
    }
  });

class DryRunDone extends Error {
  constructor(readonly result: ReturnType<typeof applyRoster>) {
    super("dry run");
  }
}

for (const grant of [true, false]) {
  program
    .command(grant ? "grant" : "revoke")
    .description(grant ? "give a role to a person" : "take a role from a person")
    .argument("<person>", "full name, part of it, or #id")
    .argument("<role>", "staff, unit_head, council, secretary, leader, case_handler or admin")
    .action((query: string, role: string) => {
      const { app, t } = boot();
      try {
        const person = app.services.directory.findOnePerson(query.normalize("NFC"));
        const changed = grant ? app.services.directory.grant(null, person.id, role) : app.services.directory.revoke(null, person.id, role);
        const key = grant ? (changed ? "role-granted" : "role-already") : changed ? "role-revoked" : "role-not-held";
        out(t(key, { name: person.fullName, role: t(`role-${role}`) }));
      } catch (error) {
        if (error instanceof DomainError) fail(t(`error-${error.code}`, error.args as Record<string, string>));
        else throw error;
      } finally {
        app.close();
      }
    });
}

registerImportAwardsCommand(program, out, fail, boot);
registerBackupCommands(program, out, fail);

try {
  await program.parseAsync();
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  else if (error instanceof DatabaseInUseError) fail(cliTranslator()("db-in-use", { reason: error.message }));
  else fail(`thidua-cli: ${(error as Error).message}`);
}
