import { afterEach, describe, expect, it } from "vitest";
import { createTelegramTransport } from "../../src/adapters/telegram/transport";
import { type Runtime, startRuntime } from "../../src/runtime";
import { createRosterApp } from "../support/roster-app";
import { BOT_TOKEN, startTelegramTest, type TelegramTest } from "../support/telegram-harness";

const ROSTER = [
  "full_name,unit,roles,telegram_user_id,slack_user_id,zalo_user_id",
  "Phạm Văn Hùng,Văn phòng,leader,700001,U0HUNG0001,",
  "Nguyễn Thị Mai,Văn phòng,staff,700002,,",
  "Trần Văn Nam,Văn phòng,staff,700003,U0NAM00003,",
  "Đỗ Văn Bình,Văn phòng,staff,,U0BINH0004,",
  "Lê Thị Thu,Văn phòng,staff,,U0THU00005,d4d4d4d4d4d4d4d4d4d4",
].join("\n");
const HUNG = { id: 700001, first_name: "Hùng", language_code: "vi" };

let tg: TelegramTest | null = null;
let runtime: Runtime | null = null;
afterEach(async () => {
  await runtime?.stop();
  await tg?.close();
  runtime = null;
  tg = null;
});

const rosterApp = () => createRosterApp(ROSTER);

describe("a Telegram-only deployment", () => {
  it("names the people with only Slack or Zalo accounts at once, reaches the rest, and a 403 names Telegram", async () => {
    tg = await startTelegramTest({ test: await rosterApp() });
    const { api, test } = tg;
    const app = test.app;
    runtime = await startRuntime({
      app,
      logger: app.services.log,
      transports: [
        createTelegramTransport({ token: BOT_TOKEN, apiRoot: api.apiRoot, translator: app.services.translator, botUsername: "thidua_test_bot" }),
      ],
      timezone: "Asia/Ho_Chi_Minh",
      caseDigestCron: "0 8 * * *",
    });
    // Nam has blocked the bot on Telegram; it finds out when it sends
    api.blockedBy.add(700003);
    const { directory, broadcasts } = app.services;
    const leader = directory.findOnePerson("Phạm Văn Hùng");
    const preview = broadcasts.preview(leader, { kind: "everyone" });
    expect(preview.unreachable.map((p) => [p.name, p.reason, p.platforms])).toEqual([
      ["Đỗ Văn Bình", "platform-off", ["slack"]],
      ["Lê Thị Thu", "platform-off", ["slack", "zalo"]],
    ]);
    const { announcementId } = broadcasts.announce(leader, { text: "Họp giao ban sáng thứ Hai.", audience: { kind: "everyone" }, repeat: null });
    await runtime.drained(10_000);
    for (const chat of [700001, 700002]) expect(api.chat(chat).filter((m) => m.text.includes("Họp giao ban sáng thứ Hai"))).toHaveLength(1);
    const waiting = app.db.$client.prepare("select count(*) as n from deliveries where status in ('pending', 'claimed')").get();
    expect(waiting).toEqual({ n: 0 });

    api.sendText(HUNG, `/report ${announcementId}`);
    await api.waitFor(() => api.lastText(HUNG.id).includes("không tới được"));
    const report = api.lastText(HUNG.id);
    expect(report).toContain("5 người — đã nhận 2, đang gửi 0, không tới được 3");
    expect(report).toContain("Đỗ Văn Bình (Văn phòng): Chỉ có tài khoản Slack, bot không chạy Slack");
    expect(report).toContain("Lê Thị Thu (Văn phòng): Chỉ có tài khoản Slack, Zalo, bot không chạy các nền tảng này");
    expect(report).toContain("Trần Văn Nam (Văn phòng): Telegram không cho bot gửi tin");

    // a notification for someone reachable nowhere: logged with the reason, never with who
    const binh = directory.findOnePerson("Đỗ Văn Bình");
    await app.services.notifier.notify(binh.id, { blocks: [{ type: "paragraph", text: { key: "raw", args: { value: "Nhắc việc." } } }] });
    const line = test.logLines.find((l) => l.includes("notification reached nobody")) ?? "";
    const { level: _level, time: _time, ...logged } = JSON.parse(line);
    expect(logged).toEqual({ reason: "platform-off", platforms: ["slack"], msg: "notification reached nobody" });
  });
});
