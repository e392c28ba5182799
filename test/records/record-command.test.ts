// /hosothanhtich by role: a person sees their own record, a unit head the unit's people and the unit, the secretary
// and leaders anyone (and who held a title over some years), each with the spreadsheet; forged buttons are refused;
// the secretary corrects an entry with a reason, kept in the audit log and told to its holder.
import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Reply } from "../../src/kernel/reply";
import { actAs, createTestApp, say, type TestApp, TestClock } from "../support/harness";
import { CCHC, importPast, TO_CHUC } from "./support";

let test: TestApp;
beforeEach(() => {
  test = createTestApp({ clock: new TestClock(new Date("2026-12-06T03:00:00Z")) });
  importPast(test, [
    ["Vũ Thị Lan", TO_CHUC, 2022, "LĐTT", "10/QĐ-SNV", "15/12/2022", "Giám đốc Sở Nội vụ"],
    ["Vũ Thị Lan", TO_CHUC, 2023, "LĐTT", "11/QĐ-SNV", "15/12/2023", "Giám đốc Sở Nội vụ"],
    ["Vũ Thị Lan", TO_CHUC, 2024, "LĐTT", "12/QĐ-SNV", "15/12/2024", "Giám đốc Sở Nội vụ"],
    ["Vũ Thị Lan", TO_CHUC, 2024, "Hoàn thành xuất sắc nhiệm vụ", "", ""],
    ["Bùi Đức Anh", TO_CHUC, 2024, "LĐTT", "12/QĐ-SNV", "15/12/2024", "Giám đốc Sở Nội vụ"],
    ["Nguyễn Văn An", CCHC, 2023, "LĐTT", "11/QĐ-SNV", "15/12/2023", "Giám đốc Sở Nội vụ"],
    ["", TO_CHUC, 2024, "Tập thể lao động tiên tiến", "13/QĐ-SNV", "16/12/2024", "Giám đốc Sở Nội vụ"],
  ]);
});
afterEach(() => test.close());

const NOT_ALLOWED = "Bạn không có quyền";

async function sheetRows(replies: Reply[]): Promise<string[][]> {
  const file = replies.flatMap((r) => r.blocks).find((b) => b.type === "file");
  if (file?.type !== "file") throw new Error("no file in the reply");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.data) as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[0]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ""))));
  return rows;
}

describe("/hosothanhtich", () => {
  it("shows a person their own record with ratings, and nobody else's", async () => {
    const lan = actAs(test, "Vũ Thị Lan");
    const own = await say(test, lan, "/hosothanhtich");
    expect(own.text).toContain("Hồ sơ thành tích — Vũ Thị Lan (Phòng Tổ chức, biên chế và Tổ chức phi chính phủ)");
    expect(own.text).toContain("2024 — Lao động tiên tiến (cấp Sở) — QĐ số 12/QĐ-SNV ngày 15/12/2024, Giám đốc Sở Nội vụ");
    expect(own.text).toContain("Xếp loại chất lượng hằng năm: 2024: Hoàn thành xuất sắc nhiệm vụ");
    expect(own.text).not.toContain("mục #");
    expect((await say(test, lan, "/hosothanhtich Nguyễn Văn An")).text).toContain(NOT_ALLOWED);
    expect((await say(test, lan, "/hosothanhtich đơn vị")).text).toContain(NOT_ALLOWED);
    const an = test.app.services.directory.findOnePerson("Nguyễn Văn An");
    expect((await say(test, lan, { action: `record:excel:p${an.id}` })).text).toContain(NOT_ALLOWED);
    // her own spreadsheet, by the button
    const button = own.replies.flatMap((r) => r.buttons ?? []).flat()[0]?.action ?? "";
    const rows = await sheetRows((await say(test, lan, { action: button })).replies);
    expect(rows[0]).toEqual([
      "Họ tên",
      "Đơn vị",
      "Năm",
      "Danh hiệu/Hình thức",
      "Số quyết định",
      "Ngày quyết định",
      "Cơ quan ban hành",
      "Cấp",
      "Trạng thái",
      "Mã mục",
    ]);
    expect(rows.slice(1).map((r) => `${r[0]}|${r[2]}|${r[3]}|${r[4]}|${r[5]}`)).toEqual([
      "Vũ Thị Lan|2022|Lao động tiên tiến|10/QĐ-SNV|15/12/2022",
      "Vũ Thị Lan|2023|Lao động tiên tiến|11/QĐ-SNV|15/12/2023",
      "Vũ Thị Lan|2024|Lao động tiên tiến|12/QĐ-SNV|15/12/2024",
    ]);
  });

  it("shows a unit head the unit and its people, not another unit's", async () => {
    const long = actAs(test, "Hoàng Văn Long");
    const unit = await say(test, long, "/hosothanhtich đơn vị");
    expect(unit.text).toContain("Hồ sơ thành tích của tập thể Phòng Tổ chức, biên chế và Tổ chức phi chính phủ");
    expect(unit.text).toContain("2024 — Tập thể lao động tiên tiến (cấp Sở) — QĐ số 13/QĐ-SNV");
    expect(unit.text).toContain("Cá nhân trong đơn vị có khen thưởng (2)");
    expect(unit.text).toContain("Bùi Đức Anh: Lao động tiên tiến 2024");
    expect(unit.text).toContain("Vũ Thị Lan: Lao động tiên tiến 2022, 2023, 2024");
    expect((await say(test, long, "/hosothanhtich vu thi lan")).text).toContain("Hồ sơ thành tích — Vũ Thị Lan");
    expect((await say(test, long, "/hosothanhtich Nguyễn Văn An")).text).toContain(NOT_ALLOWED);
    expect((await say(test, long, `/hosothanhtich đơn vị ${CCHC}`)).text).toContain(NOT_ALLOWED);
  });

  it("lets the secretary and leaders read anyone and find who held a title over years, with the file", async () => {
    const hung = actAs(test, "Phạm Văn Hùng");
    expect((await say(test, hung, "/hosothanhtich Nguyễn Văn An")).text).toContain("2023 — Lao động tiên tiến");
    const search = await say(test, hung, "/hosothanhtich lao dong tien tien 2022-2024 excel");
    expect(search.text).toContain("Lao động tiên tiến, 2022–2024: 3 cá nhân, tập thể");
    expect(search.text).toContain("1 cá nhân, tập thể đạt đủ cả 3 năm.");
    const lines = search.text.split("\n").filter((l) => l.includes("): Lao động tiên tiến"));
    // most years first
    expect(lines[0]).toContain("Vũ Thị Lan (Phòng Tổ chức, biên chế và Tổ chức phi chính phủ): Lao động tiên tiến 2022, 2023, 2024");
    expect(lines).toHaveLength(3);
    expect((await sheetRows(search.replies)).length).toBe(1 + 5);
    expect((await say(test, hung, "/suahoso 1")).text).toContain(NOT_ALLOWED);
  });

  it("lets the secretary correct an entry with a reason: audited, shown, and told to its holder", async () => {
    const told: string[] = [];
    test.app.observeNotifications((id, reply) => told.push(`${test.app.services.directory.getPerson(id).fullName}: ${JSON.stringify(reply)}`));
    const son = actAs(test, "Trịnh Văn Sơn");
    const record = await say(test, son, "/hosothanhtich Vũ Thị Lan");
    const id = Number(/2023 — Lao động tiên tiến.*\[mục #(\d+)\]/.exec(record.text)?.[1]);
    expect(id).toBeGreaterThan(0);
    await say(test, son, `/suahoso ${id}`);
    await say(test, son, "3"); // decision number
    await say(test, son, "111/QĐ-SNV");
    await say(test, son, "Nhập nhầm số quyết định từ sổ cũ.");
    const done = await say(test, son, { action: "f:ok" });
    expect(done.text).toContain(`Đã sửa mục #${id} của hồ sơ thành tích`);
    expect(done.text).toContain("2023 — Lao động tiên tiến (cấp Sở) — QĐ số 111/QĐ-SNV ngày 15/12/2023");
    const audit = test.app.db.$client.prepare("select actor_person_id, action, details from audit_log where entity = 'achievement_record'").all();
    expect(audit).toEqual([
      {
        actor_person_id: test.app.services.directory.findOnePerson("Trịnh Văn Sơn").id,
        action: "record.corrected",
        details: JSON.stringify({ field: "decision_no", from: "11/QĐ-SNV", to: "111/QĐ-SNV", reason: "Nhập nhầm số quyết định từ sổ cũ." }),
      },
    ]);
    expect(told.some((t) => t.startsWith("Vũ Thị Lan:") && t.includes("Nhập nhầm số quyết định"))).toBe(true);
    // a reason is required, and a removed entry leaves the look-back and the person's view
    await say(test, son, `/suahoso ${id}`);
    await say(test, son, "6"); // remove
    await say(test, son, "Trùng với hồ sơ giấy đã hủy.");
    expect((await say(test, son, { action: "f:ok" })).text).toContain(`Đã gỡ mục #${id} khỏi hồ sơ thành tích`);
    const lan = actAs(test, "Vũ Thị Lan");
    expect((await say(test, lan, "/hosothanhtich")).text).not.toContain("2023 — Lao động tiên tiến");
    expect((await say(test, son, "/hosothanhtich Vũ Thị Lan")).text).toContain("đã gỡ khỏi hồ sơ: Trùng với hồ sơ giấy đã hủy.");
  });
});
