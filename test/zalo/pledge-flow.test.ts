// A staff member pledges in a Zalo private chat by typing numbers, and the unit head confirms by typing a word,
// all through the real Zalo adapter over HTTP against the local Zalo Bot API stand-in.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startZaloTest, ZALO_USERS, type ZaloTest } from "../support/zalo-harness";

let z: ZaloTest;
beforeEach(async () => {
  z = await startZaloTest();
  z.link("Vũ Thị Lan", ZALO_USERS.lan);
  z.link("Hoàng Văn Long", ZALO_USERS.long);
});
afterEach(async () => z.close());

const { lan, long } = ZALO_USERS;

describe("Zalo pledge flow", () => {
  it("takes a pledge from start to confirmation by typed numbers, and the unit head confirms by word", async () => {
    const question = await z.say(lan, "/pledge");
    expect(question).toContain("Bạn đăng ký phấn đấu đạt danh hiệu nào?");
    expect(question).toMatch(/^1\. Lao động tiên tiến/m);
    const ticked = await z.say(lan, "1");
    expect(ticked).toContain("✓ Lao động tiên tiến");
    const done = /(\d+)\. Xong/.exec(ticked)?.[1] as string;
    const commitments = await z.say(lan, done);
    expect(commitments).toContain("Hãy viết nội dung cam kết");
    const summary = await z.say(lan, "Hoàn thành 100% nhiệm vụ <đúng hạn> & có 01 sáng kiến 🎯");
    expect(summary).toContain("Kiểm tra lại trước khi lưu");
    // plain text: people's words arrive exactly as typed, nothing escaped
    expect(summary).toContain("Hoàn thành 100% nhiệm vụ <đúng hạn> & có 01 sáng kiến 🎯");
    expect(summary).toContain("1. Xác nhận   2. Sửa   3. Huỷ");
    const saved = await z.say(lan, "1");
    expect(saved).toContain("Đã ghi nhận bản đăng ký thi đua số 1");
    await z.api.waitFor(() => z.api.lastText(long.id).includes("vừa gửi bản đăng ký thi đua số 1"));
    const review = await z.say(long, "Xem và xác nhận");
    expect(review).toMatch(/\d\. Xác nhận/);
    expect(await z.say(long, "xac nhan")).toContain("Đã xác nhận bản đăng ký số 1");
    await z.api.waitFor(() => z.api.lastText(lan.id).includes("đã được Hoàng Văn Long xác nhận"));
    for (const message of z.api.callsOf("sendMessage")) expect(String(message.params.text).length).toBeLessThanOrEqual(2000);
  });
});
