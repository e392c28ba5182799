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
    const next = await say(test, lan, "Cam kết sau khi khởi động lại");
    expect(next.text).toContain("Kiểm tra lại trước khi lưu");
    expect(next.text).toContain("Cam kết sau khi khởi động lại");
  });
});
