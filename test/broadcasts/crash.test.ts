// A 2,000-recipient broadcast whose sending process is killed (SIGKILL) at random points and restarted, against the
// Telegram and Slack stand-ins: everyone receives it at least once; Telegram duplicates are at most the sends in
// flight at each kill and every one of them is reported as a possible duplicate; Slack, which can be checked
// before resending, gets none.
import { type ChildProcess, fork } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDirectoryRepo } from "../../src/db/repos/directory";
import { createTestApp, type TestApp } from "../support/harness";
import { seededChoices } from "../support/seed";
import { SlackApiStandIn } from "../support/slack-api";
import { TelegramApiStandIn } from "../support/telegram-api";

const PER_PLATFORM = 1000;
const LANES = 4;
const KILLS = 6;
let test: TestApp;
let telegram: TelegramApiStandIn;
let slack: SlackApiStandIn;
const children: ChildProcess[] = [];

beforeAll(async () => {
  telegram = await new TelegramApiStandIn().start();
  slack = await new SlackApiStandIn({ tokens: ["xoxb-test-token"], channelIntervalMs: 0 }).start();
  test = createTestApp();
});
afterAll(async () => {
  for (const child of children) child.kill("SIGKILL");
  await telegram.stop();
  await slack.stop();
  test.close();
});

function startChild(extra: Record<string, string> = {}): Promise<ChildProcess> {
  const child = fork(join(import.meta.dirname, "../support/outbox-child.ts"), [], {
    execArgv: ["--import", "tsx"],
    env: {
      ...process.env,
      DATABASE_URL: test.databaseUrl,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      SLACK_API_URL: slack.apiUrl,
      OUTBOX_LANES: String(LANES),
      ...extra,
    },
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  children.push(child);
  return new Promise((resolve) => child.once("message", () => resolve(child)));
}

const sentCount = () => telegram.callsOf("sendMessage").length + slack.callsOf("chat.postMessage").length;
const waitUntil = async (check: () => boolean, timeoutMs = 60_000) => {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 5));
  }
};
const left = () =>
  (test.app.db.$client.prepare("select count(*) as n from deliveries where status in ('pending', 'claimed')").get() as { n: number }).n;

describe("broadcast outbox under crashes", () => {
  it("delivers to every recipient across random kills, with duplicates bounded and reported", async () => {
    const repo = createDirectoryRepo(test.app.db);
    const unitId = repo.insertUnit("Đơn vị thử tải", new Date());
    test.app.uow.transaction(() => {
      for (let i = 0; i < PER_PLATFORM * 2; i++) {
        const id = repo.insertPerson({ fullName: `Người nhận ${i}`, unitId, email: null, locale: i % 2 ? "en" : "vi", status: "active" }, new Date());
        repo.addRole(id, "staff");
        if (i < PER_PLATFORM) repo.upsertAccount(id, "telegram", String(100_000 + i));
        else repo.upsertAccount(id, "slack", `U${String(i).padStart(8, "0")}`);
      }
    });
    const leader = test.app.services.directory.findOnePerson("Phạm Văn Hùng");
    const { announcementId } = test.app.services.broadcasts.announce(leader, {
      text: "Phát động thi đua <năm 2026> & chào mừng.",
      audience: { kind: "units", unitIds: [unitId] },
      repeat: null,
    });

    const random = seededChoices("sends before each kill");
    for (let kill = 0; kill < KILLS; kill++) {
      const child = await startChild();
      const before = sentCount();
      const target = before + 50 + Math.floor(random() * 250);
      await waitUntil(() => sentCount() >= target || left() === 0);
      child.kill("SIGKILL");
      await new Promise((r) => child.once("exit", r));
    }
    const last = await startChild();
    await waitUntil(() => left() === 0);
    last.kill("SIGKILL");

    // Telegram: at least once each, duplicates bounded by what was in flight at the kills
    const perChat = new Map<string, number>();
    for (const call of telegram.callsOf("sendMessage").filter((c) => c.status === 200))
      perChat.set(String(call.params.chat_id), (perChat.get(String(call.params.chat_id)) ?? 0) + 1);
    expect(perChat.size).toBe(PER_PLATFORM);
    const duplicated = [...perChat.entries()].filter(([, n]) => n > 1);
    expect(duplicated.reduce((sum, [, n]) => sum + n - 1, 0)).toBeLessThanOrEqual(KILLS * LANES);
    const flagged = new Set(
      (
        test.app.db.$client.prepare("select external_id from deliveries where platform = 'telegram' and possible_duplicate = 1").all() as Array<{
          external_id: string;
        }>
      ).map((r) => r.external_id),
    );
    for (const [chat] of duplicated) expect(flagged.has(chat), `chat ${chat} got two messages but is not reported`).toBe(true);
    expect(flagged.size).toBeLessThanOrEqual(KILLS * LANES);

    // Slack: exactly once each
    const perUser = new Map<string, number>();
    for (const call of slack.callsOf("chat.postMessage").filter((c) => c.status === 200))
      perUser.set(String(call.params.channel), (perUser.get(String(call.params.channel)) ?? 0) + 1);
    expect(perUser.size).toBe(PER_PLATFORM);
    expect([...perUser.values()].every((n) => n === 1)).toBe(true);

    // the report adds up to the audience
    const report = test.app.services.broadcasts.report(leader, announcementId).runs[0];
    expect(report).toMatchObject({ total: PER_PLATFORM * 2, sent: PER_PLATFORM * 2, failed: 0, pending: 0, possibleDuplicates: flagged.size });
    // what people read is escaped
    expect(String(telegram.callsOf("sendMessage")[0]?.params.text)).toContain("&lt;năm 2026&gt; &amp;");
  }, 120_000);

  it.each(["claim", "result"])(
    "sends no duplicate when killed right after a %s is committed",
    async (phase) => {
      const repo = createDirectoryRepo(test.app.db);
      const unitId = repo.insertUnit(`Đơn vị ${phase}`, new Date());
      const ids: string[] = [];
      test.app.uow.transaction(() => {
        for (let i = 0; i < 20; i++) {
          const id = repo.insertPerson({ fullName: `Người ${phase} ${i}`, unitId, email: null, locale: "vi", status: "active" }, new Date());
          repo.addRole(id, "staff");
          const chat = String((phase === "claim" ? 300_000 : 400_000) + i);
          repo.upsertAccount(id, "telegram", chat);
          ids.push(chat);
        }
      });
      const leader = test.app.services.directory.findOnePerson("Phạm Văn Hùng");
      test.app.services.broadcasts.announce(leader, {
        text: `Kiểm tra điểm dừng ${phase}.`,
        audience: { kind: "units", unitIds: [unitId] },
        repeat: null,
      });
      // one lane, so exactly one row is between its claim and its result when the process dies
      const dying = await startChild({ OUTBOX_LANES: "1", OUTBOX_CRASH_AT: `${phase}:5` });
      await new Promise((resolve) => dying.once("exit", resolve));
      const last = await startChild({ OUTBOX_LANES: "1" });
      await waitUntil(() => left() === 0);
      last.kill("SIGKILL");
      const received = (chat: string) => telegram.callsOf("sendMessage").filter((c) => c.status === 200 && String(c.params.chat_id) === chat).length;
      expect(ids.map(received)).toEqual(ids.map(() => 1));
    },
    60_000,
  );
});
