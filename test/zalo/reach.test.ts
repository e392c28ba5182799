import { afterEach, describe, expect, it } from "vitest";
import { createTelegramTransport } from "../../src/adapters/telegram/transport";
import { type Runtime, startRuntime } from "../../src/runtime";
import { createTestApp, type TestApp } from "../support/harness";
import { createRosterApp } from "../support/roster-app";
import { TelegramApiStandIn } from "../support/telegram-api";
import { BOT_TOKEN, startTelegramTest, type TelegramTest } from "../support/telegram-harness";
import { startZaloTest, ZALO_USERS, type ZaloTest } from "../support/zalo-harness";

/** The roster: four staff with a Zalo id, three of them with a Telegram id too, and one with only Telegram. */
const ROSTER = [
  "full_name,unit,roles,telegram_user_id,zalo_user_id",
  "Phạm Văn Hùng,Văn phòng,leader,700001,a1a1a1a1a1a1a1a1a1a1",
  "Nguyễn Thị Mai,Văn phòng,staff,700002,b2b2b2b2b2b2b2b2b2b2",
  "Trần Văn Nam,Văn phòng,staff,700003,c3c3c3c3c3c3c3c3c3c3",
  "Lê Thị Thu,Văn phòng,staff,,d4d4d4d4d4d4d4d4d4d4",
  "Đỗ Văn Bình,Văn phòng,staff,700005,",
].join("\n");
const ZALO_IDS = ["a1a1a1a1a1a1a1a1a1a1", "b2b2b2b2b2b2b2b2b2b2", "c3c3c3c3c3c3c3c3c3c3", "d4d4d4d4d4d4d4d4d4d4"];
const HUNG = { id: "a1a1a1a1a1a1a1a1a1a1", display_name: "Phạm Văn Hùng" };

let z: ZaloTest | null = null;
let tg: TelegramTest | null = null;
let telegram: TelegramApiStandIn | null = null;
let runtime: Runtime | null = null;
afterEach(async () => {
  await runtime?.stop();
  await tg?.telegram.stop();
  await telegram?.stop();
  await z?.close();
  runtime = null;
  tg = null;
  telegram = null;
  z = null;
});

const rosterApp = () => createRosterApp(ROSTER);

const zaloOnly = (zalo: ZaloTest) =>
  startRuntime({
    app: zalo.test.app,
    logger: zalo.test.app.services.log,
    transports: [zalo.zalo.transport()],
    timezone: "Asia/Ho_Chi_Minh",
    caseDigestCron: "0 8 * * *",
  });

const rows = (test: TestApp) =>
  test.app.db.$client.prepare("select person_id, platform, status, error, possible_duplicate from deliveries order by id").all() as Array<{
    person_id: number;
    platform: string | null;
    status: string;
    error: string | null;
    possible_duplicate: number;
  }>;

describe("a Zalo-only deployment", () => {
  it("reaches everyone with a Zalo id, reports the one with only Telegram at once with why, and /report adds up", async () => {
    z = await startZaloTest({ test: await rosterApp() });
    const zalo = z;
    runtime = await zaloOnly(zalo);
    await zalo.say(HUNG, "/announce");
    await zalo.say(HUNG, "Họp toàn cơ quan lúc 8 giờ sáng thứ Hai.");
    await zalo.say(HUNG, "1");
    // the preview names whom it will not reach, and why, before anything is sent
    const preview = await zalo.say(HUNG, "1");
    expect(preview).toContain("1 người không nhận được qua bot");
    expect(preview).toContain("Đỗ Văn Bình (Văn phòng): Chỉ có tài khoản Telegram, bot không chạy Telegram");
    const sent = await zalo.say(HUNG, "1");
    expect(sent).toContain("Đỗ Văn Bình (Văn phòng): Chỉ có tài khoản Telegram, bot không chạy Telegram");

    // every account with a Zalo id, the three who also have Telegram among them, gets it once, within seconds
    await zalo.api.waitFor(() => ZALO_IDS.every((id) => zalo.api.texts(id).some((t) => t.includes("Họp toàn cơ quan"))), 5000);
    await runtime.drained(5000);
    // (Hùng's own chat also holds the form's preview: the announcement is the message offering «Đã nắm»)
    for (const id of ZALO_IDS)
      expect(zalo.api.texts(id).filter((t) => t.includes("Họp toàn cơ quan lúc 8 giờ") && t.includes("Đã nắm"))).toHaveLength(1);
    expect(rows(zalo.test).filter((r) => r.status === "pending" || r.status === "claimed")).toEqual([]);

    const report = await zalo.say(HUNG, "/report 1");
    expect(report).toContain("5 người — đã nhận 4, đang gửi 0, không tới được 1");
    expect(report).toContain("Chỉ có tài khoản ở nền tảng bot không chạy: 1");
    expect(report).toContain("Đỗ Văn Bình (Văn phòng): Chỉ có tài khoản Telegram, bot không chạy Telegram");
    // its chart says the same in words, and the list can be exported (as a spreadsheet: elsewhere than Zalo here)
    expect(report).toMatch(/\d\. Biểu đồ/);
    expect(report).toContain("• Xuất danh sách chưa nhận (Excel)");
    const chart = await zalo.say(HUNG, /(\d)\. Biểu đồ/.exec(report)?.[1] ?? "?");
    expect(chart).toContain("Gửi tới 4/5 người");
    expect(chart).toContain("Lý do chưa tới được — Chỉ có tài khoản ở nền tảng bot không chạy: 1");
  });

  it("says why someone who never wrote to the bot on Zalo cannot be reached", async () => {
    const test = await rosterApp();
    // Thu's Zalo id was never in the roster: she has not written to the bot on Zalo yet
    test.app.db.$client.prepare("delete from platform_accounts where external_id = ?").run("d4d4d4d4d4d4d4d4d4d4");
    z = await startZaloTest({ test });
    runtime = await zaloOnly(z);
    const leader = test.app.services.directory.findOnePerson("Phạm Văn Hùng");
    const { announcementId } = test.app.services.broadcasts.announce(leader, { text: "Thông báo.", audience: { kind: "everyone" }, repeat: null });
    const run = test.app.services.broadcasts.report(leader, announcementId).runs[0];
    expect(run?.unreachable.map((p) => [p.name, p.reason, p.platforms])).toEqual([
      ["Đỗ Văn Bình", "platform-off", ["telegram"]],
      ["Lê Thị Thu", "no-account", ["zalo"]],
    ]);
    expect(await z.say(HUNG, `/report ${announcementId}`)).toContain("Lê Thị Thu (Văn phòng): Chưa nhắn với bot trên Zalo");
  });
});

describe("a deployment that ran Telegram and Zalo, restarted with Zalo only", () => {
  it("leaves no delivery waiting: rows for Telegram and for the terminal's accounts move to Zalo or are closed with why", async () => {
    // the demo organisation gives every demo person an account of the terminal chat (as after /demo)
    const test = createTestApp();
    const { directory, broadcasts } = test.app.services;
    const lan = directory.findOnePerson("Vũ Thị Lan");
    const long = directory.findOnePerson("Hoàng Văn Long");
    const leader = directory.findOnePerson("Phạm Văn Hùng");
    directory.linkAccount(lan.id, { platform: "telegram", externalId: "800001" });
    directory.linkAccount(lan.id, { platform: "zalo", externalId: "e4ea2cd5189df1c3a88c" });
    directory.linkAccount(long.id, { platform: "telegram", externalId: "800002" });
    // Telegram and Zalo configured: the announcement is written for Telegram first, then the bot stops
    broadcasts.running.set(["telegram", "zalo"]);
    const { announcementId } = broadcasts.announce(leader, {
      text: "Thông báo trước khi đổi cấu hình.",
      audience: { kind: "units", unitIds: [lan.unitId] },
      repeat: null,
    });
    const before = rows(test).filter((r) => r.person_id === lan.id || r.person_id === long.id);
    expect(before.map((r) => r.platform)).toEqual(expect.arrayContaining(["telegram", "telegram"]));
    // Lan's was being sent when the process died: it may have reached her on Telegram
    test.app.db.$client.prepare("update deliveries set status = 'claimed', claimed_by = 'gone', lease_until = 0 where person_id = ?").run(lan.id);
    const unitMembers = rows(test).length;

    z = await startZaloTest({ test: test.restart() });
    const restarted = z.test;
    runtime = await zaloOnly(z);
    await runtime.drained(5000);
    const after = rows(restarted);
    expect(after.filter((r) => r.status === "pending" || r.status === "claimed")).toEqual([]);
    expect(after.find((r) => r.person_id === lan.id)).toMatchObject({ platform: "zalo", status: "sent", possible_duplicate: 1 });
    expect(z.api.texts("e4ea2cd5189df1c3a88c").filter((t) => t.includes("Thông báo trước khi đổi cấu hình"))).toHaveLength(1);
    expect(after.find((r) => r.person_id === long.id)).toMatchObject({ status: "failed", error: "platform-off:telegram,console" });

    const run = restarted.app.services.broadcasts.report(leader, announcementId).runs[0];
    expect(run).toMatchObject({ total: unitMembers, sent: 1, pending: 0, failed: unitMembers - 1, possibleDuplicates: 1 });
    expect(run?.failures["platform-off"]).toBe(unitMembers - 1);
    const hung = { id: "f00df00df00df00df00d", display_name: "Hùng" };
    z.link("Phạm Văn Hùng", hung);
    const report = await z.say(hung, `/report ${announcementId}`);
    expect(report).toContain(`Hoàng Văn Long (${long.unitName}): Chỉ có tài khoản Telegram, cửa sổ dòng lệnh, bot không chạy các nền tảng này`);
    // the person at the keyboard of the demo has only the terminal's account
    expect(report).toContain("Chỉ có tài khoản cửa sổ dòng lệnh, bot không chạy cửa sổ dòng lệnh");
  });
});

describe("a Zalo send answered 403", () => {
  it("marks that account and falls over to the person's next one, for an announcement and for a notification", async () => {
    z = await startZaloTest();
    telegram = await new TelegramApiStandIn().start();
    tg = await startTelegramTest({ test: z.test, api: telegram });
    const { directory, broadcasts } = z.test.app.services;
    const lan = directory.findOnePerson("Vũ Thị Lan");
    const lanZalo = { id: "e4ea2cd5189df1c3a88c", display_name: "Vũ Thị Lan" };
    z.link("Vũ Thị Lan", lanZalo);
    directory.linkAccount(lan.id, { platform: "telegram", externalId: "800001" });
    // she wrote last from Zalo, so Zalo comes first
    await z.say(lanZalo, "/news");
    const app = z.test.app;
    runtime = await startRuntime({
      app,
      logger: app.services.log,
      transports: [
        z.zalo.transport(),
        createTelegramTransport({ token: BOT_TOKEN, apiRoot: telegram.apiRoot, translator: app.services.translator, botUsername: "thidua_test_bot" }),
      ],
      timezone: "Asia/Ho_Chi_Minh",
      caseDigestCron: "0 8 * * *",
    });
    z.api.failNext({ method: "sendMessage", status: 403 });
    const leader = directory.findOnePerson("Phạm Văn Hùng");
    broadcasts.announce(leader, { text: "Thông báo khi Zalo từ chối.", audience: { kind: "units", unitIds: [lan.unitId] }, repeat: null });
    await runtime.drained(10_000);
    const row = rows(z.test).find((r) => r.person_id === lan.id);
    expect(row).toMatchObject({ platform: "telegram", status: "sent" });
    expect(telegram.chat(800001).filter((m) => m.text.includes("Thông báo khi Zalo từ chối"))).toHaveLength(1);
    expect(directory.accountsOf(lan.id).find((a) => a.platform === "zalo")?.blockedAt).toBeInstanceOf(Date);

    // she writes on Zalo again: reachable there; a notification refused with 403 goes to Telegram instead
    await z.say(lanZalo, "/news");
    expect(directory.accountsOf(lan.id).find((a) => a.platform === "zalo")?.blockedAt).toBeNull();
    z.api.failNext({ method: "sendMessage", status: 403 });
    await app.services.notifier.notify(lan.id, {
      blocks: [{ type: "paragraph", text: { key: "raw", args: { value: "Nhắc việc khi Zalo từ chối." } } }],
    });
    expect(telegram.chat(800001).filter((m) => m.text.includes("Nhắc việc khi Zalo từ chối"))).toHaveLength(1);
    expect(directory.accountsOf(lan.id).find((a) => a.platform === "zalo")?.blockedAt).toBeInstanceOf(Date);
  });

  it("with no other account running, fails that person at once and /report names Zalo as the one refusing", async () => {
    z = await startZaloTest();
    const zalo = z;
    const { directory, broadcasts } = zalo.test.app.services;
    const lan = directory.findOnePerson("Vũ Thị Lan");
    zalo.link("Vũ Thị Lan", ZALO_USERS.lan);
    runtime = await zaloOnly(zalo);
    zalo.api.failNext({ method: "sendMessage", status: 403 });
    const leader = directory.findOnePerson("Phạm Văn Hùng");
    const { announcementId } = broadcasts.announce(leader, {
      text: "Thông báo khi Zalo từ chối.",
      audience: { kind: "units", unitIds: [lan.unitId] },
      repeat: null,
    });
    await runtime.drained(10_000);
    expect(rows(zalo.test).find((r) => r.person_id === lan.id)).toMatchObject({ platform: "zalo", status: "failed", error: "blocked:zalo" });
    zalo.link("Phạm Văn Hùng", HUNG);
    const report = await zalo.say(HUNG, `/report ${announcementId}`);
    expect(report).toContain(`Vũ Thị Lan (${lan.unitName}): Zalo không cho bot gửi tin`);
    expect(report).toContain("Đã chặn bot: 1");
  });
});
