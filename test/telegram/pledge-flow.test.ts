// A staff member pledges in a private chat with the real grammY bot, and the unit head confirms, all over HTTP
// against the local Bot API stand-in.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buttons } from "../support/telegram-api";
import { startTelegramTest, type TelegramTest, USERS } from "../support/telegram-harness";

let tg: TelegramTest;
beforeEach(async () => {
  tg = await startTelegramTest();
  tg.link("Vũ Thị Lan", USERS.lan);
  tg.link("Hoàng Văn Long", USERS.long);
});
afterEach(async () => tg.close());

const { lan, long } = USERS;

describe("Telegram pledge flow", () => {
  it("sets localized command menus for private chats and groups", () => {
    const privateVi = tg.api.commands["all_private_chats:"] as Array<{ command: string; description: string }>;
    expect(privateVi).toEqual(expect.arrayContaining([{ command: "pledge", description: "Đăng ký thi đua cá nhân" }]));
    const privateEn = tg.api.commands["all_private_chats:en"] as Array<{ command: string; description: string }>;
    expect(privateEn).toEqual(expect.arrayContaining([{ command: "pledge", description: "Make your emulation pledge" }]));
    expect(privateVi.map((c) => c.command)).not.toContain("as");
  });

  it("takes a person through the form with inline buttons, edits the question in place, and tells the unit head", async () => {
    const { api } = tg;
    api.sendText(lan, "/pledge");
    await api.waitFor(() => api.lastText(lan.id).includes("Bạn đăng ký phấn đấu đạt danh hiệu nào?"));
    const question = api.chat(lan.id).at(-1);
    expect(question?.parse_mode).toBe("HTML");
    api.pressLabel(lan, lan.id, "Lao động tiên tiến");
    await api.waitFor(() =>
      buttons(api.chat(lan.id).at(-1) ?? { message_id: 0, chat_id: 0, text: "", edits: 0 }).some((b) => b.text === "✓ Lao động tiên tiến"),
    );
    // the tick is shown by editing the same message, not by a new one
    expect(api.chat(lan.id)).toHaveLength(1);
    expect(api.chat(lan.id)[0]?.edits).toBeGreaterThan(0);
    api.pressLabel(lan, lan.id, "Xong");
    await api.waitFor(() => api.lastText(lan.id).includes("Hãy viết nội dung cam kết"));
    api.sendText(lan, "Hoàn thành 100% nhiệm vụ <đúng hạn> & có 01 sáng kiến 🎯");
    await api.waitFor(() => api.lastText(lan.id).includes("Kiểm tra lại trước khi lưu"));
    expect(api.lastText(lan.id)).toContain("Hoàn thành 100% nhiệm vụ &lt;đúng hạn&gt; &amp; có 01 sáng kiến 🎯");
    api.pressLabel(lan, lan.id, "Xác nhận");
    await api.waitFor(() => api.chat(lan.id).some((m) => m.text.includes("Đã ghi nhận bản đăng ký thi đua số 1")));
    await api.waitFor(() => api.lastText(long.id).includes("vừa gửi bản đăng ký thi đua số 1"));

    api.pressLabel(long, long.id, "Xem và xác nhận");
    await api.waitFor(() => api.chat(long.id).some((m) => buttons(m).some((b) => b.callback_data === "review:ok:1")));
    api.pressLabel(long, long.id, "Xác nhận");
    await api.waitFor(() => api.lastText(lan.id).includes("đã được Hoàng Văn Long xác nhận"));
    expect(api.callsOf("answerCallbackQuery").length).toBeGreaterThanOrEqual(5);
  });

  it("offers an unknown Telegram user registration, in their Telegram language", async () => {
    tg.api.sendText(USERS.stranger, "/pledge");
    await tg.api.waitFor(() => tg.api.lastText(USERS.stranger.id) !== "");
    expect(tg.api.lastText(USERS.stranger.id)).toContain("/register");
    expect(tg.api.lastText(USERS.stranger.id)).toContain("You are not in the staff directory");
  });

  it("splits a reply longer than 4096 characters cleanly and escapes people's words", async () => {
    const person = tg.test.app.services.directory.findOnePerson("Vũ Thị Lan");
    const long = {
      blocks: Array.from({ length: 60 }, (_, i) => ({
        type: "paragraph" as const,
        text: { key: "raw", args: { value: `${i} <b>${"chữ ".repeat(30)}</b> &` } },
      })),
    };
    await tg.test.app.services.notifier.notify(person.id, long);
    const parts = tg.api.chat(lan.id);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.text.length).toBeLessThanOrEqual(4096);
    expect(parts.map((p) => p.text).join("\n")).toContain("59 &lt;b&gt;chữ");
    expect(parts.every((p) => !p.text.includes("<b>chữ"))).toBe(true);
  });
});
