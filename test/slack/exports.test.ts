// The secretary's export on Slack: the spreadsheets arrive as files in the DM (files.uploadV2), never in a channel.
import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type SlackTest, startSlackTest } from "../support/slack-harness";

let s: SlackTest;
beforeEach(async () => {
  s = await startSlackTest();
  s.link("Trịnh Văn Sơn", "USON");
});
afterEach(async () => s.close());

describe("Slack exports", () => {
  it("uploads the pledge list as XLSX and CSV to the secretary's DM", async () => {
    const acked = await s.slackRequest.slashCommand({ user: "USON", text: "export" });
    expect(acked.status).toBe(200);
    await s.api.waitFor(() => [...s.api.uploads.values()].filter((u) => u.channel !== null).length === 2);
    const uploads = [...s.api.uploads.values()];
    expect(uploads.map((u) => u.filename).sort()).toEqual([
      expect.stringMatching(/^dang-ky-thi-dua-TD2023-.*\.csv$/),
      expect.stringMatching(/\.xlsx$/),
    ]);
    const dm = uploads[0]?.channel ?? "";
    expect(uploads.every((u) => u.channel === dm)).toBe(true);
    expect(dm.startsWith("C")).toBe(false);
    const xlsx = uploads.find((u) => u.filename.endsWith(".xlsx"));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx?.bytes as never);
    expect(workbook.worksheets[0]?.getRow(1).values).toContain("Danh hiệu đăng ký");
    expect(s.api.receivedText("USON")).toContain("Tệp đính kèm: dang-ky-thi-dua-TD2023");
  });
});
