// /thongke: titles and forms per year, per unit and per level match a count made by hand on a fixture, with a chart
// and a spreadsheet whose rows add up to the same; only the secretary and leaders may ask.
import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actAs, createTestApp, say, type TestApp, TestClock } from "../support/harness";
import { CCHC, importPast, type PastRow, TO_CHUC } from "./support";

let test: TestApp;
const VP = "Văn phòng Sở";

// by hand: 2024 — LĐTT 3 (Lan, Anh, An), Giấy khen 1 (Quân), TTLĐTT 1 (Tổ chức) = 5; 2025 — LĐTT 2 (Lan, An),
// CSTĐCS 1 (Lan), Bằng khen 1 (Lan) = 4; 2023 (outside 2024–2025) — LĐTT 1.
// per unit over 2024–2025: Tổ chức 6 (Lan 4, Anh 1, the unit 1), CCHC 2, Văn phòng 1. Levels: Sở 8, tỉnh 1.
const FIXTURE: PastRow[] = [
  ["Vũ Thị Lan", TO_CHUC, 2023, "LĐTT", "9/QĐ-SNV", "15/12/2023"],
  ["Vũ Thị Lan", TO_CHUC, 2024, "LĐTT", "12/QĐ-SNV", "15/12/2024"],
  ["Bùi Đức Anh", TO_CHUC, 2024, "LĐTT", "12/QĐ-SNV", "15/12/2024"],
  ["Nguyễn Văn An", CCHC, 2024, "LĐTT", "12/QĐ-SNV", "15/12/2024"],
  ["Đỗ Minh Quân", VP, 2024, "Giấy khen", "14/QĐ-SNV", "20/06/2024"],
  ["", TO_CHUC, 2024, "TTLĐTT", "13/QĐ-SNV", "16/12/2024"],
  ["Vũ Thị Lan", TO_CHUC, 2025, "LĐTT", "7/QĐ-SNV", "10/12/2025"],
  ["Nguyễn Văn An", CCHC, 2025, "LĐTT", "7/QĐ-SNV", "10/12/2025"],
  ["Vũ Thị Lan", TO_CHUC, 2025, "CSTĐCS", "8/QĐ-SNV", "11/12/2025"],
  ["Vũ Thị Lan", TO_CHUC, 2025, "Bằng khen UBND tỉnh", "55/QĐ-UBND", "01/03/2026", "Chủ tịch UBND tỉnh"],
];

beforeEach(() => {
  test = createTestApp({ clock: new TestClock(new Date("2026-12-06T03:00:00Z")) });
  importPast(test, FIXTURE);
});
afterEach(() => test.close());

describe("/thongke", () => {
  it("counts per year, per level and per unit as a hand count does, with a chart and a spreadsheet", async () => {
    const hung = actAs(test, "Phạm Văn Hùng");
    const reply = await say(test, hung, "/thongke 2024-2025");
    expect(reply.text).toContain("Thống kê khen thưởng 2024–2025");
    expect(reply.text).toContain("Từ 2024 đến 2025: 9 lượt danh hiệu, hình thức khen thưởng, thuộc 3 đơn vị.");
    expect(reply.text).toContain("2024: 5 — Lao động tiên tiến 3, Giấy khen của Giám đốc Sở 1, Tập thể lao động tiên tiến 1");
    expect(reply.text).toContain("2025: 4 — Lao động tiên tiến 2, Bằng khen của Chủ tịch UBND tỉnh 1, Chiến sĩ thi đua cơ sở 1");
    expect(reply.text).toContain("cấp Sở: 8");
    expect(reply.text).toContain("cấp tỉnh: 1");
    expect(reply.text).toContain(
      `${TO_CHUC}: 6 — Lao động tiên tiến 3, Bằng khen của Chủ tịch UBND tỉnh 1, Chiến sĩ thi đua cơ sở 1, Tập thể lao động tiên tiến 1`,
    );
    expect(reply.text).toContain(`${CCHC}: 2 — Lao động tiên tiến 2`);
    expect(reply.text).toContain(`${VP}: 1 — Giấy khen của Giám đốc Sở 1`);
    const blocks = reply.replies.flatMap((r) => r.blocks);
    const image = blocks.find((b) => b.type === "image");
    expect(image?.type === "image" && (await image.picture.png(1)).byteLength > 1000).toBe(true);
    const file = blocks.find((b) => b.type === "file");
    if (file?.type !== "file") throw new Error("no spreadsheet");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.data) as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    workbook.worksheets[0]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual(["Năm", "Đơn vị", "Đối tượng", "Danh hiệu/Hình thức", "Cấp", "Số lượng"]);
    expect(rows.slice(1).reduce((sum, r) => sum + Number(r[5]), 0)).toBe(9);
    expect(rows.slice(1)).toContainEqual([2024, TO_CHUC, "Cá nhân", "Lao động tiên tiến", "cấp Sở", 2]);
  });

  it("leaves annulled and removed entries out", async () => {
    const son = test.app.services.directory.findOnePerson("Trịnh Văn Sơn");
    const entry = test.app.services.records.search(son, { awardCodes: ["BK_UBND"] })[0];
    test.app.services.records.corrections.correct(son, entry?.id ?? 0, "remove", "", "Nhập nhầm.");
    const reply = await say(test, actAs(test, "Trịnh Văn Sơn"), "/thongke 2025");
    expect(reply.text).toContain("2025: 3 — Lao động tiên tiến 2, Chiến sĩ thi đua cơ sở 1");
  });

  it("refuses staff and unit heads, and a span it cannot draw", async () => {
    expect((await say(test, actAs(test, "Vũ Thị Lan"), "/thongke")).text).toContain("Bạn không có quyền");
    expect((await say(test, actAs(test, "Hoàng Văn Long"), "/thongke")).text).toContain("Bạn không có quyền");
    expect((await say(test, actAs(test, "Trịnh Văn Sơn"), "/thongke 1900-2026")).text).toContain("Các năm thống kê");
  });
});
