// The operator's import of past decisions (npm run cli -- import-awards): every bad row reported by its line and
// nothing saved, a clean file (Vietnamese headers, unaccented spellings, XLSX) saved once, the same file again
// changing nothing, --dry-run saving nothing; run through the real CLI on a real SQLite file.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../support/harness";

let test: TestApp;
beforeEach(() => {
  test = createTestApp({ clock: undefined });
  test.app.close(); // the CLI opens the file itself
});
afterEach(() => test.close());

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "src/cli.ts", ...args], {
    env: { ...process.env, DATABASE_URL: test.databaseUrl, CLI_LANG: "vi" },
    encoding: "utf8",
  });
  return { out: result.stdout.normalize("NFC"), err: result.stderr.normalize("NFC"), status: result.status };
}

/** What the record holds, read on a fresh connection: "who|award|year|number|date|level|source". */
function stored(): string[] {
  test = test.restart();
  const rows = test.app.db.$client
    .prepare(
      `select coalesce(p.full_name, u.name) as who, r.award_code as award, r.year, r.decision_no as no, r.decision_date as date, r.level, r.source
       from achievement_records r join units u on u.id = r.unit_id left join people p on p.id = r.person_id order by r.id`,
    )
    .all() as Array<Record<string, string | number>>;
  test.app.close();
  return rows.map((r) => [r.who, r.award, r.year, r.no, r.date, r.level, r.source].join("|"));
}

const ratings = () => {
  test = test.restart();
  const rows = test.app.db.$client.prepare("select person_id, year, grade, source from quality_ratings").all();
  test.app.close();
  return rows;
};

describe("import-awards", () => {
  it("reports every bad line with its reason and saves nothing", () => {
    const file = join(test.dir, "bad.csv");
    writeFileSync(
      file,
      [
        "full_name,unit,year,award,decision_no,decision_date,issuer",
        "Vũ Thị Lan,Phòng Tổ chức biên chế,2024,LĐTT,12/QĐ-SNV,15/12/2024,Giám đốc Sở Nội vụ",
        'Vũ Thị Lan,"Phòng Tổ chức, biên chế và Tổ chức phi chính phủ",2024,Lao động tiên tiến,12/QĐ-SNV,15/12/2024,Giám đốc Sở',
        "Vũ Thị Lan,Văn phòng Sở,2024,LĐTT,12/QĐ-SNV,15/12/2024,",
        'Vũ Thị Lan,"Phòng Tổ chức, biên chế và Tổ chức phi chính phủ",2024,Chiến sĩ thi đua xuất chúng,13/QĐ-SNV,15/12/2024,',
        ",Phòng Cải cách hành chính,2023,Lao động tiên tiến,14/QĐ-SNV,31/02/2024,",
        "Nguyễn Văn An,Phòng Cải cách hành chính,2031,CSTĐCS,,,",
        'Vũ Thị Lan,"Phòng Tổ chức, biên chế và Tổ chức phi chính phủ",2024,lao dong tien tien,12/QĐ-SNV,15/12/2024,',
        "Nguyễn Văn An,Phòng Cải cách hành chính,2024,CSTĐCS,15/QĐ-SNV,20/12/2023,",
      ].join("\n"),
    );
    const { err, status } = cli("import-awards", file);
    expect(status).toBe(1);
    expect(err).toContain("Không nhập tệp");
    expect(err).toContain("Chưa có gì được lưu");
    const lines = err.split("\n").filter((l) => l.includes("Dòng"));
    expect(lines).toEqual([
      expect.stringContaining(
        "Dòng 2: không có đơn vị «Phòng Tổ chức biên chế» trong danh sách (gần nhất: Phòng Tổ chức, biên chế và Tổ chức phi chính phủ)",
      ),
      expect.stringContaining(
        "Dòng 4: không có ai tên «Vũ Thị Lan» ở Văn phòng Sở; người cùng tên đang thuộc: Phòng Tổ chức, biên chế và Tổ chức phi chính phủ.",
      ),
      expect.stringContaining("Dòng 5: không nhận ra danh hiệu/hình thức «Chiến sĩ thi đua xuất chúng» (gần nhất: Chiến sĩ thi đua "),
      expect.stringContaining("Dòng 6: «Lao động tiên tiến» là khen thưởng cho cá nhân, mà dòng này không có họ tên"),
      expect.stringContaining("Dòng 6: ngày quyết định «31/02/2024» không hợp lệ"),
      expect.stringContaining("Dòng 7: năm «2031» không hợp lệ (từ 1945 đến 2026)"),
      expect.stringContaining("Dòng 7: cột «decision_no» đang trống"),
      expect.stringContaining("Dòng 7: cột «decision_date» đang trống"),
      expect.stringContaining("Dòng 8: trùng với dòng 3"),
      expect.stringContaining("Dòng 9: ngày quyết định 20/12/2023 trước năm 2024 mà nó khen thưởng"),
    ]);
    expect(stored()).toEqual([]);
  });

  it("imports a clean XLSX with Vietnamese headers once; the same file again changes nothing; a dry run saves nothing", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Hồ sơ");
    sheet.addRow(["STT", "Họ tên", "Đơn vị", "Năm", "Danh hiệu/Hình thức", "Số quyết định", "Ngày quyết định", "Cơ quan ban hành"]);
    const unit = "Phòng Tổ chức, biên chế và Tổ chức phi chính phủ";
    sheet.addRow([1, "Vũ Thị Lan", unit, 2024, "chien si thi dua co so", "21/QĐ-SNV", new Date(Date.UTC(2025, 0, 10)), "Giám đốc Sở Nội vụ"]);
    sheet.addRow([
      2,
      "vu thi lan",
      "phong to chuc, bien che va to chuc phi chinh phu",
      2025,
      "CSTĐCS",
      "5/QĐ-SNV",
      "12/01/2026",
      "Giám đốc Sở Nội vụ",
    ]);
    sheet.addRow([3, "Vũ Thị Lan", unit, 2025, "Bằng khen của Chủ tịch UBND tỉnh", "300/QĐ-UBND", "2026-03-02", "Chủ tịch UBND tỉnh"]);
    sheet.addRow([4, "", unit, 2025, "Tập thể lao động xuất sắc", "301/QĐ-UBND", "02/03/2026", "Chủ tịch UBND tỉnh"]);
    sheet.addRow([5, "", unit, 2022, "Huân chương Lao động hạng Ba", "1234/QĐ-CTN", "01/09/2022", "Chủ tịch nước"]);
    sheet.addRow([6, "Vũ Thị Lan", unit, 2025, "Hoàn thành xuất sắc nhiệm vụ", "", "", ""]);
    const file = join(test.dir, "ho-so.xlsx");
    await workbook.xlsx.writeFile(file);

    const dry = cli("import-awards", file, "--dry-run");
    expect(dry.err).toBe("");
    expect(dry.out).toContain("Chạy thử (không lưu): sẽ có 5 mục mới, 0 mục cập nhật, 0 mục không đổi; xếp loại: 1 mới");
    expect(stored()).toEqual([]);
    expect(ratings()).toEqual([]);

    const first = cli("import-awards", file);
    expect(first.err).toBe("");
    expect(first.out).toContain("Đã nhập hồ sơ thành tích: 5 mục mới, 0 mục cập nhật, 0 mục không đổi; xếp loại: 1 mới, 0 thay đổi, 0 không đổi.");
    const afterFirst = stored();
    expect(afterFirst).toEqual([
      "Vũ Thị Lan|CSTDCS|2024|21/QĐ-SNV|2025-01-10|so|import",
      "Vũ Thị Lan|CSTDCS|2025|5/QĐ-SNV|2026-01-12|so|import",
      "Vũ Thị Lan|BK_UBND|2025|300/QĐ-UBND|2026-03-02|province|import",
      `${unit}|TTLDXS|2025|301/QĐ-UBND|2026-03-02|province|import`,
      `${unit}|HCLD3|2022|1234/QĐ-CTN|2022-09-01|central|import`,
    ]);
    expect(ratings()).toEqual([expect.objectContaining({ year: 2025, grade: "excellent", source: "import" })]);

    const again = cli("import-awards", file);
    expect(again.out).toContain("0 mục mới, 0 mục cập nhật, 5 mục không đổi; xếp loại: 0 mới, 0 thay đổi, 1 không đổi.");
    expect(stored()).toEqual(afterFirst);
  });

  it("names a file it cannot read instead of failing", () => {
    const { err, status } = cli("import-awards", join(test.dir, "missing.xlsx"));
    expect(status).toBe(1);
    expect(err).toContain("Không đọc được tệp");
  });

  it.each(["mau-ho-so-thanh-tich.xlsx", "mau-ho-so-thanh-tich.csv"])("imports the template docs/examples/%s into the demo organisation", (name) => {
    const { out, err } = cli("import-awards", join(import.meta.dirname, "../../docs/examples", name));
    expect(err).toBe("");
    expect(out).toContain("Đã nhập hồ sơ thành tích: 4 mục mới, 0 mục cập nhật, 0 mục không đổi; xếp loại: 1 mới");
  });
});
