// The terminal as people really use it, through `npm start` with lines piped in: a number typed out of habit after
// the list changed, and a form left half-filled when the program stopped, picked up in the next run.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const dir = mkdtempSync(join(tmpdir(), "thidua-habits-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runConsole(lines: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: ROOT,
    input: `${lines.join("\n")}\n`,
    encoding: "utf8",
    env: { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: join(dir, "thidua.sqlite"), EXPORT_DIR: join(dir, "exports") },
    timeout: 30_000,
  });
  return { ...result, stdout: result.stdout.normalize("NFC") };
}

const pledge = (name: string) => [`/as ${name}`, "/pledge", "1", "4", "Hoàn thành tốt nhiệm vụ được giao.", "1"];

describe("terminal habits", () => {
  it("refuses a number whose button went away instead of pressing the next pledge's", () => {
    const { stdout, status } = runConsole(["/demo", ...pledge("Vũ Thị Lan"), ...pledge("Bùi Đức Anh"), "/as Hoàng Văn Long", "/review", "1", "1"]);
    expect(status).toBe(0);
    // the newest first: "1" confirms no. 2; no. 1 keeps its numbers 3 and 4, so a second "1" presses nothing
    expect(stdout).toContain("Đã xác nhận bản đăng ký số 2.");
    expect(stdout).toContain("[3] Xác nhận số 1   [4] Trả lại số 1");
    expect(stdout).toContain("Số 1 không còn trên màn hình");
    expect(stdout).not.toContain("Đã xác nhận bản đăng ký số 1.");
  });

  it("shows a half-filled form first after a restart, and takes Done on the title ticked before", () => {
    const first = runConsole(["/as Nguyễn Văn An", "/pledge", "1"]);
    expect(first.stdout).toContain("✓ Lao động tiên tiến");
    const second = runConsole(["Xong", "4", "Cam kết sau khi khởi động lại.", "1"]);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain("Bạn đang điền dở biểu mẫu /pledge. Đây là bước đang chờ bạn:");
    expect(second.stdout).toContain("Đã ghi nhận bản đăng ký thi đua số 3.");
  });
});
