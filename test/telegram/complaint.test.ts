// Anonymous cases in Telegram: the exchange and the receipt leave the chat once the sender has saved the code,
// nothing the bot stored or logged names the sender, and an anonymous denunciation is told before it is sent that
// it is information under Article 25 of the Law on Denunciations, with no statutory deadline.
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
    // /tocao has chosen the kind: the first question is the content
    api.sendText(lan, "/tocao");
    await api.waitFor(() => api.lastText(lan.id).includes("Hãy viết nội dung"));
    const typed = api.sendText(lan, CONTENT);
    await api.waitFor(() => api.lastText(lan.id).includes("Ẩn danh"));
    api.pressLabel(lan, lan.id, "Ẩn danh");
    await api.waitFor(() => api.lastText(lan.id).includes("Kiểm tra lại"));
    // before sending: information, not a denunciation; checked only with concrete evidence; no deadline
    const summary = api.lastText(lan.id);
    expect(summary).toContain("thông tin tố cáo nặc danh, không phải đơn tố cáo");
    expect(summary).toContain("Điều 25 Luật Tố cáo");
    expect(summary).toContain("tài liệu, chứng cứ cụ thể");
    expect(summary).toContain("Không có thời hạn luật định");
    api.pressLabel(lan, lan.id, "Xác nhận");
    await api.waitFor(() => api.chat(lan.id).some((m) => m.text.includes("Mã biên nhận của bạn")));
    const receipt = api
      .chat(lan.id)
      .map((m) => m.text)
      .join("\n");
    // the receipt promises nothing the law does not, and says truly who does not know the sender
    expect(receipt).toContain("Đã nhận thông tin số 2026-0001");
    expect(receipt).not.toContain("Hạn thụ lý");
    expect(receipt).not.toContain("không ai");
    expect(receipt).toContain("Bot và cán bộ xử lý không biết bạn là ai (ứng dụng nhắn tin thì biết");
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

  it("keeps an attachment as its Telegram reference and re-sends it to the handler by that reference alone", async () => {
    const { api } = tg;
    // on a timeout, say what each chat holds
    const w = (check: () => boolean) =>
      api.waitFor(check).catch(() => {
        throw new Error(`chats: ${JSON.stringify([api.chat(lan.id), api.chat(USERS.son.id)].map((c) => c.map((m) => m.text.slice(0, 80))))}`);
      });
    tg.link("Mai Thị Hạnh", USERS.son);
    api.sendText(lan, "/complain");
    await w(() => api.lastText(lan.id).includes("Bạn muốn gửi loại đơn nào?"));
    api.pressLabel(lan, lan.id, "Khiếu nại");
    await w(() => api.lastText(lan.id).includes("Hãy viết nội dung"));
    api.pushUpdate({
      message: {
        message_id: 9001,
        date: 0,
        chat: { id: lan.id, type: "private", first_name: "Lan" },
        from: { ...lan, is_bot: false },
        document: {
          file_id: "BQACAgIAAxkBAAIB-evidence",
          file_unique_id: "u1",
          file_name: "bien-ban.pdf",
          mime_type: "application/pdf",
          file_size: 2048,
        },
      },
    });
    // a file without words keeps the question open and says it was received
    await w(() => api.chat(lan.id).some((m) => m.text.includes("Đã nhận 1 tệp đính kèm")));
    api.sendText(lan, CONTENT);
    // a complaint cannot be anonymous (Article 8): the way without a name is anonymous feedback
    await w(() => api.lastText(lan.id).includes("Khiếu nại luôn phải có tên"));
    api.pressLabel(lan, lan.id, "Không nêu tên: gửi thành phản ánh ẩn danh");
    await w(() => api.lastText(lan.id).includes("Kiểm tra lại"));
    expect(api.lastText(lan.id)).toContain("Tệp đính kèm: 1");
    api.pressLabel(lan, lan.id, "Xác nhận");
    await w(() => api.chat(lan.id).some((m) => m.text.includes("Mã biên nhận của bạn")));
    const stored = tg.test.app.db.$client.prepare("select platform, file_id, file_name from case_files").all();
    expect(stored).toEqual([{ platform: "telegram", file_id: "BQACAgIAAxkBAAIB-evidence", file_name: "bien-ban.pdf" }]);

    api.sendText(USERS.son, "/cases");
    // this handler's Telegram speaks English
    await w(() => api.lastText(USERS.son.id).includes("1 open case"));
    api.pressLabel(USERS.son, USERS.son.id, "Open 2026-0001");
    await w(() => api.chat(USERS.son.id).some((m) => m.text.includes("Sent anonymously")));
    api.pressLabel(USERS.son, USERS.son.id, "See files (1)");
    await w(() => api.callsOf("sendDocument").length === 1);
    const resent = api.callsOf("sendDocument")[0];
    expect(resent?.params).toMatchObject({ chat_id: USERS.son.id, document: "BQACAgIAAxkBAAIB-evidence" });
    expect(resent?.params.caption).toBeUndefined();
  });

  it("deletes the /case CODE message once read, and keeps the code out of button data", async () => {
    const { api } = tg;
    const filing = { kind: "denunciation" as const, content: CONTENT, anonymous: true, files: [], contact: null };
    const { code } = tg.test.app.services.cases.submit(null, { platform: "console", externalId: "elsewhere" }, filing);
    const typed = api.sendText(lan, `/case ${code}`);
    await api.waitFor(() => api.chat(lan.id).some((m) => m.text.includes("Đơn số 2026-0001")));
    await api.waitFor(() => api.callsOf("deleteMessage").length > 0);
    const deleted = api.callsOf("deleteMessage").map((c) => Number(c.params.message_id));
    expect(deleted).toContain((typed.message as { message_id: number }).message_id);
    // no button, anywhere in the chat, carries the code or any part of it
    const bare = code.replace(/-/g, "");
    const data = api.callsOf("sendMessage").flatMap((c) => JSON.stringify(c.params.reply_markup ?? {}));
    for (const d of data) {
      expect(d).not.toContain(code);
      expect(d.replace(/-/g, "")).not.toContain(bare.slice(4));
    }
    // the button still works for this account, and not for another one that copies its data
    const view = api.chat(lan.id).find((m) => m.text.includes("Đơn số 2026-0001"));
    const addButton = view?.reply_markup?.inline_keyboard?.flat().find((b) => b.callback_data?.startsWith("caseinfo:open:"));
    expect(addButton?.callback_data).toBeDefined();
    const handle = String(addButton?.callback_data).split(":")[2] as string;
    const { cases } = tg.test.app.services;
    expect(cases.codeFor({ platform: "telegram", externalId: String(USERS.long.id) }, handle)).toBeNull();
    expect(cases.codeFor({ platform: "telegram", externalId: String(lan.id) }, handle)).toBe(code);
    api.pressLabel(lan, lan.id, "Bổ sung thông tin");
    await api.waitFor(() => api.lastText(lan.id).includes("thông tin"));
  });
});
