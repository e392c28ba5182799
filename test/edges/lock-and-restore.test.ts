// The careless operator's and the second process's tests: a running bot's lock can be neither taken nor removed by
// another process (the terminal chat on the same file, which used to rewrite and then delete the old pid file);
// restore refuses under it, naming the process; a fake or newer backup is refused and the CLI stays usable; a dry
// run writes nothing, not even a key check; the files are the bot's user's alone.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backupDatabase } from "../../src/db/backup";
import { ballotKeyFile } from "../../src/db/keys";
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

describe("restore checks a backup against this build", () => {
  it("refuses a two-table fake and a backup from a newer schema, and the CLI still works after each", () => {
    const good = backupDatabase(test.app.db.$client, join(test.dir, "good.sqlite"));
    const fake = join(test.dir, "fake.sqlite");
    const f = new Database(fake);
    f.exec("create table __drizzle_migrations (id integer primary key, hash text not null, created_at numeric)");
    f.exec("create table people (id integer primary key, full_name text)");
    // the history of a real database, but only two tables
    const history = new Database(good.path, { readonly: true }).prepare("select hash, created_at from __drizzle_migrations").all() as Array<{
      hash: string;
      created_at: number;
    }>;
    for (const row of history) f.prepare("insert into __drizzle_migrations (hash, created_at) values (?, ?)").run(row.hash, row.created_at);
    f.close();
    const newer = join(test.dir, "newer.sqlite");
    copyFileSync(good.path, newer);
    const n = new Database(newer);
    n.exec("create table future_things (id integer primary key)");
    n.prepare("insert into __drizzle_migrations (hash, created_at) values (?, ?)").run("f".repeat(64), 4_102_444_800_000);
    n.close();
    test.app.close();
    const before = readFileSync(test.databaseUrl);

    const fakeRefused = cli(["restore", fake]);
    expect(fakeRefused.status).toBe(1);
    expect(fakeRefused.stderr).toMatch(/lacks the (table|column)/);
    const newerRefused = cli(["restore", newer]);
    expect(newerRefused.status).toBe(1);
    expect(newerRefused.stderr).toContain("newer or another version");
    expect(readFileSync(test.databaseUrl).equals(before)).toBe(true);

    // still usable: a command that writes, then restoring the good backup
    expect(cli(["grant", "Vũ Thị Lan", "leader"]).stdout).toContain("Vũ Thị Lan");
    const restored = cli(["restore", good.path]);
    expect(restored.stderr).toBe("");
    expect(restored.stdout).toContain("Đã khôi phục");
    test = createTestApp({ dir: test.dir, seedDemo: false });
    expect(test.app.services.directory.findOnePerson("Vũ Thị Lan").roles).not.toContain("leader");
  }, 120_000);
});

describe("a dry run", () => {
  it("writes nothing, not even the key's check value, from a shell without BALLOT_KEY", () => {
    const check = () => test.app.db.$client.prepare('select "check" from key_checks').pluck().get();
    const checkBefore = check();
    test.app.close();
    rmSync(ballotKeyFile(test.databaseUrl));
    const roster = join(test.dir, "roster.csv");
    writeFileSync(roster, "full_name,unit,roles\nLê Văn Mới,Phòng Thử nghiệm,staff\n");
    const files = () =>
      ["", "-wal", "-shm"].map((s) =>
        existsSync(test.databaseUrl + s)
          ? `${statSync(test.databaseUrl + s).mtimeMs}:${readFileSync(test.databaseUrl + s).toString("base64")}`
          : null,
      );
    const before = files();
    const run = cli(["import-staff", roster, "--dry-run"]);
    expect(run.stdout).toContain("Chạy thử (không lưu): sẽ có 1 người mới");
    expect(files()).toEqual(before);
    expect(existsSync(ballotKeyFile(test.databaseUrl))).toBe(false);
    const db = new Database(test.databaseUrl, { readonly: true });
    expect(db.prepare('select "check" from key_checks').pluck().get()).toBe(checkBefore);
    db.close();
    test = createTestApp({ dir: test.dir, seedDemo: false, config: { BALLOT_KEY: Buffer.alloc(32, 1).toString("base64") } });
  }, 60_000);
});
