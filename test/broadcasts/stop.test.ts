// Stopping the outbox while its lanes wait out a 429 (retry_after 30 s): stop() returns at once, the rows the lanes
// had claimed go back to the queue unharmed (not ambiguous, no attempt counted), and the next start sends each once.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSendPacer } from "../../src/adapters/pace/send-pacer";
import { createTelegramTransport } from "../../src/adapters/telegram/transport";
import { createDirectoryRepo } from "../../src/db/repos/directory";
import { createOutbox } from "../../src/outbox";
import { until } from "../support/conditions";
import { createTestApp, type TestApp } from "../support/harness";
import { TelegramApiStandIn } from "../support/telegram-api";

let test: TestApp;
let api: TelegramApiStandIn;
beforeEach(async () => {
  test = createTestApp();
  api = await new TelegramApiStandIn().start();
});
afterEach(async () => {
  await api.stop();
  test.close();
});

const outboxOn = (app: TestApp["app"]) =>
  createOutbox(
    app,
    app.services.log,
    [
      createTelegramTransport({
        token: "123456:STOP-test-token-0000000000000",
        apiRoot: api.apiRoot,
        translator: app.services.translator,
        botUsername: "b",
        pace: createSendPacer({ perSecond: 1000, perChatGapMs: 0, perGroupPerMinute: null }),
      }),
    ],
    { lanes: 4 },
  );
const rows = () =>
  test.app.db.$client.prepare("select status, ambiguous, attempts from deliveries").all() as Array<{
    status: string;
    ambiguous: number;
    attempts: number;
  }>;

describe("outbox stop", () => {
  it("gives back the rows its lanes hold while paused by a 429, and returns at once", async () => {
    const repo = createDirectoryRepo(test.app.db);
    const unitId = repo.insertUnit("Đơn vị tạm dừng", new Date());
    test.app.uow.transaction(() => {
      for (let i = 0; i < 12; i++) {
        const id = repo.insertPerson({ fullName: `Người ${i}`, unitId, email: null, locale: "vi", status: "active" }, new Date());
        repo.addRole(id, "staff");
        repo.upsertAccount(id, "telegram", String(8000 + i));
      }
    });
    const leader = test.app.services.directory.findOnePerson("Phạm Văn Hùng");
    test.app.services.broadcasts.announce(leader, { text: "Tạm dừng.", audience: { kind: "units", unitIds: [unitId] }, repeat: null });

    api.failNext({ method: "sendMessage", status: 429, retryAfter: 30, times: 1 });
    const outbox = outboxOn(test.app);
    outbox.start();
    await api.waitFor(() => api.callsOf("sendMessage").some((c) => c.status === 429));
    // the lanes claim their next rows and wait for the pause to end
    await until(() => rows().some((r) => r.status === "claimed"), "a lane holds a claimed row");

    const asked = Date.now();
    await outbox.stop();
    expect(Date.now() - asked).toBeLessThan(1000);
    const after = rows();
    expect(after.filter((r) => r.status === "claimed")).toEqual([]);
    expect(after.every((r) => r.ambiguous === 0)).toBe(true);
    expect(after.filter((r) => r.status === "pending" && r.attempts === 0).length).toBe(after.filter((r) => r.status === "pending").length);

    // started again (the pause is gone with the old process; the refused row waits out its retry_after): once each
    test.app.db.$client.prepare("update deliveries set not_before = null").run();
    const again = outboxOn(test.app);
    again.start();
    await again.drained(10_000);
    await again.stop();
    const perChat = new Map<string, number>();
    for (const c of api.callsOf("sendMessage").filter((c) => c.status === 200))
      perChat.set(String(c.params.chat_id), (perChat.get(String(c.params.chat_id)) ?? 0) + 1);
    expect(perChat.size).toBe(12);
    expect([...perChat.values()].every((n) => n === 1)).toBe(true);
  });
});
