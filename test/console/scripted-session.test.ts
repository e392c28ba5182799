// The terminal chat as a new user would script it: `npm start` with lines piped in, on a fresh database file.
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { runConsole as runConsoleIn } from "../support/console-process";

const dir = mkdtempSync(join(tmpdir(), "thidua-console-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const runConsole = (lines: string[]) => runConsoleIn(dir, lines);

describe("console chat", () => {
  it("takes a staff member through a pledge, the unit head through confirming it, and the secretary through the missing list and an export", () => {
    const { stdout, status, stderr } = runConsole([
      "/demo",
      "/as Vũ Thị Lan",
      "/pledge",
      "1",
      "4",
      "Hoàn thành xuất sắc nhiệm vụ năm 2023; 01 sáng kiến.",
      "1",
      "/as Hoàng Văn Long",
      "/review",
      "1",
      "/as Trịnh Văn Sơn",
      "/missing",
      "/export",
    ]);
    // on a fresh database the only log line says where the generated ballot key file is, beside the catalog's notices
    // due on the real date (a rule set past its check-by day, days off the list only assumes)
    const logged = stderr.split("\n").filter((line) => line && !line.includes("check-by date") && !line.includes("holidays.json assumes"));
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain("ballot.key");
    expect(status).toBe(0);
    expect(stdout).toContain("cơ sở dữ liệu còn trống");
    expect(stdout).toContain("Đã ghi nhận bản đăng ký thi đua số 1.");
    expect(stdout).toContain(
      "Gửi tới Hoàng Văn Long: Vũ Thị Lan (Phòng Tổ chức, biên chế và Tổ chức phi chính phủ) vừa gửi bản đăng ký thi đua số 1",
    );
    expect(stdout).toContain("Đã xác nhận bản đăng ký số 1.");
    expect(stdout).toContain("Gửi tới Vũ Thị Lan: Bản đăng ký thi đua số 1 của bạn đã được Hoàng Văn Long xác nhận.");
    expect(stdout).toContain("Phòng Tổ chức, biên chế và Tổ chức phi chính phủ: 1/3 người đã đăng ký. Còn thiếu: Bùi Đức Anh, Hoàng Văn Long.");
    expect(stdout).toMatch(/Đã lưu tệp: .*dang-ky-thi-dua-TD2023-.*\.xlsx/);
    expect(readdirSync(join(dir, "exports")).sort()).toEqual(
      expect.arrayContaining([expect.stringMatching(/\.csv$/), expect.stringMatching(/\.xlsx$/)]),
    );
  });

  it("continues on the same database in English, and the export reads back with English headers", async () => {
    const { stdout, status } = runConsole(["/as Trịnh Văn Sơn", "/lang", "2", "/missing", "/pledeg", "/export", "/as Bùi Đức Anh", "/mypledges"]);
    expect(status).toBe(0);
    expect(stdout).toContain("Switched to English.");
    expect(stdout).toContain("Not yet pledged");
    expect(stdout).toContain("Did you mean: /pledge");
    // the language is each person's own: the next person still reads Vietnamese
    expect(stdout).toContain("Bạn chưa có bản đăng ký thi đua nào.");
    const xlsx = readdirSync(join(dir, "exports")).filter((f) => f.endsWith(".xlsx"));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, "exports", xlsx[0] ?? ""));
    const header = workbook.worksheets[0]?.getRow(1).values as unknown[];
    expect(header).toContain("Titles pledged");
    const row = workbook.worksheets[0]?.getRow(2).values as unknown[];
    expect(row).toContain("Vũ Thị Lan");
    expect(row).toContain("Confirmed");
    expect(existsSync(join(dir, "thidua.sqlite"))).toBe(true);
  });
});
