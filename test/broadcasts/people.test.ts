// Announcements reach people, not accounts: 200 people in four units, 50 of them on both Telegram and Slack, 10
// with no account, 5 who blocked the bot of whom 2 come back (one writes to it, one unblocks it). Driven through
// the real grammY and Bolt adapters and the real outbox with the real transports against the stand-ins: each
// reachable person receives an announcement exactly once, on the platform they last used (or another when that
// one fails for good), an acknowledgement on one platform counts everywhere, and the report adds up to 200 and
// names the 13 the bot cannot reach.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSendPacer } from "../../src/adapters/pace/send-pacer";
import { createSlackAdapter, SLACK_ENDPOINT } from "../../src/adapters/slack";
import { ACTION_PREFIX } from "../../src/adapters/slack/render";
import { createSlackTransport } from "../../src/adapters/slack/transport";
import { createTelegramTransport } from "../../src/adapters/telegram/transport";
import type { Person } from "../../src/core/directory/types";
import { createDirectoryRepo } from "../../src/db/repos/directory";
import { say as reply } from "../../src/kernel/reply";
import { createOutbox } from "../../src/outbox";
import { actAs, say } from "../support/harness";
import { SlackApiStandIn } from "../support/slack-api";
import { SlackRequester } from "../support/slack-requests";
import type { TelegramUser } from "../support/telegram-api";
import { startTelegramTest, type TelegramTest } from "../support/telegram-harness";

const SIGNING_SECRET = "people-test-signing-secret-0123456789";
const SLACK_TOKEN = "xoxb-people-test";
const BOTH = 50;
const TELEGRAM_ONLY = 100;
const SLACK_ONLY = 40;
const NO_ACCOUNT = 10;
const TOTAL = BOTH + TELEGRAM_ONLY + SLACK_ONLY + NO_ACCOUNT;
// telegram-only people who blocked the bot; the first two come back
const BLOCKED = [BOTH, BOTH + 1, BOTH + 2, BOTH + 3, BOTH + 4];

let tg: TelegramTest;
let slackApi: SlackApiStandIn;
let server: Server;
let slackRequest: SlackRequester;
const people: Person[] = [];
let unitIds: number[] = [];

const tgUser = (i: number): TelegramUser => ({ id: 300_000 + i, first_name: `N${i}`, language_code: "vi" });
const slackUser = (i: number) => `UP${String(i).padStart(6, "0")}`;
const hasTelegram = (i: number) => i < BOTH + TELEGRAM_ONLY;
const hasSlack = (i: number) => i < BOTH || (i >= BOTH + TELEGRAM_ONLY && i < BOTH + TELEGRAM_ONLY + SLACK_ONLY);

beforeAll(async () => {
  tg = await startTelegramTest();
  slackApi = await new SlackApiStandIn({ tokens: [SLACK_TOKEN], channelIntervalMs: 0 }).start();
  const slack = createSlackAdapter({
    port: tg.test.app.port,
    logger: tg.test.app.services.log,
    botToken: SLACK_TOKEN,
    signingSecret: SIGNING_SECRET,
    apiUrl: slackApi.apiUrl,
    channelIntervalMs: 0,
    retries: 0,
  });
  // Bolt's own token check, sent as it is built: answered before the tests go on (see the Slack harness)
  await slackApi.waitFor(() => slackApi.callsOf("auth.test").length > 0);
  server = createServer((req, res) => (slack.handles(req) ? slack.requestListener(req, res) : res.writeHead(404).end()));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  slackRequest = new SlackRequester(`http://127.0.0.1:${(server.address() as AddressInfo).port}${SLACK_ENDPOINT}`, SIGNING_SECRET);

  const repo = createDirectoryRepo(tg.test.app.db);
  const { app } = tg.test;
  app.uow.transaction(() => {
    unitIds = ["Phòng Một", "Phòng Hai", "Phòng Ba", "Phòng Bốn"].map((name) => repo.insertUnit(name, new Date()));
    for (let i = 0; i < TOTAL; i++) {
      const id = repo.insertPerson(
        { fullName: `Người số ${i}`, unitId: unitIds[i % 4] as number, email: null, locale: "vi", status: "active" },
        new Date(),
      );
      repo.addRole(id, "staff");
      if (hasTelegram(i)) repo.upsertAccount(id, "telegram", String(tgUser(i).id));
      if (hasSlack(i)) repo.upsertAccount(id, "slack", slackUser(i));
    }
  });
  for (let i = 0; i < TOTAL; i++) people.push(app.services.directory.findOnePerson(`Người số ${i}`));
  for (const i of BLOCKED) tg.api.blockedBy.add(tgUser(i).id);
}, 60_000);

afterAll(async () => {
  server.closeAllConnections();
  server.close();
  await slackApi.stop();
  await tg.close();
});

const leader = () => tg.test.app.services.directory.findOnePerson("Phạm Văn Hùng");

/** Announces to the four units and runs the outbox until every row is settled. */
async function broadcast(text: string) {
  const { app } = tg.test;
  const { announcementId } = app.services.broadcasts.announce(leader(), { text, audience: { kind: "units", unitIds }, repeat: null });
  const fast = { perSecond: 2000, perChatGapMs: 0, perGroupPerMinute: null };
  const outbox = createOutbox(app, app.services.log, [
    createTelegramTransport({
      token: "123456:PEOPLE-test",
      apiRoot: tg.api.apiRoot,
      translator: app.services.translator,
      botUsername: "thidua_test_bot",
      pace: createSendPacer(fast),
    }),
    createSlackTransport({ token: SLACK_TOKEN, apiUrl: slackApi.apiUrl, translator: app.services.translator, pace: createSendPacer(fast) }),
  ]);
  outbox.start();
  await outbox.drained(30_000);
  await outbox.stop();
  return announcementId;
}

/** How many copies of the announcement with this text each person holds, over both platforms. */
function copies(text: string): number[] {
  return people.map((_, i) => {
    const onTelegram = hasTelegram(i) ? tg.api.chat(tgUser(i).id).filter((m) => m.text.includes(text)).length : 0;
    const onSlack = hasSlack(i) ? slackApi.received(slackUser(i)).filter((m) => m.text.includes(text)).length : 0;
    return onTelegram + onSlack;
  });
}

const blockedOnTelegram = (i: number) =>
  tg.test.app.services.directory.accountsOf(people[i]?.id as number).find((a) => a.platform === "telegram")?.blockedAt instanceof Date;

describe("an announcement to 200 people", () => {
  let second = 0;

  it("first run: counts the 10 without an account and the 5 who blocked the bot, and marks the 5 blocked", async () => {
    const id = await broadcast("Lần một: phát động thi đua.");
    const run = tg.test.app.services.broadcasts.report(leader(), id).runs[0];
    expect(run).toMatchObject({
      total: TOTAL,
      sent: TOTAL - 15,
      pending: 0,
      failed: 15,
      failures: { "no-account": 10, blocked: 5, "platform-error": 0 },
    });
    expect(copies("Lần một").filter((n) => n > 1)).toEqual([]);
    for (const i of BLOCKED) expect(blockedOnTelegram(i)).toBe(true);
  });

  it("second run: the two who came back are reached, each person once, on the platform they last used", async () => {
    // one unblocks the bot (Telegram sends my_chat_member), one unblocks and writes to it
    tg.api.setBlocked(tgUser(BLOCKED[0] as number), false);
    tg.api.blockedBy.delete(tgUser(BLOCKED[1] as number).id);
    tg.api.sendText(tgUser(BLOCKED[1] as number), "/news");
    await tg.api.waitFor(() => !blockedOnTelegram(BLOCKED[0] as number) && !blockedOnTelegram(BLOCKED[1] as number));
    // five people on both platforms last wrote from Slack
    for (let i = 0; i < 5; i++) await slackRequest.slashCommand({ user: slackUser(i), text: "news" });
    // one person on both platforms has blocked the bot on Telegram without the bot knowing: Slack is the fallback
    tg.api.blockedBy.add(tgUser(5).id);

    second = await broadcast("Lần hai: họp sơ kết.");
    const perPerson = copies("Lần hai");
    const unreachable = new Set([...Array.from({ length: NO_ACCOUNT }, (_, k) => TOTAL - NO_ACCOUNT + k), ...BLOCKED.slice(2)]);
    perPerson.forEach((n, i) => {
      expect(n, `${people[i]?.fullName} received it ${n} times`).toBe(unreachable.has(i) ? 0 : 1);
    });
    for (let i = 0; i < 6; i++) expect(slackApi.received(slackUser(i)).filter((m) => m.text.includes("Lần hai"))).toHaveLength(1);
    expect(tg.api.chat(tgUser(6).id).filter((m) => m.text.includes("Lần hai"))).toHaveLength(1);

    const run = tg.test.app.services.broadcasts.report(leader(), second).runs[0];
    expect(run).toMatchObject({
      total: TOTAL,
      sent: TOTAL - 13,
      pending: 0,
      failed: 13,
      failures: { "no-account": 10, blocked: 3, "platform-error": 0 },
    });
    expect(run?.byUnit.reduce((n, u) => n + u.total, 0)).toBe(TOTAL);
    expect(run?.byUnit.reduce((n, u) => n + u.sent + u.failed + u.pending, 0)).toBe(TOTAL);
    expect(run?.unreachable.map((p) => p.personId).sort((a, b) => a - b)).toEqual(
      [...unreachable].map((i) => people[i]?.id).sort((a, b) => (a ?? 0) - (b ?? 0)),
    );

    // /report says the same in words, naming the 13
    const report = await say(tg.test, actAs(tg.test, "Phạm Văn Hùng"), `/report ${second}`);
    expect(report.text).toContain(`${TOTAL} người — đã nhận ${TOTAL - 13}, đang gửi 0, không tới được 13`);
    expect(report.text).toContain("13 người không nhận được qua bot");
    for (const i of unreachable) expect(report.text).toContain(`Người số ${i} (`);
    expect(report.text).toContain("Chưa nhắn với bot lần nào: 10");
    expect(report.text).toContain("Đã chặn bot: 3");
  }, 60_000);

  it("an acknowledgement on one platform counts everywhere, and the reminder skips those who acknowledged", async () => {
    const { broadcasts } = tg.test.app.services;
    // person 6 got it on Telegram and presses "Đã nắm" there; person 0 got it on Slack and presses it there
    tg.api.pressLabel(tgUser(6), tgUser(6).id, "Đã nắm");
    await tg.api.waitFor(() => tg.api.lastText(tgUser(6).id).includes("✓ Đã nắm lúc"));
    const slackCopy = slackApi.received(slackUser(0)).find((m) => m.text.includes("Lần hai"));
    const ackValue = JSON.stringify(slackCopy?.blocks).match(/news:ack:\d+/)?.[0] as string;
    await slackRequest.blockAction({ user: slackUser(0), actionId: `${ACTION_PREFIX}0_0`, value: ackValue });
    await slackApi.waitFor(() => broadcasts.report(leader(), second).runs[0]?.acknowledged === 2);

    // on the other platform, /news shows it acknowledged and offers no button for it
    await slackRequest.slashCommand({ user: slackUser(6), text: "news" });
    await slackApi.waitFor(() => slackApi.receivedText(slackUser(6)).includes(`Số ${second}, gửi lúc`));
    const news = slackApi.receivedText(slackUser(6));
    expect(news).toMatch(new RegExp(`Số ${second}, gửi lúc [^—]+— đã nắm lúc`));
    expect(news).not.toContain(`Đã nắm (số ${second})`);

    // a forged press of someone else's delivery changes nothing
    await slackRequest.blockAction({
      user: slackUser(7),
      actionId: `${ACTION_PREFIX}0_0`,
      value: ackValue.replace(/\d+$/, (n) => String(Number(n) + 1)),
    });
    expect(broadcasts.report(leader(), second).runs[0]?.acknowledged).toBe(2);

    const runId = broadcasts.report(leader(), second).runs[0]?.runId as number;
    const reminderRun = broadcasts.remindUnacknowledged(leader(), runId).runId;
    const reminded = tg.test.app.db.$client.prepare("select person_id as id from deliveries where run_id = ?").all(reminderRun) as Array<{
      id: number;
    }>;
    expect(reminded).toHaveLength(TOTAL - 13 - 2);
    expect(reminded.map((r) => r.id)).not.toContain(people[6]?.id);
    expect(reminded.map((r) => r.id)).not.toContain(people[0]?.id);
  }, 30_000);

  it("a notice, too, reaches a person on both platforms once, and their other account when the first refuses", async () => {
    const { notifier } = tg.test.app.services;
    const notice = (n: number) => reply("raw", { value: `Thông báo riêng ${n}` });
    const received = (i: number, n: number) =>
      tg.api.chat(tgUser(i).id).filter((m) => m.text.includes(`Thông báo riêng ${n}`)).length +
      slackApi.received(slackUser(i)).filter((m) => m.text.includes(`Thông báo riêng ${n}`)).length;
    await notifier.notify(people[10]?.id as number, notice(1));
    expect(received(10, 1)).toBe(1);
    // person 7 has blocked the bot on Telegram, which the bot learns only from this send: Slack gets it
    tg.api.blockedBy.add(tgUser(7).id);
    await notifier.notify(people[7]?.id as number, notice(2));
    expect(tg.api.chat(tgUser(7).id).filter((m) => m.text.includes("Thông báo riêng 2"))).toHaveLength(0);
    expect(slackApi.received(slackUser(7)).filter((m) => m.text.includes("Thông báo riêng 2"))).toHaveLength(1);
    expect(blockedOnTelegram(7)).toBe(true);
  });
});
