// The smaller things people trip over, in the terminal: complaint aliases that already say the kind, deleting a
// schedule only after a yes, /as that matches whole names and says who you still are, previews cut at a word,
// and the case lists and views (closed cases, labelled deadlines, no empty entries, the sender's own additions).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actAs, actions, createTestApp, say, type TestApp } from "../support/harness";

let test: TestApp;
beforeEach(() => {
  test = createTestApp({ config: { CASE_SEAL_KEY: undefined } });
});
afterEach(() => test.close());

const CONTENT = "Việc bình xét danh hiệu ở phòng chưa công khai danh sách trước khi họp.";

describe("complaint aliases", () => {
  it.each([
    ["/tocao", "Tố cáo"],
    ["/phananh", "Phản ánh"],
  ])("%s skips the kind question and keeps the kind on the summary", async (alias, kind) => {
    const lan = actAs(test, "Vũ Thị Lan");
    const first = await say(test, lan, alias);
    expect(first.text).toContain("Hãy viết nội dung");
    expect(first.text).not.toContain("Bạn muốn gửi loại đơn nào?");
    await say(test, lan, CONTENT);
    const summary = await say(test, lan, { action: "f:pick:1" }); // anonymous: no letter to fill in
    expect(summary.text).toContain(`Loại đơn: ${kind}`);
  });

  it("/khieunai skips the kind question and says a complaint is always named (Luật Khiếu nại Điều 8)", async () => {
    const lan = actAs(test, "Vũ Thị Lan");
    expect((await say(test, lan, "/khieunai")).text).not.toContain("Bạn muốn gửi loại đơn nào?");
    expect((await say(test, lan, CONTENT)).text).toContain("Khiếu nại luôn phải có tên");
  });

  it("/complain still asks the kind", async () => {
    expect((await say(test, actAs(test, "Vũ Thị Lan"), "/complain")).text).toContain("Bạn muốn gửi loại đơn nào?");
  });
});

describe("schedules", () => {
  it("asks before deleting, and calls it deleting, not cancelling", async () => {
    const hung = actAs(test, "Phạm Văn Hùng");
    test.app.services.broadcasts.announce(test.app.services.directory.findOnePerson("Phạm Văn Hùng"), {
      text: "Nhắc đăng ký thi đua.",
      audience: { kind: "everyone" },
      repeat: { kind: "daily", hour: 8, minute: 0 },
    });
    const list = await say(test, hung, "/schedules");
    expect(list.text).toContain("Xoá lịch số 1");
    expect(list.text).not.toContain("Huỷ số 1");
    const asked = await say(test, hung, { action: "schedules:cancel:1" });
    expect(asked.text).toContain("Xoá lịch số 1 (hằng ngày lúc 08:00)?");
    expect(test.app.services.broadcasts.schedules(test.app.services.directory.findOnePerson("Phạm Văn Hùng"))[0]?.status).toBe("active");
    expect(actions(asked.replies)).toEqual(["schedules:remove:1", "schedules:list:0"]);
    expect((await say(test, hung, { action: "schedules:remove:1" })).text).toContain("Đã xoá lịch số 1");
  });
});

describe("/as", () => {
  it("matches whole names, so Anh is not Hạnh, and a failure says who you still are", async () => {
    const who = { platform: "console" as const, userId: "operator", chatId: "console", chatKind: "dm" as const };
    expect((await say(test, who, "/as Anh")).text).toContain("Bạn đang là Bùi Đức Anh");
    const failed = await say(test, who, "/as Xuân");
    expect(failed.text).toContain("Không tìm thấy ai tên «Xuân»");
    expect(failed.text).toContain("Bạn vẫn là Bùi Đức Anh.");
  });
});

describe("/report", () => {
  it("cuts a long announcement at a word, with an ellipsis", async () => {
    const hung = actAs(test, "Phạm Văn Hùng");
    const long = "Phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ chính trị năm 2026 của toàn Sở và các đơn vị trực thuộc";
    const { announcementId } = test.app.services.broadcasts.announce(test.app.services.directory.findOnePerson("Phạm Văn Hùng"), {
      text: long,
      audience: { kind: "everyone" },
      repeat: null,
    });
    const report = await say(test, hung, `/report ${announcementId}`);
    expect(report.text).toContain("«Phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ…»");
  });
});

describe("cases", () => {
  /** A named denunciation with its letter's details, as law-flow.test.ts files one. */
  async function fileNamedCase() {
    const lan = actAs(test, "Vũ Thị Lan");
    await say(test, lan, "/tocao");
    await say(test, lan, CONTENT);
    await say(test, lan, "1"); // named
    await say(test, lan, "Ông Trần Văn B, Trưởng phòng X");
    await say(test, lan, "12 Lê Lợi, phường 1");
    await say(test, lan, "0912 345 678");
    await say(test, lan, "Xem xét, xử lý theo quy định.");
    const receipt = await say(test, lan, { action: "f:ok" });
    const code = /([0-9A-Z]{4}(?:-[0-9A-Z]{4}){4})/.exec(receipt.text)?.[1] as string;
    return { lan, code };
  }

  it("labels each deadline, lists closed cases, leaves out an empty acceptance note and shows the sender's additions", async () => {
    const { lan, code } = await fileNamedCase();
    const hanh = actAs(test, "Mai Thị Hạnh");
    expect((await say(test, hanh, "/cases")).text).toMatch(/nhận \d{2}\/\d{2}\/\d{4}, chờ đơn có chữ ký — «Việc bình xét/);
    await say(test, hanh, { action: "cases:letter:1" });
    await say(test, hanh, test.clock.now().toISOString().slice(0, 10).split("-").reverse().join("/"));
    await say(test, hanh, { action: "f:ok" });
    const open = await say(test, hanh, "/cases");
    expect(open.text).toMatch(/nhận \d{2}\/\d{2}\/\d{4}, hạn thụ lý \d{2}\/\d{2}\/\d{4} — «Việc bình xét/);
    await say(test, hanh, { action: "cases:accept:1" });
    expect((await say(test, hanh, "/cases")).text).toMatch(/hạn giải quyết \d{2}\/\d{2}\/\d{4}/);
    await say(test, lan, `/case ${code} Bổ sung: danh sách họp ngày 05/01.`);
    const detail = await say(test, hanh, { action: "cases:open:1" });
    expect(detail.text).not.toMatch(/Thụ lý: *$/m);
    expect(detail.text).toMatch(/— Thụ lý$/m);
    const mine = await say(test, lan, `/case ${code}`);
    expect(mine.text).toContain("Bổ sung: danh sách họp ngày 05/01.");

    await say(test, hanh, { action: "cases:close:1" });
    await say(test, hanh, "Đã công khai lại danh sách và họp lại.");
    await say(test, hanh, { action: "f:ok" });
    expect((await say(test, hanh, "/cases")).text).toContain("Không có đơn nào đang mở.");
    const closed = await say(test, hanh, "/cases closed");
    expect(closed.text).toContain("Có 1 đơn đã đóng");
    expect(closed.text).toMatch(/đã đóng \d{2}\/\d{2}\/\d{4}/);
  });
});
