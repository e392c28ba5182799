// The operator's import of past decisions into the record of achievements:
//   npm run cli -- import-awards awards.xlsx [--dry-run]
// Columns full_name, unit, year, award, decision_no, decision_date, issuer (or their Vietnamese headers); every bad
// row is reported by its line and nothing is saved until the whole file is clean; importing the same file again
// changes nothing.
import type { Command } from "commander";
import type { App } from "../app";
import type { AwardProblem } from "../core/records/import";
import { AwardImportConflict } from "../core/records/import-apply";
import type { Args } from "../kernel/reply";
import { AWARD_FILE_LIMITS, RosterFileError, readRosterFile } from "../roster/read";

type Say = (line: string) => void;

export function registerImportAwardsCommand(
  program: Command,
  out: Say,
  fail: Say,
  boot: () => { app: App; t: (key: string, args?: Args) => string },
): void {
  program
    .command("import-awards")
    .description(
      "import past award decisions into the record of achievements from CSV or XLSX (columns: full_name, unit, year, award, decision_no, decision_date, issuer; Vietnamese headers too); all rows or none",
    )
    .argument("<file>", "file of past decisions (.csv or .xlsx)")
    .option("--dry-run", "check the file and report what would change, without saving")
    .action(async (file: string, options: { dryRun?: boolean }) => {
      const { app, t } = boot();
      const { records } = app.services;
      const report = (problems: AwardProblem[]) => {
        fail(t("awards-rejected", { count: problems.length, file }));
        for (const p of problems) fail(`  ${t("roster-line", { line: p.line })} ${t(p.key, p.args)}`);
      };
      try {
        const sheet = await readRosterFile(file, AWARD_FILE_LIMITS);
        const { entries, problems } = records.checkFile(sheet);
        if (problems.length > 0) return report(problems);
        const importer = { label: "cli" } as const;
        const result = options.dryRun ? records.imports.rehearse(entries, importer, file) : records.imports.apply(entries, importer, file);
        out(t(options.dryRun ? "awards-dry-run" : "awards-imported", { ...result }));
      } catch (error) {
        if (error instanceof AwardImportConflict) report(error.problems);
        else if (error instanceof RosterFileError || (error as NodeJS.ErrnoException).code === "ENOENT")
          fail(t("roster-unreadable", { file, reason: (error as Error).message }));
        else throw error;
      } finally {
        app.close();
      }
    });
}
