// The outbox against the Telegram stand-in enforcing Telegram's flood limits: a 429 storm pauses every send for
// the time asked, a 403 fails that delivery as blocked, and everyone else receives the announcement once.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSendPacer } from "../../src/adapters/pace/send-pacer";
import { isTelegramGroup, TELEGRAM_LIMITS } from "../../src/adapters/telegram/limits";
import { createTelegramTransport } from "../../src/adapters/telegram/transport";
import { createDirectoryRepo } from "../../src/db/repos/directory";
import { createOutbox } from "../../src/outbox";
import { createTestApp, type TestApp } from "../support/harness";
import { TELEGRAM_FLOOD_LIMITS, TelegramApiStandIn } from "../support/telegram-api";

let test: TestApp;
let api: TelegramApiStandIn;
beforeEach(async () => {
  test = createTestApp();
  api = await new TelegramApiStandIn().start();
  api.limits = TELEGRAM_FLOOD_LIMITS;
});
afterEach(async () => {
  await api.stop();
  test.close();
});

describe("outbox within Telegram's limits", () => {
  it("pauses everything for retry_after on a 429, fails a blocked user, and delivers the rest once", async () => {
    const repo = createDirectoryRepo(test.app.db);
    const unitId = repo.insertUnit("Đơn vị nhận", new Date());
    const ids: number[] = [];
    test.app.uow.transaction(() => {
      for (let i = 0; i < 45; i++) {
        const id = repo.insertPerson({ fullName: `Người ${i}`, unitId, email: null, locale: "vi", status: "active" }, new Date());
        repo.addRole(id, "staff");
        repo.upsertAccount(id, "telegram", String(5000 + i));
        ids.push(id);
      }
    });
    const leader = test.app.services.directory.findOnePerson("Phạm Văn Hùng");
    const { announcementId } = test.app.services.broadcasts.announce(leader, {
      text: "Thông báo kiểm tra giới hạn gửi.",
      audience: { kind: "units", unitIds: [unitId] },
      repeat: null,
    });
    // the 5th send meets a 429, the 6th and 7th too (a storm), one recipient has blocked the bot
    let sends = 0;
    api.failNext({ method: "sendMessage", status: 403, times: 1 });
    const transport = createTelegramTransport({
      token: "123456:LIMITS-test-token-000000000",
      apiRoot: api.apiRoot,
      translator: test.app.services.translator,
      botUsername: "thidua_test_bot",
      pace: createSendPacer(TELEGRAM_LIMITS.pace, isTelegramGroup),
    });
    // when each send started and when each 429 came back, as the bot saw them: a send already on its way when a
    // 429 arrives cannot be called back, so the promise is about sends *started* once the bot knew
    const started: number[] = [];
    const refusedAt: number[] = [];
    const watched = {
      ...transport,
      async send(...args: Parameters<typeof transport.send>) {
        started.push(performance.now());
        const result = await transport.send(...args);
        if (!result.ok && result.kind === "rate-limited") refusedAt.push(performance.now());
        return result;
      },
    };
    const outbox = createOutbox(test.app, test.app.services.log, [watched]);
    outbox.start();
    await api.waitFor(() => api.callsOf("sendMessage").length >= 5);
    sends = api.callsOf("sendMessage").length;
    api.failNext({ method: "sendMessage", status: 429, retryAfter: 1, times: 3 });
    await outbox.drained(30_000);
    await outbox.stop();
    expect(sends).toBeGreaterThanOrEqual(5);

    const calls = api.callsOf("sendMessage");
    const tooMany = calls.filter((c) => c.status === 429);
    expect(tooMany.length).toBeGreaterThanOrEqual(3);
    expect(refusedAt.length).toBeGreaterThanOrEqual(3);
    for (const refusal of refusedAt) {
      const retryAfterMs = 1000;
      const inside = started.filter((at) => at > refusal && at < refusal + retryAfterMs - 5);
      expect(inside, "a request was started inside a retry_after window").toEqual([]);
    }
    const delivered = new Map<string, number>();
    for (const c of calls.filter((c) => c.status === 200))
      delivered.set(String(c.params.chat_id), (delivered.get(String(c.params.chat_id)) ?? 0) + 1);
    expect(delivered.size).toBe(44);
    expect([...delivered.values()].every((n) => n === 1)).toBe(true);

    const report = test.app.services.broadcasts.report(leader, announcementId).runs[0];
    expect(report).toMatchObject({ total: 45, sent: 44, failed: 1, pending: 0, failures: { blocked: 1 } });
    const blocked = calls.find((c) => c.status === 403);
    const person = test.app.services.directory.resolveAccount({ platform: "telegram", externalId: String(blocked?.params.chat_id) });
    expect(test.app.services.directory.accountsOf(person?.id ?? 0).find((a) => a.platform === "telegram")?.blockedAt).toBeInstanceOf(Date);
  }, 60_000);
});
