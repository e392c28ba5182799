// Groups, restarts, replays, flood limits, blocked users and webhook secrets, with the real grammY bot.
import { afterEach, describe, expect, it } from "vitest";
import { buttons, TELEGRAM_FLOOD_LIMITS } from "../support/telegram-api";
import { startTelegramTest, type TelegramTest, USERS, WEBHOOK_SECRET } from "../support/telegram-harness";

let tg: TelegramTest;
afterEach(async () => tg.close());
const { lan, long } = USERS;
const GROUP = { id: -100500, type: "group" as const, title: "Phòng TCBC" };

const pledgeCount = () => (tg.test.app.db.$client.prepare("select count(*) as n from pledges").get() as { n: number }).n;

describe("Telegram in groups", () => {
  it("answers a command addressed to it and moves a private flow to the DM with a deep link, showing nothing personal", async () => {
    tg = await startTelegramTest();
    tg.link("Vũ Thị Lan", lan);
    tg.api.sendText(lan, "/help@thidua_test_bot", GROUP);
    await tg.api.waitFor(() => tg.api.chat(GROUP.id).length === 1);
    tg.api.sendText(lan, "/mypledges", GROUP);
    await tg.api.waitFor(() => tg.api.chat(GROUP.id).length === 2);
    const moved = tg.api.chat(GROUP.id)[1];
    expect(moved?.text).toContain("chỉ dùng trong tin nhắn riêng");
    expect(buttons(moved as never)).toEqual([{ text: "Mở tin nhắn riêng với bot", url: "https://t.me/thidua_test_bot?start=mypledges" }]);
    // a command for another bot and plain chatter get no answer
    tg.api.sendText(lan, "/help@other_bot", GROUP);
    tg.api.sendText(lan, "chào cả nhà", GROUP);
    tg.api.sendText(lan, "/whoami");
    await tg.api.waitFor(() => tg.api.chat(lan.id).length === 1);
    expect(tg.api.chat(GROUP.id)).toHaveLength(2);
    // the deep link opens the DM with /start mypledges, which runs that command there
    tg.api.sendText(lan, "/start mypledges");
    await tg.api.waitFor(() => tg.api.lastText(lan.id).includes("Bạn chưa có bản đăng ký thi đua nào"));
  });
});

describe("Telegram across a restart", () => {
  it("accepts a button pressed after the bot restarted, from the form state in SQLite", async () => {
    tg = await startTelegramTest();
    tg.link("Vũ Thị Lan", lan);
    tg.api.sendText(lan, "/pledge");
    await tg.api.waitFor(() => tg.api.lastText(lan.id).includes("danh hiệu nào"));
    tg = await tg.restart();
    tg.api.pressLabel(lan, lan.id, "Chiến sĩ thi đua cơ sở");
    await tg.api.waitFor(() => buttons(tg.api.chat(lan.id).at(-1) as never).some((b) => b.text === "✓ Chiến sĩ thi đua cơ sở"));
  });

  it("acts once on an update delivered twice", async () => {
    tg = await startTelegramTest();
    tg.link("Vũ Thị Lan", lan);
    tg.api.sendText(lan, "/pledge");
    await tg.api.waitFor(() => tg.api.lastText(lan.id).includes("danh hiệu nào"));
    const press = tg.api.pressLabel(lan, lan.id, "Lao động tiên tiến");
    await tg.api.waitFor(() => (tg.api.chat(lan.id)[0]?.edits ?? 0) === 1);
    tg = await tg.restart();
    tg.api.replay(press);
    tg.api.sendText(lan, "/whoami");
    await tg.api.waitFor(() => tg.api.chat(lan.id).length === 2);
    // a second toggle would have unticked the title
    expect(buttons(tg.api.chat(lan.id)[0] as never).some((b) => b.text === "✓ Lao động tiên tiến")).toBe(true);
    expect(tg.api.chat(lan.id)[0]?.edits).toBe(1);
  });
});

describe("Telegram flood limits and failures", () => {
  it("keeps delivering through a 429 storm without calling inside a retry_after window", async () => {
    tg = await startTelegramTest({ perChatMs: 1000 });
    tg.link("Vũ Thị Lan", lan);
    tg.api.limits = TELEGRAM_FLOOD_LIMITS;
    tg.api.failNext({ method: "sendMessage", status: 429, retryAfter: 1, times: 3 });
    for (let i = 0; i < 3; i++) tg.api.sendText(lan, "/whoami");
    await tg.api.waitFor(() => tg.api.chat(lan.id).length === 3, 15_000);
    const sends = tg.api.callsOf("sendMessage");
    for (const [i, call] of sends.entries()) {
      if (call.status !== 429) continue;
      const next = sends[i + 1];
      if (next) expect(next.at - call.at).toBeGreaterThanOrEqual(950);
    }
    expect(sends.filter((c) => c.status === 200)).toHaveLength(3);
  });

  it("marks a person who blocked the bot and does not retry", async () => {
    tg = await startTelegramTest();
    tg.link("Vũ Thị Lan", lan);
    tg.link("Hoàng Văn Long", long);
    tg.api.failNext({ method: "sendMessage", status: 403 });
    const person = tg.test.app.services.directory.findOnePerson("Vũ Thị Lan");
    await tg.test.app.services.notifier.notify(person.id, { blocks: [{ type: "paragraph", text: { key: "raw", args: { value: "nhắc việc" } } }] });
    // notifications wait in the person's chat queue; the caller does not
    const blockedAt = () => tg.test.app.services.directory.accountsOf(person.id).find((a) => a.platform === "telegram")?.blockedAt;
    await tg.api.waitFor(() => blockedAt() instanceof Date);
    expect(tg.api.callsOf("sendMessage").map((c) => c.status)).toEqual([403]);
    // the next notification skips the blocked account instead of failing again
    await tg.test.app.services.notifier.notify(person.id, { blocks: [{ type: "paragraph", text: { key: "raw", args: { value: "lần hai" } } }] });
    // a send it had queued would have left (or failed) by the time the adapter's queues are empty
    await tg.telegram.idle();
    expect(tg.api.callsOf("sendMessage")).toHaveLength(1);
  });
});

describe("Telegram notifications that fail", () => {
  it("carries a notification Telegram refused for another reason to the person's next account, and marks nothing", async () => {
    tg = await startTelegramTest();
    tg.link("Vũ Thị Lan", lan);
    const person = tg.test.app.services.directory.findOnePerson("Vũ Thị Lan");
    tg.test.app.services.directory.linkAccount(person.id, { platform: "console", externalId: "lan-console" });
    const elsewhere: string[] = [];
    tg.test.app.port.registerSender("console", async (account) => void elsewhere.push(account));
    tg.api.failNext({ method: "sendMessage", status: 400 });
    await tg.test.app.services.notifier.notify(person.id, { blocks: [{ type: "paragraph", text: { key: "raw", args: { value: "nhắc việc" } } }] });
    expect(tg.api.callsOf("sendMessage").map((c) => c.status)).toEqual([400]);
    expect(elsewhere).toEqual(["lan-console"]);
    expect(tg.test.app.services.directory.accountsOf(person.id).every((a) => a.blockedAt === null)).toBe(true);
  });
});

describe("Telegram webhook", () => {
  it("refuses a call without the right secret and acts on one with it", async () => {
    tg = await startTelegramTest({ webhook: true });
    tg.link("Vũ Thị Lan", lan);
    expect(tg.api.webhook).toEqual({ url: tg.webhookUrl, secret_token: WEBHOOK_SECRET });
    const update = {
      update_id: 42,
      message: {
        message_id: 1,
        date: 0,
        chat: { id: lan.id, type: "private", first_name: "Lan" },
        from: { ...lan, is_bot: false },
        text: "/pledge",
        entities: [{ type: "bot_command", offset: 0, length: 7 }],
      },
    };
    const post = (secret: string | null) =>
      fetch(tg.webhookUrl as string, {
        method: "POST",
        headers: { "content-type": "application/json", ...(secret ? { "x-telegram-bot-api-secret-token": secret } : {}) },
        body: JSON.stringify(update),
      });
    expect((await post("wrong-secret-0000000000")).status).toBe(401);
    expect((await post(null)).status).toBe(401);
    expect(tg.api.callsOf("sendMessage")).toHaveLength(0);
    expect((await post(WEBHOOK_SECRET)).status).toBe(200);
    await tg.api.waitFor(() => tg.api.lastText(lan.id).includes("danh hiệu nào"));
    // Telegram retrying the same update does not start a second form
    expect((await post(WEBHOOK_SECRET)).status).toBe(200);
    expect(tg.api.callsOf("sendMessage")).toHaveLength(1);
    expect(pledgeCount()).toBe(0);
  });
});
