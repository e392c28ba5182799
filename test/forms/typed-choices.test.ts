// One rule for typed choices (issue 31): a typed list at a tick question adds to the ticks and waits for «Xong»; a
// number alone is never taken as a commitment; leaving a form with answers always asks first, whichever way «Huỷ»
// was reached; a commitment sent in a second message is added, not lost. Read as the terminal shows it.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actAs, createTestApp, say, type TestApp } from "../support/harness";

let test: TestApp;
beforeEach(() => {
  test = createTestApp();
});
afterEach(() => test.close());

const pledges = () => test.app.db.$client.prepare("select commitments from pledges").all() as Array<{ commitments: string }>;

async function walk(lines: string[]) {
  const lan = actAs(test, "Vũ Thị Lan");
  let last = "";
  for (const line of lines) last = (await say(test, lan, line)).text;
  return { lan, last };
}

describe("typed choices", () => {
  it("ticks a typed list, adds to earlier ticks, and waits for «Xong»", async () => {
    const { lan, last } = await walk(["/pledge", "1, 2"]);
    expect(last).toContain("Đã chọn 1, 2. Gõ 4 («Xong») để tiếp tục");
    expect(last).toContain("[1] ✓ Lao động tiên tiến   [2] ✓ Chiến sĩ thi đua cơ sở   [3] Chiến sĩ thi đua cấp tỉnh");
    // a second list adds to the first, it does not replace it
    expect((await say(test, lan, "3")).text).toContain("Đã chọn 1, 2, 3.");
    expect((await say(test, lan, "4")).text).toContain("(2/2)");
  });

  it("takes a list that ends with «Xong»'s number, and names a part that is no choice", async () => {
    const { lan, last } = await walk(["/pledge", "1 và 4"]);
    expect(last).toContain("(2/2)");
    await say(test, lan, "/cancel");
    await say(test, lan, "/pledge");
    await say(test, lan, "1");
    // with an item ticked, words are no choice: the list again, and the tick kept
    const words = (await say(test, lan, "Làm tốt công việc")).text;
    expect(words).toContain("Không có lựa chọn «Làm tốt công việc». Hãy gõ số của mục (1, 2 hoặc 3), rồi gõ 4 («Xong»):");
    expect(words).toContain("[1] ✓ Lao động tiên tiến");
    expect(words).not.toContain("Chọn ít nhất một mục");
  });

  it("never saves a number alone as the commitment: it asks which was meant", async () => {
    // the trip of the issue: /pledge → 1, 2 → 4 → 1 saved "Cam kết: 4"
    const { lan, last } = await walk(["/pledge", "1, 2", "4", "1"]);
    expect(last).toContain("Bạn muốn chọn «Lao động tiên tiến» hay ghi «1» vào «Nội dung cam kết»?");
    expect(last).toContain("[1] Chọn «Lao động tiên tiến»   [2] Ghi «1»");
    // words typed instead are the answer
    const summary = (await say(test, lan, "Hoàn thành 100% nhiệm vụ")).text;
    expect(summary).toContain("Nội dung cam kết: Hoàn thành 100% nhiệm vụ");
    expect(pledges()).toEqual([]);
  });

  it("writes the number when the person says so", async () => {
    const { lan } = await walk(["/pledge", "1", "4", "5"]);
    const summary = (await say(test, lan, "2")).text;
    expect(summary).toContain("Nội dung cam kết: 5");
  });

  it("adds a commitment sent in a second message, and offers «Thêm cam kết»", async () => {
    const { lan, last } = await walk(["/pledge", "1", "4", "Hoàn thành nhiệm vụ được giao"]);
    expect(last).toContain("[4] Thêm cam kết");
    const added = (await say(test, lan, "Không có ngày nghỉ không phép")).text;
    expect(added).toContain("Đã thêm vào «Nội dung cam kết».");
    expect(added).toContain("Nội dung cam kết: Hoàn thành nhiệm vụ được giao\n    Không có ngày nghỉ không phép");
    await say(test, lan, "4");
    await say(test, lan, "Tham gia đủ các buổi sinh hoạt");
    await say(test, lan, "1");
    expect(pledges()).toEqual([{ commitments: "Hoàn thành nhiệm vụ được giao\nKhông có ngày nghỉ không phép\nTham gia đủ các buổi sinh hoạt" }]);
  });

  it("asks before leaving a form with answers, however «Huỷ» was reached", async () => {
    const { lan, last } = await walk(["/pledge", "1", "4", "Hoàn thành nhiệm vụ", "3"]);
    expect(last).toContain("Thoát biểu mẫu /pledge? 2 câu trả lời đã điền sẽ bị bỏ, không có gì được lưu.");
    expect((await say(test, lan, "không")).text).toContain("Kiểm tra lại trước khi lưu");
    // the list of answers to change keeps 3 for «Huỷ», as the summary does: it asks too
    expect((await say(test, lan, "2")).text).toContain("[1] Xác nhận   [2] Quay lại   [3] Huỷ   [4] Phong trào thi đua");
    expect((await say(test, lan, "3")).text).toContain("Thoát biểu mẫu /pledge?");
    expect((await say(test, lan, "2")).text).toContain("Bạn muốn sửa mục nào?");
    // «Huỷ» typed under a question answered in words asks too, and «có» leaves
    await say(test, lan, "6");
    expect((await say(test, lan, "Huỷ")).text).toContain("Thoát biểu mẫu /pledge?");
    expect((await say(test, lan, "có")).text).toContain("Đã huỷ. Không có gì được lưu.");
    expect(pledges()).toEqual([]);
  });

  it("closes a form with nothing to lose at once", async () => {
    const { last } = await walk(["/pledge", "Huỷ"]);
    expect(last).toContain("Đã huỷ. Không có gì được lưu.");
  });
});
