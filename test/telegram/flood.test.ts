// Fair under flood, with the real grammY bot against the Bot API stand-in enforcing Telegram's real limits (30
// messages a second, 1 a second per chat, 20 a minute per group) and the bot's real pace and inbound limits. What is
// asserted is structure, not speed (how fast lives in bench:telegram's flood scenario): a dropped update does no
// work (no dedupe record, no reply), a registered user is answered, no 429 comes back, and a reply does not wait for
// an announcement to end.
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_INBOUND_LIMITS } from "../../src/adapters/pace/inbound-limits";
import { createTelegramTransport } from "../../src/adapters/telegram/transport";
import { createDirectoryRepo } from "../../src/db/repos/directory";
import { createOutbox } from "../../src/outbox";
import { TELEGRAM_FLOOD_LIMITS, type TelegramUser } from "../support/telegram-api";
import { BOT_TOKEN, startTelegramTest, type TelegramTest, USERS } from "../support/telegram-harness";

const GROUP = { id: -100777, type: "group" as const, title: "Phòng TCBC" };
const { lan, long, stranger } = USERS;
const SLOW_DOWN_VI = "Bạn đang gửi nhanh hơn";
const SLOW_DOWN_EN = "You are sending faster";

let tg: TelegramTest;
afterEach(async () => tg.close());

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function realLimits(): Promise<TelegramTest> {
  const started = await startTelegramTest({ perChatMs: TELEGRAM_FLOOD_LIMITS.perChatIntervalMs, inbound: DEFAULT_INBOUND_LIMITS });
  started.api.limits = TELEGRAM_FLOOD_LIMITS;
  started.link("Vũ Thị Lan", lan);
  return started;
}

/** Sends /whoami as `user` and resolves, once the answer arrived, with its place among the bot's calls. */
async function whoamiAnswered(user: TelegramUser): Promise<number> {
  const before = tg.api.chat(user.id).length;
  tg.api.sendText(user, "/whoami");
  await tg.api.waitFor(() => tg.api.chat(user.id).length > before, 10_000);
  return tg.api.calls.findLastIndex((c) => c.method === "sendMessage" && Number(c.params.chat_id) === user.id);
}

/** Three answers to a registered user while a flood goes on, each after her chat's one-second gap: their places. */
async function lanWhileFlooded(): Promise<number[]> {
  const places: number[] = [];
  for (let i = 0; i < 3; i++) {
    places.push(await whoamiAnswered(lan));
    await pause(TELEGRAM_FLOOD_LIMITS.perChatIntervalMs + 50);
  }
  return places;
}

/** Updates that reached the dedupe record, hence did work: a dropped one never does. */
const recorded = () => tg.test.app.db.$client.prepare("select count(*) from seen_requests").pluck().get() as number;

/**
 * Waits until the bot has confirmed `last` (so it handled every update up to it: the source confirms no offset past an
 * unfinished one) and has sent every answer it queued: nothing more can come of those updates.
 */
async function everyAnswerTo(last: { update_id: number } | undefined): Promise<void> {
  await tg.api.waitFor(() => last !== undefined && tg.api.confirmed(last), 20_000);
  await tg.telegram.idle();
}

const tooMany = () => tg.api.calls.filter((c) => c.status === 429);

describe("Telegram under flood", () => {
  it("a stranger flooding 1,000 messages does not delay a registered user, and gets one hint and one notice", async () => {
    tg = await realLimits();
    const before = recorded();
    const flood = Array.from({ length: 1000 }, (_, i) => tg.api.sendText(stranger, `spam ${i}`));
    expect(await lanWhileFlooded()).toHaveLength(3);
    await everyAnswerTo(flood.at(-1));
    // Lan's three and the stranger's burst (with what his bucket refilled meanwhile) did work; the rest cost a lookup
    expect(recorded() - before).toBeLessThanOrEqual(3 + DEFAULT_INBOUND_LIMITS.sender.burst + 2);
    const texts = tg.api.chat(stranger.id).map((m) => m.text);
    expect(texts).toHaveLength(2);
    expect(texts[0]).toContain("You are not in the staff directory");
    expect(texts[1]).toContain(SLOW_DOWN_EN);
    expect(tooMany()).toEqual([]);
  }, 30_000);

  it("a group flooding 300 commands does not delay a registered user, and is answered within its limits", async () => {
    tg = await realLimits();
    tg.link("Hoàng Văn Long", long);
    // three members flood (Lan is not one of them: her own bucket would be empty, as it should)
    const members = [long, stranger, { id: 1998, first_name: "Khách hai", language_code: "vi" }];
    const before = recorded();
    for (let i = 0; i < 300; i++) tg.api.sendText(members[i % 3] as TelegramUser, "/help@thidua_test_bot", GROUP);
    expect(await lanWhileFlooded()).toHaveLength(3);
    // Lan's three and the group's burst did work; the rest of the 300 were dropped at the door
    expect(recorded() - before).toBeLessThanOrEqual(3 + DEFAULT_INBOUND_LIMITS.group.burst + 2);
    // the group gets at most its burst of answers and one notice, at 20 a minute, never a 429
    const groupSends = tg.api.callsOf("sendMessage").filter((c) => Number(c.params.chat_id) === GROUP.id);
    expect(groupSends.length).toBeLessThanOrEqual(DEFAULT_INBOUND_LIMITS.group.burst + 1);
    expect(tooMany()).toEqual([]);
  }, 30_000);

  it("a flooding user gets one notice, not one per message", async () => {
    tg = await startTelegramTest({ inbound: DEFAULT_INBOUND_LIMITS });
    tg.link("Vũ Thị Lan", lan);
    const flood = Array.from({ length: 60 }, () => tg.api.sendText(lan, "/whoami"));
    await everyAnswerTo(flood.at(-1));
    const texts = tg.api.chat(lan.id).map((m) => m.text);
    expect(texts.filter((t) => t.includes(SLOW_DOWN_VI))).toHaveLength(1);
    const answered = texts.filter((t) => t.includes("Vũ Thị Lan")).length;
    expect(answered).toBeGreaterThanOrEqual(DEFAULT_INBOUND_LIMITS.sender.burst);
    expect(answered).toBeLessThan(DEFAULT_INBOUND_LIMITS.sender.burst + 3);
  }, 20_000);

  it("a restart in the middle of a flood loses no accepted update and acts on none twice", async () => {
    tg = await startTelegramTest({ inbound: DEFAULT_INBOUND_LIMITS });
    tg.link("Vũ Thị Lan", lan);
    for (let i = 0; i < 300; i++) {
      tg.api.sendText(stranger, `spam ${i}`);
      if (i % 60 === 0) tg.api.sendText(lan, "/whoami");
    }
    await tg.api.waitFor(() => tg.api.chat(lan.id).length >= 1);
    tg = await tg.restart();
    for (let i = 0; i < 100; i++) tg.api.sendText(stranger, `more ${i}`);
    await everyAnswerTo(tg.api.sendText(lan, "/whoami"));
    expect(tg.api.chat(lan.id).filter((m) => m.text.includes("Vũ Thị Lan"))).toHaveLength(6);
  }, 20_000);

  // that a waiting reply starts before waiting announcement rows is the pace's own test (test/adapters/pace.test.ts)
  it("replies and a broadcast on the same pace cause no 429, and a reply does not wait for the broadcast to end", async () => {
    tg = await realLimits();
    const repo = createDirectoryRepo(tg.test.app.db);
    const unitId = repo.insertUnit("Đơn vị nhận tin", new Date());
    tg.test.app.uow.transaction(() => {
      for (let i = 0; i < 90; i++) {
        const id = repo.insertPerson({ fullName: `Người nhận ${i}`, unitId, email: null, locale: "vi", status: "active" }, new Date());
        repo.addRole(id, "staff");
        repo.upsertAccount(id, "telegram", String(7000 + i));
      }
    });
    const leader = tg.test.app.services.directory.findOnePerson("Phạm Văn Hùng");
    tg.test.app.services.broadcasts.announce(leader, { text: "Thông báo chung.", audience: { kind: "units", unitIds: [unitId] }, repeat: null });
    const transport = createTelegramTransport({
      token: BOT_TOKEN,
      apiRoot: tg.api.apiRoot,
      translator: tg.test.app.services.translator,
      botUsername: "thidua_test_bot",
      pace: tg.telegram.pace,
    });
    const outbox = createOutbox(tg.test.app, tg.test.app.services.log, [transport]);
    outbox.start();
    await tg.api.waitFor(() => tg.api.callsOf("sendMessage").length >= 10);
    const [firstAnswer] = await lanWhileFlooded();
    await outbox.drained(30_000);
    await outbox.stop();
    // her answer went out while the announcement was still being sent
    const rowsAfter = tg.api.calls.slice((firstAnswer ?? 0) + 1).filter((c) => c.method === "sendMessage" && Number(c.params.chat_id) >= 7000);
    expect(rowsAfter.length).toBeGreaterThan(0);
    const delivered = new Set(
      tg.api
        .callsOf("sendMessage")
        .filter((c) => c.status === 200 && Number(c.params.chat_id) >= 7000)
        .map((c) => c.params.chat_id),
    );
    expect(delivered.size).toBe(90);
    expect(tooMany()).toEqual([]);
  }, 30_000);
});
