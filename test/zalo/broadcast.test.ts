// An announcement to people on Zalo, Telegram and Slack through the outbox: each account gets it once, Zalo's as
// plain text with "1. Đã nắm", which the person acknowledges by typing the words (or the number).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSlackTransport } from "../../src/adapters/slack/transport";
import { createTelegramTransport } from "../../src/adapters/telegram/transport";
import { createDirectoryRepo } from "../../src/db/repos/directory";
import { createOutbox } from "../../src/outbox";
import { SlackApiStandIn } from "../support/slack-api";
import { TelegramApiStandIn } from "../support/telegram-api";
import { hexId } from "../support/zalo-api";
import { startZaloTest, ZALO_USERS, type ZaloTest } from "../support/zalo-harness";

const ZALO_LAN = ZALO_USERS.lan;

let z: ZaloTest;
let telegram: TelegramApiStandIn;
let slack: SlackApiStandIn;
beforeEach(async () => {
  z = await startZaloTest();
  telegram = await new TelegramApiStandIn().start();
  slack = await new SlackApiStandIn({ channelIntervalMs: 0 }).start();
});
afterEach(async () => {
  await z.close();
  await telegram.stop();
  await slack.stop();
});

describe("announcements on Zalo", () => {
  it("reach every Zalo, Telegram and Slack account once, and a typed «Đã nắm» acknowledges", async () => {
    const app = z.test.app;
    const repo = createDirectoryRepo(app.db);
    const unitId = repo.insertUnit("Đơn vị nhận", new Date());
    const zaloIds = Array.from({ length: 6 }, () => hexId());
    app.uow.transaction(() => {
      const add = (name: string, platform: "zalo" | "telegram" | "slack", externalId: string) => {
        const id = repo.insertPerson({ fullName: name, unitId, email: null, locale: "vi", status: "active" }, new Date());
        repo.addRole(id, "staff");
        repo.upsertAccount(id, platform, externalId);
      };
      for (const [i, id] of zaloIds.entries()) add(`Người Zalo ${i}`, "zalo", id);
      for (let i = 0; i < 3; i++) add(`Người Telegram ${i}`, "telegram", String(8000 + i));
      for (let i = 0; i < 3; i++) add(`Người Slack ${i}`, "slack", `U0SLACK${i}`);
    });
    const leader = app.services.directory.findOnePerson("Phạm Văn Hùng");
    app.services.broadcasts.announce(leader, {
      text: "Hội nghị phát động phong trào thi đua năm 2026 lúc 8:00 ngày 12/01/2026 tại hội trường.",
      audience: { kind: "units", unitIds: [unitId] },
      repeat: null,
    });
    // a Zalo account whose API answers fail once with a 5xx is retried by the outbox, not duplicated
    z.api.failNext({ method: "sendMessage", status: 502 });
    const outbox = createOutbox(app, app.services.log, [
      z.zalo.transport(),
      createTelegramTransport({
        token: "123456:BROADCAST-test-token-00000",
        apiRoot: telegram.apiRoot,
        translator: app.services.translator,
        botUsername: "thidua_test_bot",
      }),
      createSlackTransport({ token: "xoxb-test-token", apiUrl: slack.apiUrl, translator: app.services.translator }),
    ]);
    outbox.start();
    await outbox.drained(20_000);
    await outbox.stop();

    for (const id of zaloIds) {
      expect(z.api.sent(id), id).toHaveLength(1);
      expect(z.api.lastText(id)).toContain("Hội nghị phát động phong trào thi đua năm 2026");
      expect(z.api.lastText(id)).toMatch(/\n1\. Đã nắm$/);
    }
    for (let i = 0; i < 3; i++) expect(telegram.chat(8000 + i)).toHaveLength(1);
    for (let i = 0; i < 3; i++) expect(slack.received(`U0SLACK${i}`)).toHaveLength(1);

    const [first = "", second = ""] = zaloIds;
    const ack = await z.say({ id: first, display_name: "Người Zalo 0" }, "Đã nắm");
    const byNumber = await z.say({ id: second, display_name: "Người Zalo 1" }, "1");
    expect(ack).toBe(byNumber);
    const acknowledged = app.db.$client.prepare("select count(*) as n from deliveries where acknowledged_at is not null").get() as { n: number };
    expect(acknowledged.n).toBe(2);

    // after a restart the bot no longer knows what it last showed: /news lists what is left to acknowledge
    z = await z.restart();
    const third = { id: zaloIds[2] as string, display_name: "Người Zalo 2" };
    expect(await z.say(third, "Đã nắm")).toContain("Gõ /help");
    const news = await z.say(third, "/news");
    expect(news).toContain("chưa xác nhận «Đã nắm»");
    expect(news).toContain("Hội nghị phát động phong trào thi đua năm 2026");
    expect(news).toMatch(/1\. Đã nắm \(số \d+\)/);
    expect(await z.say(third, "1")).toBe(ack);
    expect(await z.say(third, "/news")).toContain("đã nắm lúc");
  });

  it("does not count a delivery refused with 403 as sent", async () => {
    const app = z.test.app;
    z.link("Vũ Thị Lan", ZALO_LAN);
    const leader = app.services.directory.findOnePerson("Phạm Văn Hùng");
    const lan = app.services.directory.findOnePerson("Vũ Thị Lan");
    app.services.broadcasts.announce(leader, { text: "Thông báo thử.", audience: { kind: "units", unitIds: [lan.unitId as number] }, repeat: null });
    z.api.failNext({ method: "sendMessage", status: 403 });
    const outbox = createOutbox(app, app.services.log, [z.zalo.transport()]);
    outbox.start();
    await outbox.drained(20_000);
    await outbox.stop();
    // Lan has no other account to fall back on (per-person delivery, issue 16): nothing was delivered to her
    const row = app.db.$client.prepare("select status from deliveries where person_id = ?").get(lan.id) as { status: string };
    expect(row.status).not.toBe("sent");
  });

  it("keeps ZALO_SEND_INTERVAL_MS between two sends, announcements included", async () => {
    await z.close();
    z = await startZaloTest({ sendIntervalMs: 100 });
    const app = z.test.app;
    const repo = createDirectoryRepo(app.db);
    const unitId = repo.insertUnit("Đơn vị nhận", new Date());
    app.uow.transaction(() => {
      for (let i = 0; i < 6; i++) {
        const id = repo.insertPerson({ fullName: `Người ${i}`, unitId, email: null, locale: "vi", status: "active" }, new Date());
        repo.addRole(id, "staff");
        repo.upsertAccount(id, "zalo", hexId());
      }
    });
    const leader = app.services.directory.findOnePerson("Phạm Văn Hùng");
    app.services.broadcasts.announce(leader, { text: "Thông báo nhịp gửi.", audience: { kind: "units", unitIds: [unitId] }, repeat: null });
    const outbox = createOutbox(app, app.services.log, [z.zalo.transport()]);
    outbox.start();
    await outbox.drained(20_000);
    await outbox.stop();
    const arrivals = z.api.callsOf("sendMessage").map((c) => c.receivedAt);
    expect(arrivals).toHaveLength(6);
    // five gaps of 100 ms between arrivals, less some jitter on the way; unpaced, six sends take a few ms
    expect((arrivals.at(-1) as number) - (arrivals[0] as number)).toBeGreaterThanOrEqual(400);
  });
});
