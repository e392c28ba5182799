// Announcements on a schedule, driven by a controllable clock (no sleeps): a slot fires at its time, a slot missed
// while the bot was down is sent within the grace period and reported as missed beyond it, and the report adds up.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { createMemoryLogger } from "../../src/logging/logger";
import { actAs, createTestApp, say, type TestApp } from "../support/harness";

let test: TestApp;
beforeEach(() => {
  // 2026-01-05 is a Monday; 02:00 UTC is 09:00 in Hanoi
  test = createTestApp();
});
afterEach(() => test.close());

const hour = 3600_000;
const leader = () => test.app.services.directory.findOnePerson("Phạm Văn Hùng");
const runs = () =>
  test.app.db.$client.prepare("select status, slot_at from broadcast_runs order by id").all() as Array<{ status: string; slot_at: number }>;

function scheduleDaily(hourLocal: number) {
  return test.app.services.broadcasts.announce(leader(), {
    text: "Nhắc đăng ký thi đua trước hạn.",
    audience: { kind: "everyone" },
    repeat: { kind: "daily", hour: hourLocal, minute: 0 },
  });
}

describe("scheduled announcements", () => {
  it("fire at their time, once per slot, in Vietnam time", async () => {
    scheduleDaily(8);
    test.clock.set("2026-01-06T00:59:00Z"); // 07:59 in Hanoi
    expect(await test.app.services.broadcasts.tick(test.clock.now())).toEqual({ sent: 0, missed: 0 });
    test.clock.set("2026-01-06T01:00:00Z"); // 08:00
    expect(await test.app.services.broadcasts.tick(test.clock.now())).toEqual({ sent: 1, missed: 0 });
    expect(await test.app.services.broadcasts.tick(test.clock.now())).toEqual({ sent: 0, missed: 0 });
    expect(runs()).toEqual([{ status: "sending", slot_at: Date.parse("2026-01-06T01:00:00Z") }]);
    // every demo person has a console account: one delivery each
    const deliveries = test.app.db.$client.prepare("select count(*) as n from deliveries").get() as { n: number };
    expect(deliveries.n).toBe(20);
  });

  it("sends a slot missed while the bot was down when it is within the grace period", async () => {
    scheduleDaily(8);
    test.clock.set("2026-01-06T04:00:00Z"); // 11:00, three hours late
    expect(await test.app.services.broadcasts.tick(test.clock.now())).toEqual({ sent: 1, missed: 0 });
  });

  it("records a slot missed beyond the grace period, sends nothing, and tells the author", async () => {
    const told: string[] = [];
    test.app.observeNotifications((id, reply) =>
      told.push(`${test.app.services.directory.getPerson(id).fullName}:${reply.blocks[0]?.type === "paragraph" ? reply.blocks[0].text.key : ""}`),
    );
    scheduleDaily(8);
    test.clock.set("2026-01-06T08:00:00Z"); // 15:00, seven hours late
    expect(await test.app.services.broadcasts.tick(test.clock.now())).toEqual({ sent: 0, missed: 1 });
    expect(runs()).toEqual([{ status: "missed", slot_at: Date.parse("2026-01-06T01:00:00Z") }]);
    expect(told).toEqual(["Phạm Văn Hùng:schedule-missed"]);
    expect((test.app.db.$client.prepare("select count(*) as n from deliveries").get() as { n: number }).n).toBe(0);
    // the next day's slot is sent as usual
    test.clock.set("2026-01-07T01:00:00Z");
    expect(await test.app.services.broadcasts.tick(test.clock.now())).toEqual({ sent: 1, missed: 0 });
  });

  it("never sends twice for one slot, even from two processes ticking at once", async () => {
    scheduleDaily(8);
    // a second process on the same database file
    const second = createApp({
      config: { DATABASE_URL: test.databaseUrl, DEFAULT_LOCALE: "vi", TIMEZONE: "Asia/Ho_Chi_Minh" },
      logger: createMemoryLogger().logger,
      clock: test.clock,
    });
    try {
      test.clock.set("2026-01-06T01:00:00Z");
      const [a, b] = await Promise.all([test.app.services.broadcasts.tick(test.clock.now()), second.services.broadcasts.tick(test.clock.now())]);
      expect(a.sent + b.sent).toBe(1);
      expect(runs()).toHaveLength(1);
    } finally {
      second.close();
    }
  });

  it("shows repeating schedules in words and lets the author pause and resume them", async () => {
    const hung = actAs(test, "Phạm Văn Hùng");
    await say(test, hung, "/announce");
    await say(test, hung, "Giao ban thi đua đầu tuần.");
    await say(test, hung, "1");
    await say(test, hung, "4");
    await say(test, hung, "1");
    const summary = await say(test, hung, "08:00");
    // the preview dates a scheduled send by its slots, not by the minute it was written
    expect(summary.text).toContain("Người gửi: Phạm Văn Hùng (Lãnh đạo Sở), lúc gửi theo lịch");
    const done = await say(test, hung, { action: "f:ok" });
    expect(done.text).toContain("gửi thứ Hai hằng tuần lúc 08:00");
    expect((await say(test, hung, "/schedules")).text).toContain("Số 1: thứ Hai hằng tuần lúc 08:00 — đang chạy");
    await say(test, hung, { action: "schedules:pause:1" });
    test.clock.set("2026-01-12T01:00:00Z");
    expect(await test.app.services.broadcasts.tick(test.clock.now())).toEqual({ sent: 0, missed: 0 });
    await say(test, hung, { action: "schedules:resume:1" });
    test.clock.set("2026-01-19T01:00:00Z");
    expect(await test.app.services.broadcasts.tick(test.clock.now())).toEqual({ sent: 1, missed: 0 });
  });

  it("lets the author edit a schedule: its text, audience and time, without sending slots already past", async () => {
    const hung = actAs(test, "Phạm Văn Hùng");
    scheduleDaily(8);
    const form = await say(test, hung, { action: "schedules:edit:1" });
    // every answer is filled in: the form opens at its summary
    expect(form.text).toContain("Hằng ngày");
    expect(form.text).toContain("08:00");
    await say(test, hung, { action: "f:edit" });
    await say(test, hung, { action: "f:field:8" });
    await say(test, hung, "17:30");
    const saved = await say(test, hung, { action: "f:ok" });
    expect(saved.text).toContain("Đã sửa lịch số 1: gửi hằng ngày lúc 17:30");
    test.clock.set("2026-01-05T10:30:00Z"); // 17:30 the same day
    expect(await test.app.services.broadcasts.tick(test.clock.now())).toEqual({ sent: 1, missed: 0 });
    test.clock.set("2026-01-06T01:00:00Z"); // 08:00 the next day: no longer a slot
    expect(await test.app.services.broadcasts.tick(test.clock.now())).toEqual({ sent: 0, missed: 0 });
  });

  it("refuses a one-off in the past and an audience with nobody in it", async () => {
    const past = new Date(test.clock.now().getTime() - hour).toISOString();
    expect(() =>
      test.app.services.broadcasts.announce(leader(), { text: "x", audience: { kind: "everyone" }, repeat: { kind: "once", at: past } }),
    ).toThrow("schedule-in-past");
    expect(() => test.app.services.broadcasts.announce(leader(), { text: "x", audience: { kind: "chats" }, repeat: null })).toThrow("audience-empty");
    // staff may not announce
    const lan = actAs(test, "Vũ Thị Lan");
    expect((await say(test, lan, "/announce")).text).toBe(
      "Bạn không có quyền làm việc này: /announce dành cho Lãnh đạo Sở, Thư ký Hội đồng, Quản trị viên.",
    );
  });
});

describe("acknowledgements", () => {
  it("count only the recipient's own press, and feed the report and its reminder", async () => {
    const { announcementId } = test.app.services.broadcasts.announce(leader(), {
      text: "Phát động phong trào.",
      audience: { kind: "everyone" },
      repeat: null,
    });
    const lan = test.app.services.directory.findOnePerson("Vũ Thị Lan");
    const delivery = test.app.db.$client.prepare("select id, external_id from deliveries where person_id = ?").get(lan.id) as {
      id: number;
      external_id: string;
    };
    const asLan = { platform: "console" as const, userId: delivery.external_id, chatId: "dm", chatKind: "dm" as const };
    const someoneElse = { platform: "console" as const, userId: "demo-999", chatId: "dm2", chatKind: "dm" as const };
    expect((await say(test, someoneElse, { action: `news:ack:${delivery.id}` })).text).toContain("Không tìm thấy");
    expect((await say(test, asLan, { action: `news:ack:${delivery.id}` })).text).toContain("✓ Đã nắm lúc");
    const [run] = test.app.services.broadcasts.report(leader(), announcementId).runs;
    expect(run).toMatchObject({ total: 20, acknowledged: 1 });
    expect(run?.byUnit.reduce((n, u) => n + u.total, 0)).toBe(20);
    // nothing was sent in this test (no outbox running): reminding needs people who received it
    expect(() => test.app.services.broadcasts.remindUnacknowledged(leader(), run?.runId ?? 0)).toThrow("audience-empty");
  });
});
