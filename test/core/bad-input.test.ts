// Bad input everywhere gets a localized answer and changes nothing it should not.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actAs, createTestApp, say, type TestApp } from "../support/harness";

let test: TestApp;
beforeEach(() => {
  test = createTestApp();
});
afterEach(() => test.close());

const pledgeCount = () => (test.app.db.$client.prepare("select count(*) as n from pledges").get() as { n: number }).n;

describe("bad input", () => {
  it("suggests the closest commands for a mistyped one, diacritics or not", async () => {
    const lan = actAs(test, "Vũ Thị Lan");
    expect((await say(test, lan, "/pledeg")).text).toContain("Có phải bạn muốn: /pledge");
    expect((await say(test, lan, "/xyzzy")).text).toContain("Không có lệnh /xyzzy");
    // Vietnamese aliases may be typed with their diacritics
    expect((await say(test, lan, "/trợgiúp")).text).toContain("Các lệnh bạn dùng được");
  });

  it("answers a wrong choice with the valid range and keeps the form where it was", async () => {
    const lan = actAs(test, "Vũ Thị Lan");
    await say(test, lan, "/pledge");
    const wrong = await say(test, lan, "9");
    expect(wrong.text).toContain("Không có lựa chọn «9». Hãy gõ số của mục (1, 2 hoặc 3), rồi gõ 4 («Xong»):");
    const stillAsking = await say(test, lan, { action: "f:done" });
    expect(stillAsking.text).toContain("Mục «Danh hiệu đăng ký» không được để trống");
  });

  it("refuses empty and over-long commitments without saving, and keeps emoji and combining marks intact", async () => {
    const lan = actAs(test, "Vũ Thị Lan");
    await say(test, lan, "/pledge");
    await say(test, lan, "1");
    await say(test, lan, { action: "f:done" });
    expect((await say(test, lan, "   ")).text).toContain("không được để trống");
    const long = await say(test, lan, "a".repeat(6_000));
    expect(long.text).toContain("dài 6.000 ký tự, vượt quá");
    expect(pledgeCount()).toBe(0);

    // "Hoàn thành" typed with combining marks (NFD), as some keyboards send it
    const decomposed = "Hoàn thành 100% 🎯 nhiệm vụ 👍🏽".normalize("NFD");
    const summary = await say(test, lan, decomposed);
    expect(summary.text).toContain("Hoàn thành 100% 🎯 nhiệm vụ 👍🏽".normalize("NFC"));
    await say(test, lan, { action: "f:ok" });
    const stored = test.app.db.$client.prepare("select commitments from pledges").get() as { commitments: string };
    expect(stored.commitments).toBe("Hoàn thành 100% 🎯 nhiệm vụ 👍🏽".normalize("NFC"));
  });

  it("says there is nothing to return instead of asking which pledge with no choices", async () => {
    const long = actAs(test, "Hoàng Văn Long");
    const answer = await say(test, long, "/returnpledge");
    expect(answer.text).toContain("Không có bản đăng ký nào chờ bạn xem xét");
    expect(test.app.dialogs.pending(`console:${long.userId}:${long.chatId}`)).toBeNull();
    // once a member's pledge waits for him, the form asks which one
    const lan = actAs(test, "Vũ Thị Lan");
    await say(test, lan, "/pledge");
    await say(test, lan, "1");
    await say(test, lan, { action: "f:done" });
    await say(test, lan, "Hoàn thành tốt nhiệm vụ.");
    await say(test, lan, { action: "f:ok" });
    expect((await say(test, long, "/returnpledge")).text).toContain("Vũ Thị Lan");
  });

  it("answers a stale or forged button without acting", async () => {
    const long = actAs(test, "Hoàng Văn Long");
    expect((await say(test, long, { action: "review:ok:999" })).text).toContain("Không tìm thấy mục này");
    expect((await say(test, long, { action: "f:pick:3" })).text).toContain("Biểu mẫu này đã đóng");
    expect((await say(test, long, { action: "nonsense" })).text).not.toBe("");
  });

  it("tells a stranger how to register, and keeps staff commands from them", async () => {
    const stranger = { platform: "console" as const, userId: "stranger", chatId: "dm-stranger", chatKind: "dm" as const };
    expect((await say(test, stranger, "/pledge")).text).toContain("/register");
    const help = await say(test, stranger, "/help");
    expect(help.text).toContain("/register");
    expect(help.text).not.toContain("/pledge");
  });

  it("speaks English to someone who chose it", async () => {
    const lan = actAs(test, "Vũ Thị Lan");
    await say(test, lan, "/lang");
    const switched = await say(test, lan, "2");
    expect(switched.text).toBe("Switched to English.");
    expect((await say(test, lan, "/pledeg")).text).toContain("Did you mean");
  });
});
