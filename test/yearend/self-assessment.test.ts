// Closing the year, part one: the evaluation window, self-assessment against the pledge, the unit head's quality
// rating, and the secretary's roll-up; played through the real dispatcher on a real SQLite file.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DomainError } from "../../src/core/errors";
import { actAs, actions, createTestApp, say, type TestApp } from "../support/harness";

let test: TestApp;
beforeEach(() => {
  test = createTestApp();
});
afterEach(() => test.close());

const person = (name: string) => test.app.services.directory.findOnePerson(name);

async function pledgeAsLan() {
  const lan = actAs(test, "Vũ Thị Lan");
  await say(test, lan, "/pledge");
  await say(test, lan, "1");
  await say(test, lan, { action: "f:done" });
  await say(test, lan, "- Hoàn thành xuất sắc nhiệm vụ được giao\n- 01 sáng kiến cải tiến thủ tục");
  await say(test, lan, { action: "f:ok" });
  return lan;
}

async function openWindow(closes = "31/01/2026") {
  const son = actAs(test, "Trịnh Văn Sơn");
  await say(test, son, "/mokydanhgia");
  await say(test, son, "1");
  await say(test, son, "05/01/2026");
  await say(test, son, closes);
  return say(test, son, { action: "f:ok" });
}

describe("self-assessment", () => {
  it("opens the window, tells whoever pledged, and keeps each answer as it is given", async () => {
    const lan = await pledgeAsLan();
    const told: string[] = [];
    test.app.observeNotifications((id) => told.push(test.app.services.directory.getPerson(id).fullName));
    const set = await openWindow();
    expect(set.text).toContain("đã báo cho 1 người có đăng ký");
    expect(told).toEqual(["Vũ Thị Lan"]);

    const overview = await say(test, lan, "/tudanhgia");
    expect(overview.text).toContain("1. Hoàn thành xuất sắc nhiệm vụ được giao — chưa đánh giá");
    expect(overview.text).toContain("2. 01 sáng kiến cải tiến thủ tục — chưa đánh giá");

    const [item1, item2, achievements] = actions(overview.replies);
    await say(test, lan, { action: item1 as string });
    await say(test, lan, "1");
    await say(test, lan, "Vượt tiến độ quý IV");
    const afterFirst = await say(test, lan, { action: "f:ok" });
    expect(afterFirst.text).toContain("1. Hoàn thành xuất sắc nhiệm vụ được giao — Đạt; ghi chú: Vượt tiến độ quý IV");

    // a restart between two answers loses nothing
    test = test.restart();
    const lanAgain = actAs(test, "Vũ Thị Lan");
    await say(test, lanAgain, { action: item2 as string });
    await say(test, lanAgain, "2");
    await say(test, lanAgain, { action: "f:skip" });
    await say(test, lanAgain, { action: "f:ok" });
    await say(test, lanAgain, { action: achievements as string });
    await say(test, lanAgain, "Sáng kiến rút ngắn thời gian giải quyết hồ sơ còn 5 ngày.");
    const done = await say(test, lanAgain, { action: "f:ok" });
    expect(done.text).toContain("2. 01 sáng kiến cải tiến thủ tục — Đạt một phần");
    expect(done.text).toContain("Thành tích chủ yếu: Sáng kiến rút ngắn thời gian giải quyết hồ sơ còn 5 ngày.");
    expect(done.text).toContain("Đã đánh giá đủ các nội dung");

    const stored = test.app.db.$client.prepare("select items, achievements from self_assessments").all() as Array<{
      items: string;
      achievements: string;
    }>;
    expect(JSON.parse(stored[0]?.items ?? "[]")).toEqual([
      { commitment: "Hoàn thành xuất sắc nhiệm vụ được giao", result: "achieved", note: "Vượt tiến độ quý IV" },
      { commitment: "01 sáng kiến cải tiến thủ tục", result: "partly", note: "" },
    ]);
  });

  it("refuses changes after the window closes, and someone else's pledge at any time", async () => {
    const lan = await pledgeAsLan();
    await openWindow("10/01/2026");
    const pledgeId = test.app.services.pledges.mine(person("Vũ Thị Lan"))[0]?.id as number;
    // a forged button: Anh presses the item of Lan's pledge
    const anh = actAs(test, "Bùi Đức Anh");
    const forged = await say(test, anh, { action: `selfassess:item:${pledgeId}.0` });
    expect(forged.text).toContain("Bạn không có quyền");
    test.clock.set("2026-01-10T17:30:00Z"); // 00:30 on 11/01 in Hà Nội
    const late = await say(test, lan, "/tudanhgia");
    expect(late.text).toContain("Hiện không có kỳ tự đánh giá nào đang mở");
    expect(() => test.app.services.yearEnd.assessments.setItem(person("Vũ Thị Lan"), pledgeId, 0, "achieved", "")).toThrow(DomainError);
  });

  it("refuses a window that ends before it starts or has already ended", async () => {
    const son = actAs(test, "Trịnh Văn Sơn");
    const campaignId = test.app.services.campaigns.latestWithPledges()?.id as number;
    await expect(test.app.services.yearEnd.assessments.openWindow(person("Trịnh Văn Sơn"), campaignId, "2026-01-20", "2026-01-10")).rejects.toThrow(
      DomainError,
    );
    await expect(test.app.services.yearEnd.assessments.openWindow(person("Trịnh Văn Sơn"), campaignId, "2025-12-01", "2026-01-01")).rejects.toThrow(
      DomainError,
    );
    const staff = await say(test, actAs(test, "Vũ Thị Lan"), "/mokydanhgia");
    expect(staff.text).toContain("Bạn không có quyền");
    expect(son).toBeDefined();
  });
});

describe("quality ratings", () => {
  it("lets a unit head rate their own unit and refuses anyone outside it", async () => {
    const long = actAs(test, "Hoàng Văn Long");
    const asked = await say(test, long, "/xeploai");
    // the head himself is not offered: the Director rates unit heads
    expect(asked.text).not.toContain("Hoàng Văn Long");
    const years = await say(test, long, "2"); // sorted by given name: Bùi Đức Anh, Vũ Thị Lan
    expect(years.text).toContain("[1] 2026   [2] 2025");
    const categories = await say(test, long, "1");
    expect(categories.text).toContain("công chức, viên chức hay người lao động hợp đồng");
    const grades = await say(test, long, "1");
    // civil servants are rated by points from 2026 (Nghị định 335/2025, lead)
    expect(grades.text).toContain("Hoàn thành xuất sắc nhiệm vụ (từ 90 điểm)");
    await say(test, long, "1");
    const saved = await say(test, long, { action: "f:ok" });
    expect(saved.text).toContain("Đã ghi: Vũ Thị Lan (Công chức) — Hoàn thành xuất sắc nhiệm vụ (năm 2026)");
    expect(saved.text).toContain("Người có thẩm quyền xếp loại: Giám đốc Sở quyết định xếp loại công chức");
    expect(saved.text).toContain("Bot chỉ ghi kết quả đã được quyết định");

    expect(() => test.app.services.yearEnd.ratings.rate(person("Hoàng Văn Long"), person("Đỗ Minh Quân").id, 2026, "good")).toThrow(
      expect.objectContaining({ code: "rating-outside-unit" }),
    );
    expect(() => test.app.services.yearEnd.ratings.rate(person("Vũ Thị Lan"), person("Bùi Đức Anh").id, 2026, "good")).toThrow(DomainError);
  });

  it("shows the secretary how far each unit has got", async () => {
    await pledgeAsLan();
    await openWindow();
    test.app.services.yearEnd.ratings.rate(person("Hoàng Văn Long"), person("Vũ Thị Lan").id, 2023, "good");
    const son = actAs(test, "Trịnh Văn Sơn");
    const progress = await say(test, son, "/tongket");
    expect(progress.text).toContain(
      "Phòng Tổ chức, biên chế và Tổ chức phi chính phủ: 1/3 đăng ký, 0/1 tự đánh giá, 1/3 đã xếp loại, chưa bình xét, 0 người được đề nghị lên Hội đồng",
    );
    const reminded: string[] = [];
    test.app.observeNotifications((id) => reminded.push(test.app.services.directory.getPerson(id).fullName));
    const remind = await say(test, son, { action: actions(progress.replies)[0] as string });
    expect(remind.text).toContain("Đã nhắc 1 người chưa tự đánh giá");
    expect(reminded).toContain("Vũ Thị Lan");
    expect(reminded).toContain("Hoàng Văn Long");
  });
});
