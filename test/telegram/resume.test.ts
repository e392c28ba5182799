// Telegram across a restart mid-form: a typed line first brings the question back with its buttons, and a summary
// edited just before the restart is shown again before "1" can confirm it.
import { afterEach, describe, expect, it } from "vitest";
import { buttons } from "../support/telegram-api";
import { startTelegramTest, type TelegramTest, USERS } from "../support/telegram-harness";

let tg: TelegramTest;
afterEach(async () => tg.close());
const { lan } = USERS;
const pledgeCount = () => (tg.test.app.db.$client.prepare("select count(*) as n from pledges").get() as { n: number }).n;

describe("Telegram resuming a form", () => {
  it("shows the question again with its buttons after a restart, then takes the answer", async () => {
    tg = await startTelegramTest();
    tg.link("Vũ Thị Lan", lan);
    tg.api.sendText(lan, "/pledge");
    await tg.api.waitFor(() => tg.api.lastText(lan.id).includes("danh hiệu nào"));
    tg = await tg.restart();
    tg.api.sendText(lan, "1");
    await tg.api.waitFor(() => tg.api.lastText(lan.id).includes("Bạn đang điền dở biểu mẫu /pledge"));
    const last = tg.api.chat(lan.id).at(-1);
    expect(buttons(last as never).some((b) => b.text === "Lao động tiên tiến")).toBe(true);
    tg.api.sendText(lan, "1");
    await tg.api.waitFor(() => tg.api.lastText(lan.id).includes("Đã chọn 1."));
    tg.api.sendText(lan, "4");
    await tg.api.waitFor(() => tg.api.lastText(lan.id).includes("nội dung cam kết"));
  });

  it("does not confirm with a blind '1' a summary changed just before the restart", async () => {
    tg = await startTelegramTest();
    tg.link("Vũ Thị Lan", lan);
    tg.api.sendText(lan, "/pledge");
    await tg.api.waitFor(() => tg.api.lastText(lan.id).includes("danh hiệu nào"));
    tg.api.sendText(lan, "1, 4");
    await tg.api.waitFor(() => tg.api.lastText(lan.id).includes("nội dung cam kết"));
    tg.api.sendText(lan, "Cam kết trước khi khởi động lại");
    await tg.api.waitFor(() => tg.api.lastText(lan.id).includes("Kiểm tra lại"));
    tg = await tg.restart();
    tg.api.sendText(lan, "1");
    await tg.api.waitFor(() => tg.api.lastText(lan.id).includes("Bạn đang điền dở biểu mẫu /pledge"));
    expect(pledgeCount()).toBe(0);
    tg.api.sendText(lan, "1");
    await tg.api.waitFor(() => pledgeCount() === 1);
  });
});
