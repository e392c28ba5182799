// An anonymous complaint in Telegram: the exchange and the receipt leave the chat once the sender has saved the
// code, and nothing the bot stored or logged names the sender.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startTelegramTest, type TelegramTest, USERS } from "../support/telegram-harness";

let tg: TelegramTest;
beforeEach(async () => {
  tg = await startTelegramTest();
  tg.link("Vũ Thị Lan", USERS.lan);
});
afterEach(async () => tg.close());
const { lan } = USERS;
const CONTENT = "Danh sách đề nghị Chiến sĩ thi đua của phòng có người không đủ tiêu chuẩn.";

describe("Telegram complaint", () => {
  it("deletes the exchange and the receipt from the chat once the sender has saved the code", async () => {
    const { api } = tg;
    api.sendText(lan, "/tocao");
    await api.waitFor(() => api.lastText(lan.id).includes("Bạn muốn gửi loại đơn nào?"));
    api.pressLabel(lan, lan.id, "Tố cáo");
    await api.waitFor(() => api.lastText(lan.id).includes("Hãy viết nội dung đơn"));
    const typed = api.sendText(lan, CONTENT);
    await api.waitFor(() => api.lastText(lan.id).includes("Ẩn danh"));
    api.pressLabel(lan, lan.id, "Ẩn danh");
    await api.waitFor(() => api.lastText(lan.id).includes("Kiểm tra lại"));
    api.pressLabel(lan, lan.id, "Xác nhận");
    await api.waitFor(() => api.chat(lan.id).some((m) => m.text.includes("Mã biên nhận của bạn")));
    const code = /([0-9A-Z]{4}(?:-[0-9A-Z]{4}){4})/.exec(
      api
        .chat(lan.id)
        .map((m) => m.text)
        .join("\n"),
    )?.[1];
    expect(code).toBeDefined();

    api.pressLabel(lan, lan.id, "Tôi đã chép mã");
    await api.waitFor(() => api.lastText(lan.id).includes("Đã xoá nội dung đơn"));
    // what is left in the chat is the notice alone: no content, no code
    expect(api.chat(lan.id).map((m) => m.text)).toEqual([expect.stringContaining("Đã xoá nội dung đơn")]);
    const deleted = api.callsOf("deleteMessage").map((c) => Number(c.params.message_id));
    expect(deleted).toContain((typed.message as { message_id: number }).message_id);

    const row = tg.test.app.db.$client.prepare("select sender_person_id, content from cases").get();
    expect(row).toEqual({ sender_person_id: null, content: CONTENT });
    for (const line of tg.test.logLines) {
      expect(line).not.toContain(String(lan.id));
      expect(line).not.toContain(CONTENT.slice(0, 20));
    }
  });
});
