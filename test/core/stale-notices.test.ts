// A notice that goes stale is followed up: the unit head told that a pledge awaits confirmation is told when it is
// withdrawn before review, and is not told anything when a pledge already returned is withdrawn; when one of two
// unit heads confirms or returns a pledge, the other is told it no longer awaits them.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actAs, createTestApp, renderAll, say, type TestApp } from "../support/harness";

let test: TestApp;
beforeEach(() => {
  test = createTestApp();
});
afterEach(() => test.close());

async function pledgeAsLan() {
  const lan = actAs(test, "Vũ Thị Lan");
  await say(test, lan, "/pledge");
  await say(test, lan, "1");
  await say(test, lan, { action: "f:done" });
  await say(test, lan, "Hoàn thành xuất sắc nhiệm vụ.");
  await say(test, lan, { action: "f:ok" });
  return lan;
}

function recordNotices() {
  const told: Array<{ name: string; text: string }> = [];
  test.app.observeNotifications((personId, reply) =>
    told.push({ name: test.app.services.directory.getPerson(personId).fullName, text: renderAll(test, [reply], "vi") }),
  );
  return told;
}

describe("stale notices", () => {
  it("follow up the unit head's 'awaiting your confirmation' when the pledge is withdrawn", async () => {
    const told = recordNotices();
    const lan = await pledgeAsLan();
    expect(told.map((t) => t.name)).toEqual(["Hoàng Văn Long"]);
    expect(told[0]?.text).toContain("chờ bạn xác nhận");
    await say(test, lan, { action: "pledge:withdraw:1" });
    expect((await say(test, lan, { action: "pledge:withdrawok:1" })).text).toContain("Đã rút bản đăng ký số 1");
    expect(told).toHaveLength(2);
    expect(told[1]).toEqual({
      name: "Hoàng Văn Long",
      text: expect.stringContaining(
        "Vũ Thị Lan (Phòng Tổ chức, biên chế và Tổ chức phi chính phủ) đã rút bản đăng ký thi đua số 1. Thông báo chờ xác nhận trước đó không còn hiệu lực",
      ),
    });
    // and it has no button to review a pledge that is gone
    expect(told[1]?.text).not.toContain("[1]");
    expect(test.app.services.pledges.reviewQueue(test.app.services.directory.findOnePerson("Hoàng Văn Long"))).toEqual([]);
  });

  it("tell nobody when a pledge that awaited no one is withdrawn", async () => {
    const lan = await pledgeAsLan();
    const long = actAs(test, "Hoàng Văn Long");
    await say(test, long, { action: "review:back:1" });
    await say(test, long, "Cần ghi rõ chỉ tiêu.");
    await say(test, long, { action: "f:ok" });
    const told = recordNotices();
    await say(test, lan, { action: "pledge:withdraw:1" });
    await say(test, lan, { action: "pledge:withdrawok:1" });
    expect(told).toEqual([]);
  });

  it("tell the other unit head that a pledge one of them reviewed no longer awaits them", async () => {
    const anh = test.app.services.directory.findOnePerson("Bùi Đức Anh");
    test.app.services.directory.grant(null, anh.id, "unit_head");
    const told = recordNotices();
    await pledgeAsLan();
    expect(told.map((t) => t.name).sort()).toEqual(["Bùi Đức Anh", "Hoàng Văn Long"]);
    await say(test, actAs(test, "Hoàng Văn Long"), { action: "review:ok:1" });
    const after = told.slice(2);
    expect(after.find((t) => t.name === "Vũ Thị Lan")?.text).toContain("đã được Hoàng Văn Long xác nhận");
    expect(after.find((t) => t.name === "Bùi Đức Anh")?.text).toContain(
      "Bản đăng ký thi đua số 1 đã được Hoàng Văn Long xác nhận; bạn không cần xem nữa.",
    );
    expect(after.filter((t) => t.name === "Hoàng Văn Long")).toEqual([]);
  });
});
