// The CSV export, written as a stream: byte for byte what the one-shot writer produced before (a byte-order mark,
// then csv-stringify's quoting), with the formula guard on every text cell, for a table far larger than one chunk;
// and times written by the export's own formatter exactly as the rest of the bot shows them.
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import type { Table } from "../../src/core/ports";
import { createSpreadsheetExporter, guardCsvCell } from "../../src/exports/spreadsheet";
import { showTime, timeFormatter } from "../../src/kernel/dates";
import { actAs, createTestApp } from "../support/harness";

const exporter = createSpreadsheetExporter("Asia/Ho_Chi_Minh");
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString("utf8");

describe("the streamed CSV", () => {
  it("quotes, writes times as HH:mm dd/mm/yyyy in Hà Nội, leaves empty cells empty and guards formulas", async () => {
    const at = new Date("2026-01-05T02:00:00Z");
    const csv = await exporter.csv({
      sheetName: "Danh sách",
      headers: ["Mã", "Họ và tên", "Cam kết", "Cập nhật"],
      rows: [
        [1, "Nguyễn Văn An", 'Hoàn thành "xuất sắc", đúng hạn', at],
        [2, '=HYPERLINK("http://x.example")', "dòng một\ndòng hai", null],
        [-3, "@SUM(A1)", "+84 912", "-1"],
      ],
    });
    expect(text(csv)).toBe(
      [
        "\uFEFFMã,Họ và tên,Cam kết,Cập nhật",
        '1,Nguyễn Văn An,"Hoàn thành ""xuất sắc"", đúng hạn",09:00 05/01/2026',
        `2,"'=HYPERLINK(""http://x.example"")","dòng một\ndòng hai",`,
        "-3,'@SUM(A1),'+84 912,'-1",
        "",
      ].join("\n"),
    );
  });

  it("is byte for byte the one-shot output for 30,000 rows", async () => {
    const rows: Array<Array<string | number | null>> = Array.from({ length: 30_000 }, (_, i) => [
      i,
      `Đơn vị số ${i % 700}`,
      i % 97 === 0 ? `=CMD|' /C calc'!A${i}` : `Trần Thị Vy ${i}`,
      i % 5 === 0 ? null : `Cam kết, "số" ${i}`,
    ]);
    const table: Table = { sheetName: "x", headers: ["Mã", "Đơn vị", "Họ tên", "Cam kết"], rows };
    // what createSpreadsheetExporter's csv wrote before it streamed: the whole table through the sync API at once
    const before = `\uFEFF${stringify([table.headers, ...rows.map((r) => r.map((v) => guardCsvCell(v ?? "")))])}`;
    const csv = text(await exporter.csv(table));
    expect(csv).toBe(before);
    expect(csv).toContain("\n97,Đơn vị số 97,'=CMD|' /C calc'!A97,");
  });

  it("reaches the secretary's /export with a pledge typed as a formula shown as text", async () => {
    const test = createTestApp();
    try {
      const campaign = test.app.services.campaigns.latestWithPledges();
      const lan = test.app.services.directory.findOnePerson("Vũ Thị Lan");
      await test.app.services.pledges.create(lan, "person", {
        campaignId: campaign?.id ?? 0,
        awardCodes: ["LDTT"],
        commitments: '=HYPERLINK("http://x.example","bấm")',
      });
      const { replies } = await test.app.dispatcher.dispatch({ ...actAs(test, "Trịnh Văn Sơn"), text: "/export" });
      const file = replies.flatMap((r) => r.blocks ?? []).find((b) => b.type === "file" && b.fileName.endsWith(".csv"));
      const csv = file?.type === "file" ? text(file.data) : "";
      expect(csv.startsWith("\uFEFF")).toBe(true);
      expect(csv).toContain(`"'=HYPERLINK(""http://x.example"",""bấm"")"`);
      expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
    } finally {
      test.close();
    }
  });
});

describe("times in an export", () => {
  it.each(["Asia/Ho_Chi_Minh", "Europe/Paris", "America/St_Johns", "UTC"])(
    "read the same as everywhere else in %s (midnight, noon, both sides of a clock change)",
    (zone) => {
      const show = timeFormatter(zone);
      const instants = ["2026-01-04T17:00:00Z", "2026-03-29T00:59:00Z", "2026-03-29T01:00:00Z", "2026-10-25T00:30:00Z", "2026-12-31T23:59:59Z"];
      for (let hour = 0; hour < 48; hour++) instants.push(new Date(Date.UTC(2026, 6, 1, hour, 7)).toISOString());
      for (const iso of instants) expect(show(new Date(iso))).toBe(showTime(new Date(iso), zone));
    },
  );
});
