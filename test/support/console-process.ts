// The terminal chat as a new user scripts it: `npm start`'s entry point with lines piped in, on a given database.
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "../..");

/** Runs the terminal chat on `dir`'s database until its input ends; returns what it printed (NFC) and its status. */
export function runConsole(dir: string, lines: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: ROOT,
    input: `${lines.join("\n")}\n`,
    encoding: "utf8",
    env: { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: join(dir, "thidua.sqlite"), EXPORT_DIR: join(dir, "exports") },
    timeout: 30_000,
  });
  return { ...result, stdout: result.stdout.normalize("NFC") };
}
