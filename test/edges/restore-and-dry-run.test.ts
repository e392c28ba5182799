// The careless operator's tests, each through the real CLI: restore refuses a fake or newer backup and the CLI stays
// usable; a dry run writes nothing, not even a key check. (The second process's tests are in lock-and-restore.)
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backupDatabase } from "../../src/db/backup";
import { ballotKeyFile } from "../../src/db/keys";
import { createTestApp, type TestApp } from "../support/harness";

const ROOT = join(import.meta.dirname, "../..");
let test: TestApp;
beforeEach(() => {
  test = createTestApp();
});
afterEach(() => test.close());

const env = () => ({ PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: test.databaseUrl, EXPORT_DIR: join(test.dir, "exports") });
const cli = (args: string[], extra: Record<string, string> = {}) =>
  spawnSync(process.execPath, ["--import", "tsx", "src/cli.ts", ...args], { cwd: ROOT, env: { ...env(), ...extra }, encoding: "utf8" });

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
