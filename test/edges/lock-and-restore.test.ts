// The second process's tests: a running bot's lock can be neither taken nor removed by another process (the
// terminal chat on the same file, which used to rewrite and then delete the old pid file); restore refuses under
// it, naming the process; the files are the bot's user's alone. (The careless operator's restore and dry run are in
// restore-and-dry-run.test.ts, so the two slow files run side by side.)
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backupDatabase } from "../../src/db/backup";
import { lockFileOf, lockHolder } from "../../src/db/lock";
import { createTestApp, type TestApp } from "../support/harness";

const ROOT = join(import.meta.dirname, "../..");
let test: TestApp;
let bots: ChildProcess[] = [];
beforeEach(() => {
  test = createTestApp();
});
afterEach(() => {
  for (const bot of bots) if (bot.exitCode === null) bot.kill("SIGKILL");
  bots = [];
  test.close();
});

const env = () => ({ PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: test.databaseUrl, EXPORT_DIR: join(test.dir, "exports") });
const cli = (args: string[], extra: Record<string, string> = {}) =>
  spawnSync(process.execPath, ["--import", "tsx", "src/cli.ts", ...args], { cwd: ROOT, env: { ...env(), ...extra }, encoding: "utf8" });

/** The terminal chat as an operator starts it, with its input kept open: a running bot on the test's file. */
async function terminalBot(): Promise<ChildProcess> {
  const bot = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], { cwd: ROOT, env: env(), stdio: ["pipe", "ignore", "pipe"] });
  bots.push(bot);
  bot.stderr?.resume();
  for (let i = 0; i < 600 && lockHolder(test.databaseUrl)?.pid !== bot.pid; i++) await new Promise((r) => setTimeout(r, 50));
  expect(lockHolder(test.databaseUrl)?.pid).toBe(bot.pid);
  return bot;
}

describe("the database's lock", () => {
  it("cannot be taken or removed by a second process; restore under it refuses naming the bot; a plain write runs beside it", async () => {
    const backup = backupDatabase(test.app.db.$client, join(test.dir, "good.sqlite"));
    test.app.close();
    const bot = await terminalBot();

    // a second terminal chat on the same database: refused at once, naming the bot, and the bot keeps its lock
    const second = spawnSync(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: ROOT,
      env: env(),
      input: "/help\n",
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(second.status).not.toBe(0);
    expect(second.stderr).toContain(`pid ${bot.pid}`);
    expect(lockHolder(test.databaseUrl)?.pid).toBe(bot.pid);
    expect(existsSync(lockFileOf(test.databaseUrl))).toBe(true);

    const refused = cli(["restore", backup.path]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("Không khôi phục khi bot đang chạy");
    expect(refused.stderr).toContain(`pid ${bot.pid}`);
    // a role granted beside the running bot goes through SQLite like any other connection's write
    expect(cli(["grant", "Vũ Thị Lan", "leader"]).status).toBe(0);
    expect(lockHolder(test.databaseUrl)?.pid).toBe(bot.pid);

    // the files are the bot user's alone, whatever the umask (0022 here)
    for (const suffix of ["", "-wal", "-shm", "-lock"])
      if (existsSync(test.databaseUrl + suffix)) expect(statSync(test.databaseUrl + suffix).mode & 0o777, suffix).toBe(0o600);

    // killed outright, the bot lets go: the OS drops its lock; the file stays
    bot.kill("SIGKILL");
    await new Promise((r) => bot.once("exit", r));
    expect(lockHolder(test.databaseUrl)).toBeNull();
    expect(cli(["restore", backup.path]).stdout).toContain("Đã khôi phục");
    test = createTestApp({ dir: test.dir, seedDemo: false });
  }, 120_000);
});
