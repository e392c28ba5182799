// What a leader is told about announcements (issue 31): a one-off send still to come is "chờ gửi" in /schedules,
// the author is told when a scheduled send went out and with which /report number, and /announcements lists the
// past ones with their numbers, sender and figures.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { renderConsoleReply } from "../../src/adapters/console/render";
import { actAs, actions, createTestApp, say, type TestApp } from "../support/harness";

let test: TestApp;
beforeEach(() => {
  test = createTestApp();
});
afterEach(() => test.close());

const leader = () => test.app.services.directory.findOnePerson("Phạm Văn Hùng");

describe("announcements a leader can find again", () => {
  it("says chờ gửi for a one-off send, tells the author when it went out, and lists it with its number", async () => {
    const told: string[] = [];
    test.app.observeNotifications((id, reply) => {
      if (id === leader().id) told.push(renderConsoleReply(reply, "vi", test.app.services.translator).lines.join("\n"));
    });
    const hung = actAs(test, "Phạm Văn Hùng");
    test.app.services.broadcasts.announce(leader(), { text: "Họp giao ban sáng thứ Hai.", audience: { kind: "everyone" }, repeat: null });
    const { announcementId } = test.app.services.broadcasts.announce(leader(), {
      text: "Nộp báo cáo thi đua quý trước thứ Sáu.",
      audience: { kind: "everyone" },
      repeat: { kind: "once", at: "2026-01-06T01:00:00.000Z" },
    });
    expect((await say(test, hung, "/schedules")).text).toContain("— chờ gửi —");

    test.clock.set("2026-01-06T01:00:00Z");
    await test.app.services.broadcasts.tick(test.clock.now());
    expect(told.join("\n")).toContain(
      `Lịch gửi số 1 đã gửi lúc 08:00 06/01/2026 tới 20 người nhận. Xem ai đã nhận, đã nắm: /report ${announcementId}.`,
    );
    // once sent it leaves /schedules, and /announcements still has it, newest first
    expect((await say(test, hung, "/schedules")).text).not.toContain("Nộp báo cáo");
    const listed = await say(test, hung, "/announcements");
    const list = listed.text;
    expect(list).toContain("2 thông báo gửi gần nhất (mới nhất trước):");
    expect(list).toMatch(
      new RegExp(
        `Số ${announcementId}, gửi lúc 08:00 06/01/2026, người gửi Phạm Văn Hùng: «Nộp báo cáo thi đua quý trước thứ Sáu\\.» — 0/20 người đã nhận, 0 đã nắm`,
      ),
    );
    expect(list.indexOf(`Số ${announcementId},`)).toBeLessThan(list.indexOf("Họp giao ban"));
    expect(list).toContain(`[1] Báo cáo số ${announcementId}`);
    expect((await say(test, hung, { action: actions(listed.replies)[0] as string })).text).toContain(`Báo cáo thông báo số ${announcementId}`);
  });

  it("is for those who announce only", async () => {
    expect((await say(test, actAs(test, "Vũ Thị Lan"), "/announcements")).text).not.toContain("thông báo gửi gần nhất");
  });
});
