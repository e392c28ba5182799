// Receipt codes as people type them (issue 27): with spaces, dashes or none, in any case, after /case or after the
// bare word "tracuu" / "tra cứu" without a slash; the code is read, the rest is information added to the case.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestApp, say, type TestApp } from "../support/harness";

let test: TestApp;
beforeEach(() => {
  test = createTestApp({ config: { CASE_SEAL_KEY: Buffer.alloc(32, 7).toString("base64") } });
});
afterEach(() => test.close());

const SENDER = { platform: "telegram" as const, userId: "777001", chatId: "777001", chatKind: "dm" as const };

async function fileCase() {
  await say(test, SENDER, "/complain");
  await say(test, SENDER, "2");
  await say(test, SENDER, "Hội đồng xét khen thưởng phòng X đã bỏ qua hồ sơ đủ điều kiện của một đồng chí.");
  await say(test, SENDER, "2");
  await say(test, SENDER, { action: "f:yes" });
  const receipt = await say(test, SENDER, { action: "f:ok" });
  return /([0-9A-Z]{4}(?:-[0-9A-Z]{4}){4})/.exec(receipt.text)?.[1] as string;
}

describe("receipt codes as typed", () => {
  it("reads a code with spaces, dashes or none, in any case, with or without the slash", async () => {
    const code = await fileCase();
    const spaced = code.replace(/-/g, " ");
    const typings = [
      `/case ${spaced}`,
      `/tracuu ${code.toLowerCase()}`,
      `tracuu ${code.replace(/-/g, "")}`,
      `Tracuu ${spaced.toLowerCase()}`,
      `tra cứu ${code}`,
    ];
    for (const line of typings) expect((await say(test, SENDER, line)).text, line).toContain("Chưa có trả lời");
    // what follows a spaced code is information added, not a piece of the code
    expect((await say(test, SENDER, `tracuu ${spaced} Bổ sung: hồ sơ nộp ngày 05/01/2024.`)).text).toContain("Đã bổ sung thông tin");
  });

  it("says a wrong code is wrong, and a bare word alone is not a command", async () => {
    expect((await say(test, SENDER, "tracuu AAAA BBBB CCCC DDDD EEEE")).text).toContain("Mã biên nhận không đúng");
    expect((await say(test, SENDER, "tracuu")).text).not.toContain("Mã biên nhận");
  });
});
