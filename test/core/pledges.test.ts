// The pledge rules, played through the real dispatcher on a real SQLite file.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actAs, actions, createTestApp, say, type TestApp } from "../support/harness";

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
  await say(test, lan, "Hoàn thành xuất sắc nhiệm vụ; 01 sáng kiến.");
  const saved = await say(test, lan, { action: "f:ok" });
  return { lan, saved };
}

describe("pledges", () => {
  it("records a person's pledge and tells the unit head", async () => {
    const notified: string[] = [];
    test.app.observeNotifications((personId) => notified.push(test.app.services.directory.getPerson(personId).fullName));
    const { saved } = await pledgeAsLan();
    expect(saved.text).toContain("Đã ghi nhận bản đăng ký thi đua số 1");
    expect(saved.text).toContain("Lao động tiên tiến");
    expect(notified).toEqual(["Hoàng Văn Long"]);
    const stored = test.app.services.pledges.mine(test.app.services.directory.findOnePerson("Vũ Thị Lan"));
    expect(stored).toMatchObject([{ status: "submitted", awardCodes: ["LDTT"], commitments: "Hoàn thành xuất sắc nhiệm vụ; 01 sáng kiến." }]);
  });

  it("refuses a second pledge for the same campaign", async () => {
    const { lan } = await pledgeAsLan();
    const again = await say(test, lan, "/pledge");
    expect(again.text).toContain("Bạn đã đăng ký cho phong trào này (số 1)");
  });

  it("refuses pledges after the deadline, in the person's language", async () => {
    const lan = actAs(test, "Vũ Thị Lan");
    test.clock.advance(40 * 24 * 3600 * 1000);
    const reply = await say(test, lan, "/pledge");
    expect(reply.text).toMatch(/Hiện không có phong trào thi đua nào đang nhận đăng ký|Đã hết hạn đăng ký/);
    expect(test.app.services.pledges.mine(test.app.services.directory.findOnePerson("Vũ Thị Lan"))).toEqual([]);
  });

  it("lets only the unit head confirm, and an edit after confirmation needs confirming again", async () => {
    const { lan } = await pledgeAsLan();
    const anh = actAs(test, "Bùi Đức Anh");
    expect((await say(test, anh, "/review")).text).toContain("Bạn không có quyền");
    const thu = actAs(test, "Ngô Thị Thu");
    expect((await say(test, thu, { action: "review:open:1" })).text).toBe("Bạn không có quyền làm việc này.");
    const long = actAs(test, "Hoàng Văn Long");
    const queue = await say(test, long, "/review");
    expect(actions(queue.replies)).toContain("review:ok:1");
    expect((await say(test, long, { action: "review:ok:1" })).text).toContain("Đã xác nhận bản đăng ký số 1");
    await say(test, lan, { action: "pledge:edit:1" });
    const summary = await say(test, lan, { action: "f:ok" });
    expect(summary.text).toContain("Đã cập nhật bản đăng ký số 1");
    const person = test.app.services.directory.findOnePerson("Vũ Thị Lan");
    expect(test.app.services.pledges.mine(person)[0]?.status).toBe("submitted");
  });

  it("keeps a half-filled form across a restart", async () => {
    const lan = actAs(test, "Vũ Thị Lan");
    await say(test, lan, "/pledge");
    await say(test, lan, "1");
    await say(test, lan, { action: "f:done" });
    test = test.restart();
    // a commitment written after the restart is an answer in words: it counts (a bare number would be held back)
    const next = await say(test, lan, "Cam kết sau khi khởi động lại");
    expect(next.text).toContain("Kiểm tra lại trước khi lưu");
    expect(next.text).toContain("Cam kết sau khi khởi động lại");
  });
});

describe("unit pledges, returns and withdrawals", () => {
  it("lets a unit head pledge for the unit's collective title, which the missing list then shows", async () => {
    const long = actAs(test, "Hoàng Văn Long");
    const first = await say(test, long, "/unitpledge");
    expect(first.text).toContain("Đơn vị đăng ký phấn đấu đạt danh hiệu tập thể nào?");
    expect(first.text).toContain("Tập thể lao động tiên tiến");
    expect(first.text).not.toContain("Chiến sĩ thi đua cơ sở");
    await say(test, long, "1");
    await say(test, long, { action: "f:done" });
    await say(test, long, "Đơn vị hoàn thành 100% kế hoạch.");
    expect((await say(test, long, { action: "f:ok" })).text).toContain("Đã ghi nhận bản đăng ký thi đua số 1");
    // the unit's own pledge awaits the council's secretary or a leader, and says so, not a unit head
    const mine = (await say(test, long, "/mypledges")).text;
    expect(mine).toContain("Chờ Thư ký Hội đồng hoặc Lãnh đạo Sở xác nhận");
    expect(mine).not.toContain("Chờ trưởng đơn vị xác nhận");
    const son = actAs(test, "Trịnh Văn Sơn");
    const missing = await say(test, son, "/missing");
    expect(missing.text).toContain(
      "Phòng Tổ chức, biên chế và Tổ chức phi chính phủ: 0/3 người đã đăng ký. Còn thiếu: Bùi Đức Anh, Vũ Thị Lan, Hoàng Văn Long. Đăng ký tập thể: đã có",
    );
    // a staff member may not pledge for the unit
    expect((await say(test, actAs(test, "Bùi Đức Anh"), "/unitpledge")).text).toContain("Bạn không có quyền");
  });

  it("returns a pledge with a reason the person reads, and lets them withdraw it", async () => {
    const { lan } = await pledgeAsLan();
    const told: string[] = [];
    test.app.observeNotifications((_, reply) => told.push(JSON.stringify(reply)));
    const long = actAs(test, "Hoàng Văn Long");
    await say(test, long, { action: "review:back:1" });
    await say(test, long, "Cần ghi rõ chỉ tiêu <số lượng> & thời hạn.");
    const done = await say(test, long, { action: "f:ok" });
    expect(done.text).toContain("Đã trả lại bản đăng ký số 1");
    expect(told.join()).toContain("Cần ghi rõ chỉ tiêu <số lượng> & thời hạn.");
    const mine = await say(test, lan, "/mypledges");
    expect(mine.text).toContain("Lý do trả lại: Cần ghi rõ chỉ tiêu <số lượng> & thời hạn.");
    await say(test, lan, { action: "pledge:withdraw:1" });
    expect((await say(test, lan, { action: "pledge:withdrawok:1" })).text).toContain("Đã rút bản đăng ký số 1");
    // withdrawing frees the place: a new pledge can be made before the deadline
    expect((await say(test, lan, "/pledge")).text).toContain("Bạn đăng ký phấn đấu đạt danh hiệu nào?");
  });

  it("refuses an edit after the deadline, and anyone else's edit at any time", async () => {
    const { lan } = await pledgeAsLan();
    const anh = actAs(test, "Bùi Đức Anh");
    const snooping = await say(test, anh, { action: "pledge:edit:1" });
    expect(snooping.text).toBe("Bạn không có quyền làm việc này.");
    test.clock.advance(31 * 24 * 3600 * 1000);
    expect((await say(test, lan, { action: "pledge:edit:1" })).text).toContain("Đã hết hạn đăng ký thi đua");
  });
});
