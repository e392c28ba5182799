// /missing tells returned pledges apart (issue 31): a returned pledge is "bị trả lại, chờ sửa", not "chờ xác nhận",
// in the text and in the chart's figures, and the secretary gets the list of who is missing as an Excel file, read
// back here with exceljs.
import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Block } from "../../src/kernel/reply";
import { actAs, actions, createTestApp, say, type TestApp } from "../support/harness";

let test: TestApp;
beforeEach(() => {
  test = createTestApp();
});
afterEach(() => test.close());

describe("/missing", () => {
  it("names returned pledges as such and offers the list of the missing as XLSX", async () => {
    const lan = actAs(test, "Vũ Thị Lan");
    for (const line of ["/pledge", "1, 4", "Hoàn thành nhiệm vụ", "1"]) await say(test, lan, line);
    await test.app.services.pledges.returnForChanges(test.app.services.directory.findOnePerson("Hoàng Văn Long"), 1, "Thiếu chỉ tiêu");
    const son = actAs(test, "Trịnh Văn Sơn");
    const shown = await say(test, son, "/missing");
    expect(shown.text).toContain(": bị trả lại, chờ sửa: Vũ Thị Lan");
    // the chart's summary counts her as pledged, and the chart has its own series for returned pledges
    const image = shown.replies.flatMap((r) => r.blocks).find((b): b is Extract<Block, { type: "image" }> => b.type === "image");
    expect(image).toBeDefined();

    const file = await say(test, son, { action: actions(shown.replies).find((a) => a.startsWith("missing:xlsx:")) as string });
    const block = file.replies.flatMap((r) => r.blocks).find((b): b is Extract<Block, { type: "file" }> => b.type === "file");
    expect(block?.fileName).toMatch(/^chua-dang-ky-.+\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(block?.data as Uint8Array) as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    workbook.worksheets[0]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual(["Đơn vị", "Họ và tên", "Thư điện tử", "Tình trạng"]);
    expect(rows).toContainEqual([expect.any(String), "Vũ Thị Lan", "lan.vt@snv.example", "Bị trả lại, chờ sửa"]);
    expect(rows).toContainEqual([expect.any(String), "Bùi Đức Anh", "anh.bd@snv.example", "Chưa đăng ký"]);
    expect(rows.filter((r) => r[1] === "Vũ Thị Lan")).toHaveLength(1);
  });

  it("gives the file only to those who oversee pledges", async () => {
    const lan = actAs(test, "Vũ Thị Lan");
    const campaign = test.app.services.campaigns.latestWithPledges() ?? test.app.services.campaigns.openForPledges()[0];
    const refused = await say(test, lan, { action: `missing:xlsx:${campaign?.id}` });
    expect(refused.replies.flatMap((r) => r.blocks).some((b) => b.type === "file")).toBe(false);
  });
});
