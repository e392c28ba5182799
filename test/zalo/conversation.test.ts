// Talking to the bot on Zalo as a new user would (issue 27): a greeting answered by name with what the person does
// most, a word that is no choice answered with the list again (which stays live), one short line for anything else,
// typed lists and stray numbers read by the one rule of the form engine, and "tracuu CODE" without a slash.
import { afterEach, describe, expect, it } from "vitest";
import { startZaloTest, ZALO_USERS, type ZaloTest } from "../support/zalo-harness";

let z: ZaloTest;
afterEach(async () => z.close());
const { lan } = ZALO_USERS;

describe("Zalo conversation", () => {
  it("greets a known person by name with the commands they use most, and /help for the rest", async () => {
    z = await startZaloTest();
    z.link("Vũ Thị Lan", lan);
    const first = await z.say(lan, "Xin chào");
    expect(first).toMatch(/^Xin chào Vũ Thị Lan! Việc bạn hay làm:\n• \/pledge — /);
    expect(first).toContain("Gõ /help để xem các lệnh khác.");
    expect(first.split("\n").length).toBeLessThanOrEqual(6);
    for (let i = 0; i < 3; i++) await z.say(lan, "/tinmoi");
    expect(await z.say(lan, "chào bot!")).toMatch(/^Xin chào Vũ Thị Lan! Việc bạn hay làm:\n• \/news — /);
  });

  it("answers a line it does not understand with one short line, never the whole help", async () => {
    z = await startZaloTest();
    z.link("Vũ Thị Lan", lan);
    expect(await z.say(lan, "cho tôi hỏi lịch họp")).toBe("Tôi chưa hiểu tin nhắn này. Gõ /help để xem các lệnh bạn dùng được.");
  });

  it("repeats the list for a word that is no choice, and the list still answers to its numbers", async () => {
    z = await startZaloTest();
    z.link("Vũ Thị Lan", lan);
    expect(await z.say(lan, "/reach")).toContain("1. Nơi tôi nhắn bot gần nhất");
    const again = await z.say(lan, "Telegram");
    expect(again).toMatch(/^Không có lựa chọn «Telegram»\. Hãy gõ 1, 2 hoặc 3:\n/);
    expect(again).toContain("1. Nơi tôi nhắn bot gần nhất");
    expect(await z.say(lan, "1")).toContain("Từ nay thông báo đến với bạn ở nơi bạn nhắn bot gần nhất.");
  });

  it("repeats a list shown outside a form for a word that is none of its choices, and keeps it live", async () => {
    z = await startZaloTest();
    z.link("Vũ Thị Lan", lan);
    z.link("Hoàng Văn Long", ZALO_USERS.long);
    for (const line of ["/pledge", "1, 4", "Hoàn thành nhiệm vụ", "1"]) await z.say(lan, line);
    expect(await z.say(ZALO_USERS.long, "/review")).toContain("1. Xác nhận số 1   2. Trả lại số 1");
    // "Trả lại số 2" when only «Trả lại số 1» was offered: the list again, not the help
    expect(await z.say(ZALO_USERS.long, "Trả lại số 2")).toBe(
      "Không có lựa chọn «Trả lại số 2». Hãy gõ 1 hoặc 2:\n1. Xác nhận số 1   2. Trả lại số 1",
    );
    // the list shown again still answers to its numbers
    expect(await z.say(ZALO_USERS.long, "1")).toBe("Đã xác nhận bản đăng ký số 1. Không còn bản nào chờ xác nhận.");
  });

  it("adds a typed list to ticks made one by one, and asks about a number alone at the commitment", async () => {
    z = await startZaloTest();
    z.link("Vũ Thị Lan", lan);
    await z.say(lan, "/pledge");
    await z.say(lan, "1");
    expect(await z.say(lan, "2")).toContain("2. ✓ Chiến sĩ thi đua cơ sở");
    // "3, 4": the third title ticked beside the first two, then «Xong»
    expect(await z.say(lan, "3, 4")).toContain("(2/2)");
    expect(await z.say(lan, "1")).toContain("Bạn muốn chọn «Lao động tiên tiến» hay ghi «1» vào «Nội dung cam kết»?");
    await z.say(lan, "Hoàn thành nhiệm vụ");
    expect(await z.say(lan, "Không nghỉ không phép")).toContain("Nội dung cam kết: Hoàn thành nhiệm vụ\n   Không nghỉ không phép");
    expect(await z.say(lan, "3")).toContain("Thoát biểu mẫu /pledge? 2 câu trả lời đã điền sẽ bị bỏ");
    await z.say(lan, "2");
    await z.say(lan, "1");
    const row = z.test.app.db.$client.prepare("select commitments from pledges").get() as { commitments: string };
    expect(row.commitments).toBe("Hoàn thành nhiệm vụ\nKhông nghỉ không phép");
  });

  it("offers the launch of a campaign for /phatdong, and every platform in /reach's description", async () => {
    z = await startZaloTest();
    z.link("Phạm Văn Hùng", lan);
    const help = await z.say(lan, "/help");
    expect(help).toContain("/reach — Chọn nền tảng nhận thông báo (Zalo, Telegram, Slack hay cửa sổ dòng lệnh)");
    expect(await z.say(lan, "/phatdong")).toContain("Tên phong trào thi đua:");
  });
});
