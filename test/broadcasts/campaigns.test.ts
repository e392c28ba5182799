// Campaigns launched and edited in chat, the 2023 plan's campaigns in the demo, and the pledge-season reminders.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actAs, createTestApp, say, type TestApp } from "../support/harness";

let test: TestApp;
beforeEach(() => {
  test = createTestApp();
});
afterEach(() => test.close());

describe("campaigns", () => {
  it("lists the plan's campaigns, including the 75th anniversary of the Call for Patriotic Emulation", async () => {
    const lan = actAs(test, "Vũ Thị Lan");
    const list = await say(test, lan, "/campaigns");
    expect(list.text).toContain("Lời kêu gọi Thi đua ái quốc (11/6/1948 – 11/6/2023)");
    expect(list.text).toContain("TD2023 — Phong trào thi đua thực hiện thắng lợi nhiệm vụ năm 2023");
    expect(list.replies[0]?.buttons).toEqual([]);
  });

  it("lets the secretary launch a campaign with a pledge deadline, which then takes pledges", async () => {
    const son = actAs(test, "Trịnh Văn Sơn");
    await say(test, son, "/campaign");
    await say(test, son, "Thi đua chuyển đổi số năm 2026");
    await say(test, son, { action: "f:skip" });
    await say(test, son, "2");
    await say(test, son, "01/01/2026");
    await say(test, son, "31/12/2026");
    await say(test, son, "20/01/2026");
    await say(test, son, "1");
    await say(test, son, { action: "f:done" });
    const launched = await say(test, son, { action: "f:ok" });
    expect(launched.text).toContain("Đã phát động phong trào «Thi đua chuyển đổi số năm 2026» (mã PT2026-1)");
    const campaign = test.app.services.campaigns.byCode("PT2026-1");
    expect(campaign?.awardCodes).toEqual(["LDTT"]);
    // the deadline is the end of the 20th in Hanoi
    expect(campaign?.pledgeDeadline?.toISOString()).toBe("2026-01-20T16:59:59.999Z");
    // with two campaigns open, a pledge asks which
    expect((await say(test, actAs(test, "Vũ Thị Lan"), "/pledge")).text).toContain("Bạn đăng ký cho phong trào thi đua nào?");
  });

  it("refuses an end before the start, and staff launching campaigns", async () => {
    const son = actAs(test, "Trịnh Văn Sơn");
    await say(test, son, "/campaign");
    for (const answer of ["Phong trào thử", "", "1", "10/03/2026"]) await say(test, son, answer === "" ? { action: "f:skip" } : answer);
    // refused as the end is typed, with the start it must follow, and asked again
    const refused = await say(test, son, "01/03/2026");
    expect(refused.text).toContain("«Ngày kết thúc» phải từ ngày bắt đầu (10/03/2026) trở đi.");
    expect(refused.text).toContain("(5) ");
    expect((await say(test, actAs(test, "Vũ Thị Lan"), "/campaign")).text).toBe(
      "Bạn không có quyền làm việc này: /campaign dành cho Lãnh đạo Sở, Thư ký Hội đồng, Quản trị viên.",
    );
  });
});

describe("pledge-season reminders", () => {
  it("remind those who have not pledged and heads with pledges to confirm, once a day, near the deadline", async () => {
    const seen = new Set<string>();
    const firstTime = (key: string) => !seen.has(key) && Boolean(seen.add(key));
    const remind = () => test.app.services.broadcasts.remindPledges(test.clock.now(), firstTime);
    // far from the deadline: nothing
    expect(remind()).toBe(0);
    const lan = actAs(test, "Vũ Thị Lan");
    await say(test, lan, "/pledge");
    await say(test, lan, "1");
    await say(test, lan, { action: "f:done" });
    await say(test, lan, "Hoàn thành tốt nhiệm vụ.");
    await say(test, lan, { action: "f:ok" });
    test.clock.advance(28 * 86_400_000);
    expect(remind()).toBe(2);
    expect(remind()).toBe(0);
    const rows = test.app.db.$client
      .prepare(
        "select json_extract(a.blocks, '$[1].text.key') as key, count(*) as n from deliveries d join broadcast_runs r on r.id = d.run_id join announcements a on a.id = r.announcement_id group by key order by key",
      )
      .all();
    // 20 staff less Lan; one unit head (Long) has her pledge to confirm
    expect(rows).toEqual([
      { key: "reminder-pledge", n: 19 },
      { key: "reminder-review", n: 1 },
    ]);
    test.clock.advance(86_400_000);
    expect(remind()).toBe(2);
  });
});
