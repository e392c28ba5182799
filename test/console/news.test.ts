// In the terminal chat an announcement's "Đã nắm" can be pressed: typing the number under the announcement the
// operator received, or under each unacknowledged item of /news; the acknowledgement shows in /news afterwards.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runConsole as runConsoleIn } from "../support/console-process";

const dir = mkdtempSync(join(tmpdir(), "thidua-console-news-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const runConsole = (lines: string[]) => runConsoleIn(dir, lines);

describe("announcements in the terminal", () => {
  it("lets the operator press Đã nắm under an announcement and in /news, and shows it acknowledged", () => {
    const { stdout, status, stderr } = runConsole([
      "/demo",
      "/as Phạm Văn Hùng",
      "/announce",
      "Họp giao ban sáng thứ Hai.",
      "1", // everyone
      "1", // now
      "1", // confirm
      "1", // Đã nắm under the announcement Hùng himself received
      "/as Vũ Thị Lan",
      "/news",
      "1", // Đã nắm (số 1)
      "/tinmoi",
    ]);
    // on a fresh database the only log lines say where the generated ballot key file is, and which catalog entries are
    // due for checking on the real date (a rule set past its check-by day, days off the list only assumes)
    const catalogNotice = (line: string) => line.includes("check-by date") || line.includes("holidays.json assumes");
    expect(stderr.split("\n").filter((line) => line && !line.includes("ballot.key") && !catalogNotice(line))).toEqual([]);
    expect(status).toBe(0);
    expect(stdout).toContain("Đang gửi tới 20 người nhận");
    // the announcement pressed comes back in its new state: who sent it, and acknowledged, with no button
    const [hung, lan = ""] = stdout.split("> /as Vũ Thị Lan");
    expect(hung).toMatch(/Người gửi: Phạm Văn Hùng \(Lãnh đạo Sở\), lúc \d\d:\d\d \d\d\/\d\d\/\d{4}\n/);
    expect(hung).toMatch(/Họp giao ban sáng thứ Hai\.\n✓ Đã nắm lúc \d\d:\d\d \d\d\/\d\d\/\d{4}\. Cảm ơn bạn\./);
    expect(lan).toMatch(
      /Số 1, gửi lúc \d\d:\d\d \d\d\/\d\d\/\d{4} — chưa xác nhận «Đã nắm»\.\nHọp giao ban sáng thứ Hai\.\n\[1\] Đã nắm \(số 1\)\n> 1\n/,
    );
    expect(lan).toMatch(/> 1\n== Thông báo của lãnh đạo Sở ==\n[^\n]+\nHọp giao ban sáng thứ Hai\.\n✓ Đã nắm lúc/);
    expect(lan).toMatch(/> \/tinmoi\n.*\nSố 1, gửi lúc [^\n]+ — đã nắm lúc \d\d:\d\d \d\d\/\d\d\/\d{4}\./);
  });
});
