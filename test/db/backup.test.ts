// Backups taken while another connection keeps writing, restored into a new file with every row; and a restore
// refused while a bot (a real `npm start` process) holds the database.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { backupDatabase, backupWithRotation, checkDatabaseFile, restoreDatabase } from "../../src/db/backup";
import { ballotKeyFile } from "../../src/db/keys";
import { lockHolder } from "../../src/db/lock";
import { createMemoryLogger } from "../../src/logging/logger";
import { openSession, proposeAsSecretary, vote } from "../nominations/support";
import { actAs, createTestApp, type TestApp } from "../support/harness";

const ROOT = join(import.meta.dirname, "../..");
const require = createRequire(import.meta.url);
let test: TestApp;
beforeEach(() => {
  test = createTestApp();
});
afterEach(() => test.close());

/** A second connection that inserts audit rows as fast as it can until stopped, as a busy bot would. */
function startWriter(path: string) {
  const code = `
    const { workerData, parentPort } = require("node:worker_threads");
    const Database = require(workerData.module);
    const db = new Database(workerData.path);
    db.pragma("busy_timeout = 5000");
    const insert = db.prepare("insert into audit_log (at, action, entity, details) values (?, 'test.write', 'test', ?)");
    let stop = false, n = 0;
    parentPort.on("message", () => { stop = true; });
    (function loop() {
      for (let i = 0; i < 20; i++) insert.run(Date.now(), JSON.stringify({ n: n++, pad: "x".repeat(200) }));
      if (n === 20) parentPort.postMessage("writing");
      if (stop) { db.close(); parentPort.postMessage(n); } else setImmediate(loop);
    })();`;
  const worker = new Worker(code, { eval: true, workerData: { path, module: require.resolve("better-sqlite3") } });
  return {
    /** Resolves once its first rows are written. */
    writing: new Promise<void>((resolve) => worker.once("message", () => resolve())),
    stop: () =>
      new Promise<number>((resolve) => {
        worker.once("message", resolve);
        worker.postMessage("stop");
      }),
  };
}

const everyRow = (db: Database.Database, table: string) => db.prepare(`select * from "${table}" order by rowid`).all();

describe("backups", () => {
  it("takes consistent backups while writes go on, and restores one into a new file with every row", async () => {
    await proposeAsSecretary(test, "Vũ Thị Lan", "LDTT");
    await openSession(test, actAs(test, "Trịnh Văn Sơn"), [1]);
    // three ballots: fewer are never counted (MIN_BALLOTS_FOR_COUNTS)
    for (const [name, choice] of [
      ["Phạm Văn Hùng", "a"],
      ["Lê Thị Mai", "a"],
      ["Nguyễn Văn Tâm", "r"],
    ] as const)
      await vote(test, actAs(test, name), 1, { 1: choice });
    const writer = startWriter(test.databaseUrl);
    await writer.writing;
    const backups = [];
    for (let i = 0; i < 3; i++) {
      backups.push(backupDatabase(test.app.db.$client, join(test.dir, "backups", `b${i}.sqlite`)));
      await new Promise((r) => setImmediate(r));
    }
    const written = await writer.stop();
    expect(written).toBeGreaterThan(0);
    const source = test.app.db.$client;
    for (const backup of backups) {
      expect(statSync(backup.path).mode & 0o777).toBe(0o600);
      expect(existsSync(`${backup.path}-wal`)).toBe(false);
      // restored into a new file, the backup holds every row as it was: the tables nobody wrote to are equal,
      // and the busy table holds an unbroken prefix of the source's rows, each equal to the source's
      const target = join(test.dir, `restored-${backups.indexOf(backup)}`, "thidua.sqlite");
      const restored = restoreDatabase(backup.path, target);
      expect(restored.keptAside).toBeNull();
      expect(restored.tables).toEqual(backup.tables);
      const copy = new Database(target, { readonly: true });
      try {
        for (const table of Object.keys(backup.tables)) {
          const theirs = everyRow(copy, table);
          expect(theirs).toHaveLength(backup.tables[table] as number);
          if (table === "audit_log") expect(theirs).toEqual(everyRow(source, table).slice(0, theirs.length));
          else expect(theirs, table).toEqual(everyRow(source, table));
        }
      } finally {
        copy.close();
      }
    }
    expect(backups[0]?.tables.sealed_ballots).toBe(3);
    // the restored file runs as the bot's database with the original key (the key is not in the backup)
    const key = readFileSync(ballotKeyFile(test.databaseUrl), "utf8").trim();
    const target = join(test.dir, "restored-2", "thidua.sqlite");
    const { logger } = createMemoryLogger();
    const app = createApp({ config: { DATABASE_URL: target, DEFAULT_LOCALE: "vi", TIMEZONE: "Asia/Ho_Chi_Minh", BALLOT_KEY: key }, logger });
    try {
      const closed = await app.services.ballots.close(app.services.directory.findOnePerson("Trịnh Văn Sơn"), 1);
      expect(closed.items[0]).toMatchObject({ approve: 2, reject: 1, abstain: 0 });
    } finally {
      app.close();
    }
  });

  it("keeps the newest BACKUP_KEEP nightly backups", () => {
    const dir = join(test.dir, "nightly");
    for (let day = 1; day <= 5; day++) {
      backupWithRotation(test.app.db.$client, test.databaseUrl, dir, 3, new Date(`2026-01-0${day}T19:30:00Z`));
    }
    expect(readdirSync(dir).sort()).toEqual(["thidua-20260103-193000.sqlite", "thidua-20260104-193000.sqlite", "thidua-20260105-193000.sqlite"]);
  });

  it("refuses a file that is not a sound thidua-bot database, and changes nothing", () => {
    const junk = join(test.dir, "junk.sqlite");
    writeFileSync(junk, "not a database at all".repeat(100));
    expect(() => checkDatabaseFile(junk)).toThrow(/cannot be (opened|read) as a database/);
    test.app.close();
    const before = readFileSync(test.databaseUrl);
    expect(() => restoreDatabase(junk, test.databaseUrl)).toThrow(/cannot be (opened|read) as a database/);
    expect(readFileSync(test.databaseUrl).equals(before)).toBe(true);
    test = createTestApp({ dir: test.dir, seedDemo: false });
  });

  it("refuses to restore over a running bot, then restores once it has stopped, keeping the old file aside", async () => {
    const backup = backupDatabase(test.app.db.$client, join(test.dir, "before.sqlite"));
    test.app.close();
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: test.databaseUrl, EXPORT_DIR: join(test.dir, "exports") };
    // the terminal chat is a running bot too: it holds the database while its input stays open
    const bot = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], { cwd: ROOT, env, stdio: ["pipe", "pipe", "pipe"] });
    const exited = new Promise((resolve) => bot.once("exit", resolve));
    let said = "";
    bot.stderr.on("data", (c) => {
      said += c;
    });
    try {
      for (let i = 0; i < 300 && lockHolder(test.databaseUrl)?.pid !== bot.pid; i++) await new Promise((r) => setTimeout(r, 50));
      expect(lockHolder(test.databaseUrl)?.pid, said).toBe(bot.pid);
      const cli = (args: string[]) => spawnSync(process.execPath, ["--import", "tsx", "src/cli.ts", ...args], { cwd: ROOT, env, encoding: "utf8" });
      // an online backup while the bot runs: checked, and it says where it is
      const online = cli(["backup", join(test.dir, "online.sqlite")]);
      expect(online.status).toBe(0);
      expect(online.stdout).toContain(`Đã sao lưu vào ${join(test.dir, "online.sqlite")}`);
      expect(online.stdout).toContain("đã kiểm tra toàn vẹn");
      const refused = cli(["restore", backup.path]);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain("Không khôi phục khi bot đang chạy");
      expect(refused.stderr).toContain(`pid ${bot.pid}`);
      bot.stdin.end();
      await exited;
      // the OS let go of the lock with the process; the lock file stays (nothing ever deletes it)
      expect(lockHolder(test.databaseUrl)).toBeNull();
      const done = cli(["restore", backup.path]);
      expect(done.stderr).toBe("");
      expect(done.stdout).toContain("Đã khôi phục");
      expect(done.stdout).toContain("Cơ sở dữ liệu trước đó được giữ lại tại");
    } finally {
      if (bot.exitCode === null) bot.kill("SIGKILL");
    }
    test = createTestApp({ dir: test.dir, seedDemo: false });
    expect(test.app.services.directory.findOnePerson("Vũ Thị Lan").fullName).toBe("Vũ Thị Lan");
  }, 60_000);
});
