// Coming back to a form: after a restart or days later the bot shows where the form stands before anything else;
// a summary the person has not seen cannot be confirmed blindly; another command shows the question with the way
// out; a refusal at Confirm returns to the summary with the field to fix and every answer kept.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actAs, actions, createTestApp, say, type TestApp } from "../support/harness";

let test: TestApp;
beforeEach(() => {
  test = createTestApp();
});
afterEach(() => test.close());

const pledges = () => test.app.db.$client.prepare("select commitments from pledges").all() as Array<{ commitments: string }>;

/** Vũ Thị Lan's pledge up to its summary. */
async function pledgeSummary() {
  const lan = actAs(test, "Vũ Thị Lan");
  await say(test, lan, "/pledge");
  await say(test, lan, "1");
  await say(test, lan, { action: "f:done" });
  const summary = await say(test, lan, "Cam kết lần đầu");
  return { lan, summary };
}

describe("resuming a form", () => {
  it("shows the question again days later before taking an answer", async () => {
    const lan = actAs(test, "Vũ Thị Lan");
    await say(test, lan, "/pledge");
    test.clock.advance(3 * 24 * 3600_000);
    const back = await say(test, lan, "1");
    expect(back.text).toContain("Bạn đang điền dở biểu mẫu /pledge. Đây là bước đang chờ bạn:");
    expect(back.text).toContain("(1/2)");
    // the "1" was not taken as an answer: the same question waits, and now "1" ticks the first title
    expect(back.text).toContain("Bạn đăng ký phấn đấu đạt danh hiệu nào?");
    expect(back.text).not.toContain("✓");
    expect((await say(test, lan, "1")).text).toContain("✓ Lao động tiên tiến");
    expect((await say(test, lan, "4")).text).toContain("(2/2)");
  });

  it("does not let a blind '1' after a restart confirm an edit never seen", async () => {
    const { lan } = await pledgeSummary();
    await say(test, lan, { action: "f:edit" });
    // the list of answers to change keeps 1, 2, 3 for Confirm, Back and Cancel: the commitments are 6
    await say(test, lan, "6");
    await say(test, lan, "Cam kết đã sửa");
    test = test.restart();
    const shown = await say(test, lan, "1");
    expect(shown.text).toContain("Bạn đang điền dở biểu mẫu /pledge");
    expect(shown.text).toContain("Nội dung cam kết: Cam kết đã sửa");
    expect(pledges()).toEqual([]);
    await say(test, lan, "1");
    expect(pledges()).toEqual([{ commitments: "Cam kết đã sửa" }]);
  });

  it("shows the current summary when an older summary's Confirm is pressed", async () => {
    const { lan, summary } = await pledgeSummary();
    const oldConfirm = actions(summary.replies).find((a) => a.startsWith("f:ok:")) as string;
    await say(test, lan, { action: "f:edit" });
    await say(test, lan, "6");
    await say(test, lan, "Cam kết đã sửa");
    const again = await say(test, lan, { action: oldConfirm });
    expect(again.text).toContain("Các câu trả lời đã thay đổi từ lúc bản kiểm tra đó được gửi");
    expect(again.text).toContain("Cam kết đã sửa");
    expect(pledges()).toEqual([]);
  });

  it("takes a commitment written after a restart: an answer in words cannot be a mis-press", async () => {
    const lan = actAs(test, "Vũ Thị Lan");
    await say(test, lan, "/pledge");
    await say(test, lan, "1");
    await say(test, lan, { action: "f:done" });
    test = test.restart();
    const summary = await say(test, lan, "Hoàn thành xuất sắc nhiệm vụ được giao");
    expect(summary.text).not.toContain("Bạn đang điền dở");
    expect(summary.text).toContain("Nội dung cam kết: Hoàn thành xuất sắc nhiệm vụ được giao");
  });

  it("takes 'Done' on a ticked title after a restart", async () => {
    const lan = actAs(test, "Vũ Thị Lan");
    await say(test, lan, "/pledge");
    await say(test, lan, { action: "f:tick:0" });
    test = test.restart();
    const next = await say(test, lan, { action: "f:done" });
    expect(next.text).toContain("(2/2)");
    // typed instead of pressed, as in a terminal with no buttons yet
    await say(test, lan, "/cancel");
    await say(test, lan, "/pledge");
    await say(test, lan, { action: "f:tick:0" });
    expect((await say(test, lan, "xong")).text).toContain("(2/2)");
  });

  it("answers another command with the question and the way out", async () => {
    const lan = actAs(test, "Vũ Thị Lan");
    await say(test, lan, "/pledge");
    const other = await say(test, lan, "/mypledges");
    expect(other.text).toContain("Bạn đang điền dở biểu mẫu /pledge. Trả lời câu hỏi dưới đây, hoặc gõ /cancel để thoát.");
    expect(other.text).toContain("(1/2)");
  });

  it("answers text typed at the summary instead of ignoring it", async () => {
    const { lan } = await pledgeSummary();
    // once the person has moved on from the commitments (to the list of answers and back), text is not added to them
    await say(test, lan, "2");
    await say(test, lan, "quay lại");
    const typed = await say(test, lan, "thêm một ý nữa");
    expect(typed.text).toContain("Bạn đang ở bước kiểm tra lại: gõ 1 để xác nhận, 2 để sửa một mục, 3 để huỷ");
    expect(typed.text).toContain("Cam kết lần đầu");
  });
});

describe("a refusal at Confirm", () => {
  it("returns to the summary with the field to fix, and saves once it is fixed", async () => {
    const son = actAs(test, "Trịnh Văn Sơn");
    await say(test, son, "/announce");
    await say(test, son, "Họp giao ban");
    await say(test, son, { action: "f:pick:0" });
    await say(test, son, { action: "f:pick:1" });
    await say(test, son, "05/01/2026");
    await say(test, son, "10:00");
    // the person waits past 10:00 before confirming
    test.clock.advance(90 * 60_000);
    const refused = await say(test, son, { action: "f:ok" });
    expect(refused.text).toContain("Chưa lưu được: Thời điểm đó đã qua.");
    expect(refused.text).toContain("Hãy sửa mục «Giờ gửi»; mọi câu trả lời khác vẫn được giữ.");
    expect(refused.text).toContain("Nội dung: Họp giao ban");
    const fix = actions(refused.replies).find((a) => a.startsWith("f:field:")) as string;
    expect((await say(test, son, { action: fix })).text).toContain("Gửi lúc mấy giờ?");
    const summary = await say(test, son, "15:00");
    expect(summary.text).toContain("Giờ gửi: 15:00");
    expect((await say(test, son, { action: "f:ok" })).text).toContain("15:00");
  });
});

describe("step counters", () => {
  it("count up by one at each question, and give a total only once it cannot change", async () => {
    const long = actAs(test, "Hoàng Văn Long");
    const steps: string[] = [];
    const record = (reply: { text: string }) => steps.push(/\((\d+(?:\/\d+)?)\)/.exec(reply.text)?.[1] ?? "?");
    record(await say(test, long, "/nominate"));
    for (const answer of [{ action: "f:pick:0" }, "Vũ Thị Lan", "1", { action: "f:pick:0" }, { action: "f:pick:0" }])
      record(await say(test, long, answer));
    // the kind (question 4) decides whether a campaign is asked: the total appears after it, and never changes
    expect(steps).toEqual(["1", "2", "3", "4", "5/6", "6/6"]);
  });
});
