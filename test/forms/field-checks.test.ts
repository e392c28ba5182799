// Each field checks itself as it is answered, in the terminal: real dates, one date, sensible years, an end after
// the start, a deadline inside the period and not past, a time still to come, a nominee the proposer may propose,
// and text that is more than invisible characters. The form stays on the field, every earlier answer kept.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actAs, createTestApp, say, type TestApp } from "../support/harness";

let test: TestApp;
beforeEach(() => {
  // 09:00 on 05/01/2026 in Hà Nội
  test = createTestApp();
});
afterEach(() => test.close());

/** /campaign as the secretary up to the start date question. */
async function campaignUpToStart() {
  const son = actAs(test, "Trịnh Văn Sơn");
  await say(test, son, "/campaign");
  await say(test, son, "Phong trào thử");
  await say(test, son, { action: "f:skip" });
  await say(test, son, "1");
  return son;
}

describe("dates are checked as they are typed", () => {
  it.each([
    ["31/02/2027", "«Ngày bắt đầu» không có thật"],
    ["2023-13-01", "«Ngày bắt đầu» không có thật"],
    ["thứ Hai tuần sau", "«Ngày bắt đầu» không có thật hoặc chưa đúng dạng. Gõ ngày/tháng/năm, ví dụ 15/02/2026."],
    ["01/01/2027 - 31/12/2027", "Chỉ gõ một ngày cho «Ngày bắt đầu»"],
    ["01/01/2099", "Năm của «Ngày bắt đầu» phải từ 2021 đến 2031"],
  ])("answers %s with what is wrong, not 'must not be empty'", async (typed, expected) => {
    const son = await campaignUpToStart();
    const reply = await say(test, son, typed);
    expect(reply.text).toContain(expected);
    expect(reply.text).not.toContain("không được để trống");
    // still the same question, and the next answer goes on from there
    expect(reply.text).toContain("(4) ");
    expect((await say(test, son, "01/02/2026")).text).toContain("(5) ");
  });

  it("refuses an end before the start and a pledge deadline outside the period or already past", async () => {
    const son = await campaignUpToStart();
    await say(test, son, "01/01/2026");
    expect((await say(test, son, "31/12/2025")).text).toContain("«Ngày kết thúc» phải từ ngày bắt đầu (01/01/2026) trở đi.");
    await say(test, son, "31/12/2026");
    expect((await say(test, son, "15/01/2027")).text).toContain("phải nằm trong thời gian phong trào, từ 01/01/2026 đến 31/12/2026");
    expect((await say(test, son, "02/01/2026")).text).toContain("«Hạn đăng ký thi đua» đã qua (hôm nay là 05/01/2026)");
    const titles = await say(test, son, "31/01/2026");
    expect(titles.text).toContain("(7/7)");
    await say(test, son, "1");
    const summary = await say(test, son, { action: "f:done" });
    // every answer kept, days as dd/mm/yyyy
    expect(summary.text).toContain("Ngày bắt đầu: 01/01/2026");
    expect(summary.text).toContain("Hạn đăng ký thi đua: 31/01/2026");
    expect(summary.text).not.toContain("2026-01");
  });

  it("takes «hôm nay», «mai» and «ngày mai» as days, and gives an example ahead of today", async () => {
    const son = await campaignUpToStart();
    const question = await say(test, son, "hôm nay");
    // 05/01/2026 in Hà Nội: the example is the 15th of next month
    expect(question.text).toContain("(5) ");
    expect(question.text).toContain("ví dụ 15/02/2026; hoặc gõ «hôm nay», «mai».");
    expect((await say(test, son, "Ngày mai")).text).toContain("(6) ");
    await say(test, son, "mai");
    expect(test.app.dialogs.pending("console:Trịnh Văn Sơn:dm-Trịnh Văn Sơn")?.values).toMatchObject({
      startsOn: "2026-01-05",
      endsOn: "2026-01-06",
      deadline: "2026-01-06",
    });
  });

  it("asks again for a later answer that an edit made wrong, saying why", async () => {
    const son = await campaignUpToStart();
    for (const answer of ["01/02/2026", "28/02/2026"]) await say(test, son, answer);
    await say(test, son, { action: "f:skip" });
    await say(test, son, { action: "f:edit" });
    await say(test, son, "7"); // the start date: the list keeps 1, 2, 3 for Confirm, Back and Cancel
    const again = await say(test, son, "01/03/2026");
    expect(again.text).toContain("«Ngày kết thúc» phải từ ngày bắt đầu (01/03/2026) trở đi.");
    const summary = await say(test, son, "31/03/2026");
    expect(summary.text).toContain("Ngày kết thúc: 31/03/2026");
    expect(summary.text).toContain("Tên phong trào: Phong trào thử");
  });
});

describe("announcements are planned for the future", () => {
  it("refuses a day already past and a time already past today", async () => {
    const son = actAs(test, "Trịnh Văn Sơn");
    await say(test, son, "/announce");
    await say(test, son, "Họp giao ban");
    await say(test, son, { action: "f:pick:0" }); // everyone
    await say(test, son, { action: "f:pick:1" }); // once
    expect((await say(test, son, "04/01/2026")).text).toContain("«Ngày gửi» đã qua (hôm nay là 05/01/2026)");
    await say(test, son, "05/01/2026");
    expect((await say(test, son, "08:30")).text).toContain("Giờ 08:30 hôm nay đã qua");
    const summary = await say(test, son, "10:00");
    expect(summary.text).toContain("Ngày gửi: 05/01/2026");
  });
});

describe("a nominee is checked where it is chosen", () => {
  it("tells a unit head at the name step that the person is in another unit", async () => {
    const long = actAs(test, "Hoàng Văn Long");
    await say(test, long, "/nominate");
    await say(test, long, { action: "f:pick:0" });
    const refused = await say(test, long, "Ngô Thị Thu");
    expect(refused.text).toContain("Ngô Thị Thu thuộc đơn vị khác");
    expect(refused.text).toContain("(2) ");
    expect((await say(test, long, "Vũ Thị Lan")).text).toContain("(3) ");
  });
});

describe("text made only of invisible characters is empty", () => {
  it.each([["\u200B\u200B\u200B"], ["\u200B \u2060\uFEFF"], ["\u00A0\u3000"]])("refuses a commitment of %j", async (typed) => {
    const lan = actAs(test, "Vũ Thị Lan");
    await say(test, lan, "/pledge");
    await say(test, lan, "1");
    await say(test, lan, { action: "f:done" });
    expect((await say(test, lan, typed)).text).toContain("«Nội dung cam kết» không được để trống");
    const count = test.app.db.$client.prepare("select count(*) as n from pledges").get() as { n: number };
    expect(count.n).toBe(0);
  });

  it("keeps a zero-width joiner inside an emoji and trims invisible characters around the text", async () => {
    const lan = actAs(test, "Vũ Thị Lan");
    await say(test, lan, "/pledge");
    await say(test, lan, "1");
    await say(test, lan, { action: "f:done" });
    await say(test, lan, "\u200BGia đình 👨‍👩‍👧 hỗ trợ\u200B");
    await say(test, lan, { action: "f:ok" });
    const stored = test.app.db.$client.prepare("select commitments from pledges").get() as { commitments: string };
    expect(stored.commitments).toBe("Gia đình 👨‍👩‍👧 hỗ trợ");
  });
});

describe("in English", () => {
  it("says a date does not exist, and asks for one date", async () => {
    const son = await campaignUpToStart();
    test.app.services.directory.setLocale(test.app.services.directory.findOnePerson("Trịnh Văn Sơn").id, "en");
    expect((await say(test, son, "31/02/2027")).text).toContain('The date for "Start date" does not exist');
    expect((await say(test, son, "01/01/2027 - 31/12/2027")).text).toContain('Type one date for "Start date"');
  });
});

describe("an edit that makes another answer necessary", () => {
  it("asks for the units after the audience is changed to some units from the summary", async () => {
    const son = actAs(test, "Trịnh Văn Sơn");
    await say(test, son, "/announce");
    await say(test, son, "Họp giao ban");
    await say(test, son, { action: "f:pick:0" }); // everyone
    await say(test, son, { action: "f:pick:0" }); // now
    await say(test, son, { action: "f:edit" });
    await say(test, son, "5"); // the audience, after Confirm, Back, Cancel and the text
    const units = await say(test, son, { action: "f:pick:1" }); // some units
    expect(units.text).toContain("Chọn các đơn vị nhận");
    await say(test, son, { action: "f:tick:0" });
    const summary = await say(test, son, { action: "f:done" });
    expect(summary.text).toContain("Các đơn vị: Ban Giám đốc Sở");
  });
});
