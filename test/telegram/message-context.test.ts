// Messages that keep their context on Telegram (issue 31): a returned pledge's notice stays on screen when its ⟦Sửa⟧
// is pressed (the form comes below it) and the summary repeats the reason; an announcement says who sent it and
// when, its ⟦Đã nắm⟧ is written over with "✓ Đã nắm lúc …", and a second press does not thank again; a reminder
// starts "Nhắc lại:" and the leader is told how many were reminded.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSendPacer } from "../../src/adapters/pace/send-pacer";
import { createTelegramTransport } from "../../src/adapters/telegram/transport";
import { createOutbox } from "../../src/outbox";
import { buttons } from "../support/telegram-api";
import { startTelegramTest, type TelegramTest, USERS } from "../support/telegram-harness";

let tg: TelegramTest;
beforeEach(async () => {
  tg = await startTelegramTest();
  tg.link("Vũ Thị Lan", USERS.lan);
  tg.link("Hoàng Văn Long", USERS.long);
});
afterEach(async () => tg.close());
const { lan } = USERS;
const person = (name: string) => tg.test.app.services.directory.findOnePerson(name);

async function sendOutbox() {
  const { app } = tg.test;
  const fast = { perSecond: 2000, perChatGapMs: 0, perGroupPerMinute: null };
  const transport = createTelegramTransport({
    token: "123456:CONTEXT-test",
    apiRoot: tg.api.apiRoot,
    translator: app.services.translator,
    botUsername: "thidua_test_bot",
    pace: createSendPacer(fast),
  });
  const outbox = createOutbox(app, app.services.log, [transport]);
  outbox.start();
  await outbox.drained(30_000);
  await outbox.stop();
}

describe("Telegram messages that keep their context", () => {
  it("keeps a returned pledge's reason on screen and in the summary while it is fixed", async () => {
    const { api } = tg;
    api.sendText(lan, "/pledge");
    await api.waitFor(() => api.lastText(lan.id).includes("danh hiệu nào"));
    api.sendText(lan, "1, 4");
    await api.waitFor(() => api.lastText(lan.id).includes("nội dung cam kết"));
    api.sendText(lan, "Hoàn thành nhiệm vụ");
    await api.waitFor(() => api.lastText(lan.id).includes("Kiểm tra lại"));
    api.pressLabel(lan, lan.id, "Xác nhận");
    await api.waitFor(() => api.lastText(lan.id).includes("Đã ghi nhận bản đăng ký thi đua số 1"));
    await tg.test.app.services.pledges.returnForChanges(person("Hoàng Văn Long"), 1, "Cam kết chưa có chỉ tiêu cụ thể");
    await api.waitFor(() => api.lastText(lan.id).includes("Lý do: Cam kết chưa có chỉ tiêu cụ thể"));
    const notice = api.chat(lan.id).at(-1);
    api.press(lan, notice as never, buttons(notice as never).find((b) => b.text === "Sửa")?.callback_data as string);
    await api.waitFor(() => api.lastText(lan.id).includes("Kiểm tra lại"));
    // the notice is still there as it was; the form came as a new message, with the reason in its summary
    expect(api.chat(lan.id).find((m) => m.message_id === notice?.message_id)?.text).toContain("Lý do: Cam kết chưa có chỉ tiêu cụ thể");
    expect(api.lastText(lan.id)).toContain("Bị Hoàng Văn Long trả lại, lý do: Cam kết chưa có chỉ tiêu cụ thể");
  });

  it("says who sent an announcement, marks ⟦Đã nắm⟧ done in place, and counts a reminder", async () => {
    const { api } = tg;
    const { broadcasts } = tg.test.app.services;
    const leader = person("Phạm Văn Hùng");
    const units = [person("Vũ Thị Lan").unitId];
    const { announcementId } = broadcasts.announce(leader, {
      text: "Họp giao ban sáng thứ Hai.",
      audience: { kind: "units", unitIds: units },
      repeat: null,
    });
    await sendOutbox();
    const sent = api.chat(lan.id).at(-1);
    expect(sent?.text).toMatch(/Người gửi: Phạm Văn Hùng \(Lãnh đạo Sở\), lúc \d\d:\d\d \d\d\/\d\d\/\d{4}\nHọp giao ban sáng thứ Hai\./);
    const ack = buttons(sent as never).find((b) => b.text === "Đã nắm")?.callback_data as string;
    api.press(lan, sent as never, ack);
    await api.waitFor(() => api.chat(lan.id).some((m) => m.text.includes("✓ Đã nắm lúc")));
    // written over the announcement, which keeps its words and loses its button
    const edited = api.chat(lan.id).find((m) => m.message_id === sent?.message_id);
    expect(edited?.text).toContain("Họp giao ban sáng thứ Hai.");
    expect(edited?.text).toMatch(/✓ Đã nắm lúc \d\d:\d\d \d\d\/\d\d\/\d{4}\. Cảm ơn bạn\./);
    expect(buttons(edited as never)).toEqual([]);
    // an old copy of the button pressed again: no second thanks
    api.press(lan, sent as never, ack);
    await api.waitFor(() => api.lastText(lan.id).includes("không cần xác nhận lại"));

    const run = broadcasts.report(leader, announcementId).runs[0];
    const reminded = broadcasts.remindUnacknowledged(leader, run?.runId as number);
    expect(reminded.count).toBeGreaterThan(0);
    await sendOutbox();
    expect(api.lastText(USERS.long.id)).toMatch(/^Nhắc lại: thông báo số \d+ dưới đây bạn chưa xác nhận «Đã nắm»\./);
    // Lan acknowledged: she is not reminded
    expect(api.chat(lan.id).some((m) => m.text.startsWith("Nhắc lại:"))).toBe(false);
  });
});
