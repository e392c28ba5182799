// The Zalo adapter's promises about events and messages, over HTTP against the stand-in: a restart mid-form loses
// nothing, a replayed event acts once (also after a restart), only Zalo with the right secret may call the
// webhook (in both body shapes), long replies are split under 2,000 characters, groups get one line.
import { afterEach, describe, expect, it } from "vitest";
import { hexId } from "../support/zalo-api";
import { startZaloTest, ZALO_USERS, type ZaloTest } from "../support/zalo-harness";

let z: ZaloTest;
afterEach(async () => z.close());

const { lan, stranger } = ZALO_USERS;
const pledges = () => (z.test.app.db.$client.prepare("select count(*) as n from pledges").get() as { n: number }).n;

describe("Zalo events", () => {
  it("keeps a half-filled pledge across a restart: a written answer after it counts, a blind number is held back", async () => {
    z = await startZaloTest();
    z.link("Vũ Thị Lan", lan);
    await z.say(lan, "/pledge");
    await z.say(lan, "1");
    expect(await z.say(lan, "4")).toContain("Hãy viết nội dung cam kết");
    z = await z.restart();
    const summary = await z.say(lan, "Hoàn thành xuất sắc nhiệm vụ được giao.");
    expect(summary).toContain("Danh hiệu đăng ký: Lao động tiên tiến");
    z = await z.restart();
    // a "1" after the restart may be a habit: the summary is shown again first, and the next "1" confirms it
    const resumed = await z.say(lan, "1");
    expect(resumed).toContain("Bạn đang điền dở biểu mẫu /pledge");
    expect(resumed).toContain("Danh hiệu đăng ký: Lao động tiên tiến");
    expect(pledges()).toBe(0);
    expect(await z.say(lan, "1")).toContain("Đã ghi nhận bản đăng ký thi đua số 1");
    expect(pledges()).toBe(1);
  });

  it("acts once on a replayed event, also after a restart", async () => {
    z = await startZaloTest();
    z.link("Vũ Thị Lan", lan);
    await z.say(lan, "/pledge");
    await z.say(lan, "1, 2");
    await z.say(lan, "Xong");
    await z.say(lan, "Cam kết hoàn thành nhiệm vụ.");
    const confirm = z.api.userSays(lan, "1");
    await z.api.waitFor(() => z.api.lastText(lan.id).includes("Đã ghi nhận"));
    await z.zalo.idle();
    const sent = z.api.sent(lan.id).length;
    z.api.replay(confirm);
    z.api.replay(confirm);
    z = await z.restart();
    z.api.replay(confirm);
    // a marker after the replays: once it is answered, every replay before it has been read
    expect(await z.say(lan, "/whoami")).toContain("Vũ Thị Lan");
    expect(z.api.sent(lan.id).length).toBe(sent + 1);
    expect(pledges()).toBe(1);
  });

  it("refuses webhook calls without the right secret and accepts both body shapes", async () => {
    z = await startZaloTest({ webhook: true });
    expect(z.api.webhook?.secret_token).toBe("zalo-webhook-secret-0123");
    const event = {
      event_name: "message.text.received",
      message: {
        message_id: hexId(),
        date: Date.now(),
        chat: { id: stranger.id, chat_type: "PRIVATE" as const },
        from: { id: stranger.id, name: "Khách", is_bot: false },
        text: "/help",
      },
    };
    expect(await z.api.postToWebhook(event, { secret: "zalo-webhook-secret-0124" })).toBe(401);
    expect(await z.api.postToWebhook(event, { secret: null })).toBe(401);
    expect(await z.api.postToWebhook(event, { secret: "" })).toBe(401);
    await z.zalo.idle();
    expect(z.api.sent(stranger.id)).toEqual([]);
    expect(await z.api.postToWebhook(event, { shape: "bare" })).toBe(200);
    await z.api.waitFor(() => z.api.lastText(stranger.id).includes("/register"));
    await z.zalo.idle();
    const second = { ...event, message: { ...event.message, message_id: hexId(), from: { id: stranger.id, first_name: "Khách", is_bot: false } } };
    const before = z.api.sent(stranger.id).length;
    expect(await z.api.postToWebhook(second, { shape: "envelope" })).toBe(200);
    await z.api.waitFor(() => z.api.sent(stranger.id).length > before);
    // the same event posted again (Zalo retrying) is acknowledged and not acted on
    await z.zalo.idle();
    const after = z.api.sent(stranger.id).length;
    expect(await z.api.postToWebhook(second, { shape: "bare" })).toBe(200);
    await z.zalo.idle();
    expect(z.api.sent(stranger.id).length).toBe(after);
    // with the secret, still nothing but a POST of one JSON event of a sane size is taken
    const url = z.webhookUrl as string;
    const headers = { "X-Bot-Api-Secret-Token": "zalo-webhook-secret-0123", "content-type": "application/json" };
    expect((await fetch(url, { method: "GET", headers })).status).toBe(405);
    expect((await fetch(url, { method: "POST", headers, body: "{not json" })).status).toBe(400);
    const huge = await fetch(url, { method: "POST", headers, body: JSON.stringify({ padding: "x".repeat(300_000) }) }).catch(() => null);
    expect(huge === null || huge.status === 413).toBe(true);
    await z.zalo.idle();
    expect(z.api.sent(stranger.id).length).toBe(after);
  });

  it("sends a 3,000-character reply as two messages under 2,000, cut at line ends", async () => {
    z = await startZaloTest();
    z.link("Vũ Thị Lan", lan);
    const person = z.test.app.services.directory.findOnePerson("Vũ Thị Lan");
    const lines = Array.from({ length: 30 }, (_, i) => `${String(i).padStart(2, "0")} ${"chữ ".repeat(24)}<b>&`);
    expect(lines.join("\n").length).toBeGreaterThanOrEqual(3000);
    await z.test.app.services.notifier.notify(person.id, {
      blocks: lines.map((value) => ({ type: "paragraph" as const, text: { key: "raw", args: { value } } })),
    });
    const parts = z.api.texts(lan.id);
    expect(parts).toHaveLength(2);
    for (const part of parts) expect(part.length).toBeLessThan(2000);
    // nothing lost, nothing escaped, no line cut in two
    expect(parts.join("\n")).toBe(lines.join("\n"));
    expect(z.api.callsOf("sendMessage").every((c) => c.status === 200)).toBe(true);
  });

  it("answers a group with one line, once, and a sticker with what the bot can read", async () => {
    z = await startZaloTest();
    z.link("Vũ Thị Lan", lan);
    const group = { id: "9f8e7d6c5b4a39281706", chat_type: "GROUP" as const };
    z.api.userSays(lan, "/pledge", group);
    z.api.userSays(lan, "/complain", group);
    await z.api.waitFor(() => z.api.sent(group.id).length > 0);
    await z.zalo.idle();
    // nothing of either command ran, and the group heard one line, once
    expect(z.test.app.dialogs.pending(`zalo:${lan.id}:${group.id}`)).toBeNull();
    expect(z.api.texts(group.id)).toEqual(["Bot Thi đua – Khen thưởng chỉ làm việc trong trò chuyện riêng. Hãy nhắn riêng cho bot."]);
    z.api.deliver({
      event_name: "message.sticker.received",
      message: { message_id: hexId(), date: Date.now(), chat: { id: lan.id, chat_type: "PRIVATE" }, from: { id: lan.id, is_bot: false } },
    });
    await z.api.waitFor(() => z.api.sent(lan.id).length > 0);
    expect(z.api.lastText(lan.id)).toContain("chỉ đọc được tin nhắn chữ và ảnh");
    // the sticker came after the second group message, so that one has been read by now
    expect(z.api.texts(group.id)).toHaveLength(1);
  });

  it("greets a newcomer in one short line, never the whole help", async () => {
    z = await startZaloTest();
    const greeting = await z.say(stranger, "Xin chào");
    expect(greeting).toBe("Xin chào! Tôi chưa biết bạn trong danh sách cán bộ. Gõ /register để khai báo họ tên và đơn vị.");
    z.link("Vũ Thị Lan", lan);
    const help = await z.say(lan, "/help");
    expect(help).toContain("/pledge —");
    expect(help).not.toContain("/as —");
    // a command's name typed without its slash runs it, as phone keyboards make "/" awkward
    expect(await z.say(lan, "trogiup")).toContain("/pledge —");
    expect(await z.say(lan, "dangky")).toContain("Bạn đăng ký phấn đấu đạt danh hiệu nào?");
    // inside a form the same words are answers
    expect(await z.say(lan, "help")).not.toContain("/pledge —");
  });

  it("lets a typed number press only the choices shown in that chat", async () => {
    z = await startZaloTest();
    z.link("Vũ Thị Lan", lan);
    z.link("Hoàng Văn Long", ZALO_USERS.long);
    expect(await z.say(lan, "/pledge")).toContain("1. Lao động tiên tiến");
    // Long was shown nothing: his "1" is plain text, not Lan's first choice
    expect(await z.say(ZALO_USERS.long, "1")).toContain("Gõ /help");
    expect(await z.say(lan, "1")).toContain("✓ Lao động tiên tiến");
  });

  it("handles a flood from one chat in order, each message once, while other chats are answered", async () => {
    z = await startZaloTest();
    z.link("Vũ Thị Lan", lan);
    const lines = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? "/pledge" : "/cancel"));
    for (const line of lines) z.api.userSays(lan, line);
    expect(await z.say(stranger, "/help")).toContain("/register");
    await z.api.waitFor(() => z.api.sent(lan.id).length >= 40, 20_000);
    await z.zalo.idle();
    const texts = z.api.texts(lan.id);
    expect(texts).toHaveLength(40);
    for (const [i, text] of texts.entries()) expect(text).toContain(i % 2 === 0 ? "Bạn đăng ký phấn đấu đạt danh hiệu nào?" : "Đã huỷ");
  });

  it("waits out a rate-limit answer and still delivers the reply, once", async () => {
    z = await startZaloTest();
    z.link("Vũ Thị Lan", lan);
    z.api.failNext({ method: "sendMessage", status: 429 });
    const started = Date.now();
    expect(await z.say(lan, "/whoami")).toContain("Vũ Thị Lan");
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(z.api.callsOf("sendMessage").map((c) => c.status)).toEqual([429, 200]);
    expect(z.api.sent(lan.id)).toHaveLength(1);
  });
});
