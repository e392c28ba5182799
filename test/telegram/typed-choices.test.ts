// The one rule for typed choices on Telegram (issue 31): numbers typed instead of tapped read as on the terminal and
// Zalo; the «Huỷ» button of a summary with answers asks before dropping them; a second commitment message is added.
import { afterEach, describe, expect, it } from "vitest";
import { buttons } from "../support/telegram-api";
import { startTelegramTest, type TelegramTest, USERS } from "../support/telegram-harness";

let tg: TelegramTest;
afterEach(async () => tg.close());
const { lan } = USERS;
const commitments = () => tg.test.app.db.$client.prepare("select commitments from pledges").all() as Array<{ commitments: string }>;

async function says(text: string, expected: string) {
  tg.api.sendText(lan, text);
  await tg.api.waitFor(() => tg.api.lastText(lan.id).includes(expected));
  return tg.api.lastText(lan.id);
}

describe("Telegram typed choices", () => {
  it("ticks a typed list, asks about a number alone, adds a second message, and asks before Huỷ drops answers", async () => {
    tg = await startTelegramTest();
    tg.link("Vũ Thị Lan", lan);
    await says("/pledge", "danh hiệu nào");
    expect(await says("1, 2", "Đã chọn 1, 2.")).toContain("Bấm «Xong» để tiếp tục");
    await says("4", "nội dung cam kết");
    await says("1", "Bạn muốn chọn «Lao động tiên tiến» hay ghi «1» vào «Nội dung cam kết»?");
    await says("Hoàn thành nhiệm vụ", "Kiểm tra lại");
    expect(await says("Không nghỉ không phép", "Đã thêm vào «Nội dung cam kết».")).toContain(
      "Nội dung cam kết: Hoàn thành nhiệm vụ\n   Không nghỉ không phép",
    );
    const summary = tg.api.chat(lan.id).at(-1);
    expect(buttons(summary as never).map((b) => b.text)).toContain("Thêm cam kết");
    tg.api.pressLabel(lan, lan.id, "Huỷ");
    await tg.api.waitFor(() => tg.api.lastText(lan.id).includes("Thoát biểu mẫu /pledge? 2 câu trả lời đã điền sẽ bị bỏ"));
    tg.api.pressLabel(lan, lan.id, "Không, điền tiếp");
    await tg.api.waitFor(() => tg.api.lastText(lan.id).includes("Kiểm tra lại"));
    tg.api.pressLabel(lan, lan.id, "Xác nhận");
    await tg.api.waitFor(() => commitments().length === 1);
    expect(commitments()).toEqual([{ commitments: "Hoàn thành nhiệm vụ\nKhông nghỉ không phép" }]);
  });
});
