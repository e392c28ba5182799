// The accident's view of import-awards: the process killed (kill -9) while it writes leaves the record as it was
// or whole, never half a file; the database stays sound; importing again completes it, and once more changes nothing.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeBigAwards } from "../support/big-awards";
import { importRoster, writeBigRoster } from "../support/big-roster";
import { createTestApp, type TestApp } from "../support/harness";

const PEOPLE = 3000;
let test: TestApp;
let rows = 0;
beforeEach(async () => {
  test = createTestApp();
  writeBigRoster(join(test.dir, "roster.csv"), PEOPLE);
  await importRoster(test.app, join(test.dir, "roster.csv"));
  rows = writeBigAwards(join(test.dir, "awards.csv"), PEOPLE, 15, 2025);
  test.app.close();
});
afterEach(() => test.close());

const env = () => ({ ...process.env, DATABASE_URL: test.databaseUrl, CLI_LANG: "vi" });

function entries(): number {
  test = test.restart();
  const n = (test.app.db.$client.prepare("select count(*) as n from achievement_records").get() as { n: number }).n;
  expect(test.app.db.$client.pragma("integrity_check", { simple: true })).toBe("ok");
  test.app.close();
  return n;
}

describe("import-awards killed while it writes", () => {
  it("leaves nothing or everything, and a second import completes it", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli.ts", "import-awards", join(test.dir, "awards.csv")], {
      env: env(),
      stdio: "ignore",
    });
    const wal = `${test.databaseUrl}-wal`;
    // the transaction's pages spill into the WAL as it writes: kill it then (or whenever it ends first)
    const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        if (child.exitCode !== null || (existsSync(wal) && statSync(wal).size > 4 * 1024 * 1024)) {
          clearInterval(timer);
          child.kill("SIGKILL");
          resolve();
        }
      }, 5);
    });
    await exited;
    const afterKill = entries();
    expect([0, rows]).toContain(afterKill);
    const again = spawnSync(process.execPath, ["--import", "tsx", "src/cli.ts", "import-awards", join(test.dir, "awards.csv")], {
      env: env(),
      encoding: "utf8",
    });
    expect(again.stderr).toBe("");
    expect(entries()).toBe(rows);
    const third = spawnSync(process.execPath, ["--import", "tsx", "src/cli.ts", "import-awards", join(test.dir, "awards.csv")], {
      env: env(),
      encoding: "utf8",
    });
    expect(third.stdout).toContain("Đã nhập hồ sơ thành tích: 0 mục mới, 0 mục cập nhật,");
    expect(entries()).toBe(rows);
  }, 120_000);
});
