// The operator's import of quality ratings: every bad row reported by line, nothing saved until the file is clean,
// the same file twice changes nothing; run through the real CLI on a real SQLite file.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../support/harness";

let test: TestApp;
beforeEach(() => {
  test = createTestApp();
  test.app.close(); // the CLI opens the file itself
});
afterEach(() => test.close());

function importRatings(file: string) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "src/cli.ts", "import-ratings", file], {
    env: { ...process.env, DATABASE_URL: test.databaseUrl, CLI_LANG: "vi" },
    encoding: "utf8",
  });
  return { out: result.stdout, err: result.stderr, status: result.status };
}

function ratings(): Array<{ name: string; year: number; grade: string }> {
  const reopened = test.restart();
  test = reopened;
  const rows = test.app.db.$client
    .prepare("select p.full_name as name, r.year, r.grade from quality_ratings r join people p on p.id = r.person_id order by p.id")
    .all() as Array<{ name: string; year: number; grade: string }>;
  test.app.close();
  return rows;
}

describe("import-ratings", () => {
  it("reports every bad line and saves nothing, then imports a clean file once", () => {
    const bad = join(test.dir, "bad.csv");
    writeFileSync(
      bad,
      [
        "full_name,unit,year,rating",
        "Vũ Thị Lan,Phòng Không Tồn Tại,2023,Hoàn thành tốt nhiệm vụ",
        "Không Có Ai,,2023,good",
        "Bùi Đức Anh,,20x3,Hoàn thành xuất sắc",
        "Đỗ Minh Quân,,2023,xuất sắc lắm",
      ].join("\n"),
    );
    const refused = importRatings(bad);
    expect(refused.status).toBe(1);
    expect(refused.err).toContain("4 dòng có lỗi");
    expect(refused.err).toContain("Dòng 2: không có đơn vị «Phòng Không Tồn Tại»");
    expect(refused.err).toContain("Dòng 3: không tìm thấy «Không Có Ai»");
    expect(refused.err).toContain("Dòng 4: năm «20x3» không hợp lệ");
    expect(refused.err).toContain("Dòng 5: mức xếp loại «xuất sắc lắm» không hợp lệ");
    expect(ratings()).toEqual([]);

    const good = join(test.dir, "good.csv");
    writeFileSync(
      good,
      [
        "full_name;unit;year;rating",
        "Vũ Thị Lan;Phòng Tổ chức, biên chế và Tổ chức phi chính phủ;2023;Hoàn thành tốt nhiệm vụ",
        "bui duc anh;;2023;hoan thanh xuat sac nhiem vu",
        "Đỗ Minh Quân;;2023;not_completed",
      ].join("\n"),
    );
    expect(importRatings(good).out).toContain("3 mới, 0 thay đổi, 0 giữ nguyên");
    expect(importRatings(good).out).toContain("0 mới, 0 thay đổi, 3 giữ nguyên");
    expect(ratings()).toEqual([
      { name: "Đỗ Minh Quân", year: 2023, grade: "not_completed" },
      { name: "Vũ Thị Lan", year: 2023, grade: "good" },
      { name: "Bùi Đức Anh", year: 2023, grade: "excellent" },
    ]);
  });
});
