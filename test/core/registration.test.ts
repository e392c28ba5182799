// Self-registration: a stranger gives name and unit, stays pending, and the unit head approves.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actAs, createTestApp, say, type TestApp } from "../support/harness";

let test: TestApp;
beforeEach(() => {
  test = createTestApp();
});
afterEach(() => test.close());

const stranger = { platform: "console" as const, userId: "new-1", chatId: "dm-new-1", chatKind: "dm" as const };

describe("self-registration", () => {
  it("keeps a newcomer pending until the unit head approves, then lets them pledge", async () => {
    const notified: string[] = [];
    test.app.observeNotifications((id) => notified.push(test.app.services.directory.getPerson(id).fullName));
    await say(test, stranger, "/register");
    await say(test, stranger, "  Đinh   Thị Mơ ".normalize("NFD"));
    const units = await say(test, stranger, "Cải cách");
    expect(units.text).toContain("Kiểm tra lại trước khi lưu");
    expect(units.text).toContain("Phòng Cải cách hành chính");
    const pendingReply = await say(test, stranger, { action: "f:ok" });
    expect(pendingReply.text).toContain("Đã gửi đăng ký: Đinh Thị Mơ, Phòng Cải cách hành chính.");
    expect(notified.sort()).toEqual(["Ngô Thị Thu", "Trần Thị Hoa"]);

    expect((await say(test, stranger, "/pledge")).text).toContain("đang chờ duyệt");
    // a head of another unit cannot decide it
    const mo = test.app.services.directory.findOnePerson("Đinh Thị Mơ");
    expect((await say(test, actAs(test, "Hoàng Văn Long"), { action: `approve:yes:${mo.id}` })).text).toBe("Bạn không có quyền làm việc này.");

    const thu = actAs(test, "Ngô Thị Thu");
    expect((await say(test, thu, "/approve")).text).toContain(`#${mo.id} Đinh Thị Mơ — Phòng Cải cách hành chính`);
    expect((await say(test, thu, { action: `approve:yes:${mo.id}` })).text).toContain("Đã duyệt Đinh Thị Mơ");
    expect((await say(test, stranger, "/pledge")).text).toContain("Bạn đăng ký phấn đấu đạt danh hiệu nào?");
  });

  it("refuses a second registration from the same account", async () => {
    await say(test, stranger, "/register");
    await say(test, stranger, "Đinh Thị Mơ");
    await say(test, stranger, "Văn phòng Sở");
    await say(test, stranger, { action: "f:ok" });
    expect((await say(test, stranger, "/register")).text).toContain("đang chờ duyệt");
  });
});
