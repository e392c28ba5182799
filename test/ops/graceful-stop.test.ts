// SIGTERM in the middle of a broadcast, sent by the real entry point to the Bot API stand-in (which answers each
// send 150 ms late, so sends are in flight when the signal comes): the bot finishes them, gives back what it had
// claimed, exits 0; started again it sends the rest. Everyone gets the announcement exactly once, and nothing is
// left claimed, ambiguous or reported as a possible duplicate.
import { chownSync, existsSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDirectoryRepo } from "../../src/db/repos/directory";
import { type BotProcess, botDataDir, startBot, UNPRIVILEGED } from "../support/bot-process";
import { createTestApp } from "../support/harness";
import { TelegramApiStandIn } from "../support/telegram-api";

const RECIPIENTS = 120;
const TOKEN = "123456:STOP-test-token-0000000000000";
let telegram: TelegramApiStandIn;
let databaseUrl: string;
const bots: BotProcess[] = [];

/** Writes an announcement to `count` new Telegram recipients into the bot's database (while the bot is not running). */
function announce(count: number, firstChat: number, dir: string, seedDemo: boolean): void {
  const test = createTestApp({ dir, seedDemo });
  databaseUrl = test.databaseUrl;
  const repo = createDirectoryRepo(test.app.db);
  const unitId = repo.insertUnit(`Đơn vị ${firstChat}`, new Date());
  test.app.uow.transaction(() => {
    for (let i = 0; i < count; i++) {
      const id = repo.insertPerson({ fullName: `Người nhận ${firstChat + i}`, unitId, email: null, locale: "vi", status: "active" }, new Date());
      repo.addRole(id, "staff");
      repo.upsertAccount(id, "telegram", String(firstChat + i));
    }
  });
  const leader = test.app.services.directory.findOnePerson("Phạm Văn Hùng");
  test.app.services.broadcasts.announce(leader, { text: "Thông báo dừng máy.", audience: { kind: "units", unitIds: [unitId] }, repeat: null });
  test.app.close();
  if (UNPRIVILEGED)
    for (const file of [databaseUrl, `${databaseUrl}-wal`, `${databaseUrl}-shm`])
      if (existsSync(file)) chownSync(file, UNPRIVILEGED.uid, UNPRIVILEGED.gid);
}

beforeAll(async () => {
  telegram = await new TelegramApiStandIn().start();
  telegram.sendDelayMs = 150;
  announce(RECIPIENTS, 500_000, botDataDir(), true);
}, 30_000);
afterAll(async () => {
  for (const bot of bots) bot.child.kill("SIGKILL");
  await telegram.stop();
});

const received = () => {
  const perChat = new Map<string, number>();
  for (const call of telegram.callsOf("sendMessage").filter((c) => c.status === 200 && Number(c.params.chat_id) >= 500_000))
    perChat.set(String(call.params.chat_id), (perChat.get(String(call.params.chat_id)) ?? 0) + 1);
  return perChat;
};
const rows = () => {
  const db = new Database(databaseUrl, { readonly: true });
  try {
    return db.prepare("select status, ambiguous, possible_duplicate as possibleDuplicate from deliveries").all() as Array<{
      status: string;
      ambiguous: number;
      possibleDuplicate: number;
    }>;
  } finally {
    db.close();
  }
};
const run = () => startBot({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: telegram.apiRoot, DATABASE_URL: databaseUrl });

describe("graceful stop", () => {
  it("loses and duplicates nothing when SIGTERM comes during a broadcast", async () => {
    const first = await run();
    bots.push(first);
    await first.waitFor(() => received().size >= 30, 30_000);
    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);
    const messages = first.logs().map((l) => l.msg);
    expect(messages).toContain("stopping: finishing the work in flight");
    expect(messages).toContain("stopped");

    // every send the platform answered is recorded as sent; nothing is left claimed; the rest waits, unharmed
    const afterStop = rows();
    const sentNow = [...received().values()];
    expect(sentNow.every((n) => n === 1)).toBe(true);
    expect(afterStop.filter((r) => r.status === "sent").length).toBe(sentNow.length);
    expect(afterStop.filter((r) => r.status === "claimed")).toEqual([]);
    expect(afterStop.filter((r) => r.status === "pending").length).toBe(RECIPIENTS - sentNow.length);
    expect(sentNow.length).toBeLessThan(RECIPIENTS);

    const second = await run();
    bots.push(second);
    await second.waitFor(() => received().size === RECIPIENTS, 30_000);
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);
    expect([...received().values()].every((n) => n === 1)).toBe(true);
    const final = rows();
    expect(final.every((r) => r.status === "sent" && r.ambiguous === 0 && r.possibleDuplicate === 0)).toBe(true);
  }, 90_000);

  it("exits at once on a second signal", async () => {
    // a send that takes 5 s is in flight when the signals come
    telegram.sendDelayMs = 5000;
    announce(4, 600_000, dirname(databaseUrl), false);
    const bot = await run();
    bots.push(bot);
    let sending = false;
    telegram.onSend = (_method, params) => {
      if (Number(params.chat_id) >= 600_000) sending = true;
    };
    await bot.waitFor(() => sending);
    telegram.onSend = null;
    bot.child.kill("SIGTERM");
    await bot.waitFor(() => bot.logs().some((l) => l.msg === "stopping: finishing the work in flight"));
    const signalled = Date.now();
    bot.child.kill("SIGTERM");
    expect(await bot.exited).toBe(1);
    expect(Date.now() - signalled).toBeLessThan(2000);
    expect(bot.logs().map((l) => l.msg)).toContain("second signal: exiting now");
  }, 30_000);
});
