// Complaints and denunciations played through the real dispatcher on a real SQLite file, step by step as the law
// has them: no anonymous complaint; a named case's clock starts only when its signed letter is received; an
// anonymous denunciation is information without a deadline; extensions, suspensions, the second-instance dialogue
// and withdrawal each follow the rule in force on the day.
import { afterEach, describe, expect, it } from "vitest";
import { DomainError } from "../../src/core/errors";
import { actAs, createTestApp, say, type TestApp } from "../support/harness";

let test: TestApp;
afterEach(() => test.close());

const CONTENT = "Hội đồng xét khen thưởng phòng X đã bỏ qua hồ sơ đủ điều kiện của một đồng chí.";
const row = (id = 1) => test.app.db.$client.prepare("select * from cases where id = ?").get(id) as Record<string, unknown>;

function start(at: string, config: Parameters<typeof createTestApp>[0] = {}) {
  test = createTestApp(config);
  test.clock.set(at);
  return { lan: actAs(test, "Vũ Thị Lan"), hanh: actAs(test, "Mai Thị Hạnh") };
}

/** A named denunciation through /tocao, as a registered staff member. */
async function namedDenunciation(who: ReturnType<typeof actAs>) {
  await say(test, who, "/tocao");
  await say(test, who, CONTENT);
  await say(test, who, "1");
  await say(test, who, "Ông Trần Văn B, Trưởng phòng X");
  await say(test, who, "12 Lê Lợi, phường 1");
  await say(test, who, "0912 345 678");
  const summary = await say(test, who, "Xem xét, xử lý theo quy định.");
  const receipt = await say(test, who, { action: "f:ok" });
  return { summary: summary.text, receipt: receipt.text, code: /([0-9A-Z]{4}(?:-[0-9A-Z]{4}){4})/.exec(receipt.text)?.[1] as string };
}

/** A named complaint through /khieunai; `learnedOn` as typed (dd/mm/yyyy). */
async function namedComplaint(who: ReturnType<typeof actAs>, instance: "1" | "2", learnedOn: string) {
  await say(test, who, "/khieunai");
  await say(test, who, CONTENT);
  await say(test, who, "1");
  await say(test, who, instance);
  await say(test, who, learnedOn);
  await say(test, who, "Hội đồng Thi đua – Khen thưởng Sở");
  await say(test, who, "12 Lê Lợi, phường 1");
  await say(test, who, "0912 345 678");
  const summary = await say(test, who, "Xem xét lại hồ sơ của tôi.");
  const receipt = await say(test, who, { action: "f:ok" });
  return { summary: summary.text, receipt: receipt.text, code: /([0-9A-Z]{4}(?:-[0-9A-Z]{4}){4})/.exec(receipt.text)?.[1] as string };
}

async function letterReceived(hanh: ReturnType<typeof actAs>, day: string) {
  await say(test, hanh, { action: "cases:letter:1" });
  await say(test, hanh, day);
  return (await say(test, hanh, { action: "f:ok" })).text;
}

async function note(hanh: ReturnType<typeof actAs>, action: string, body: string) {
  await say(test, hanh, { action });
  await say(test, hanh, body);
  return (await say(test, hanh, { action: "f:ok" })).text;
}

describe("a complaint names its maker (Luật Khiếu nại Điều 8)", () => {
  it("offers anonymous feedback instead, and the service refuses an anonymous complaint outright", async () => {
    start("2026-03-02T02:00:00Z");
    const stranger = { platform: "telegram" as const, userId: "555", chatId: "555", chatKind: "dm" as const };
    await say(test, stranger, "/khieunai");
    const asked = await say(test, stranger, CONTENT);
    expect(asked.text).toContain("Khiếu nại luôn phải có tên: theo Điều 8 Luật Khiếu nại");
    expect(asked.text).toContain("Không nêu tên: gửi thành phản ánh ẩn danh");
    expect(asked.text).not.toContain("\nẨn danh");
    const summary = await say(test, stranger, "2");
    expect(summary.text).toContain("phản ánh ẩn danh, không phải khiếu nại");
    const receipt = await say(test, stranger, { action: "f:ok" });
    expect(receipt.text).toContain("Phản ánh ẩn danh");
    expect(receipt.text).toContain("quy chế của Sở (không phải luật)");
    expect(row()).toMatchObject({ kind: "feedback", anonymous: 1, sender_person_id: null, accept_by: null });

    // someone not on the staff list who chooses a named complaint is told so before writing a letter
    await say(test, stranger, "/khieunai");
    await say(test, stranger, CONTENT);
    await say(test, stranger, "1");
    expect((await say(test, stranger, { action: "f:ok" })).text).toContain("Để gửi đơn có tên, bạn cần có trong danh sách cán bộ");

    const refuse = () =>
      test.app.services.cases.submit(
        null,
        { platform: "console", externalId: "x" },
        { kind: "complaint", content: CONTENT, anonymous: true, files: [], contact: null },
      );
    expect(refuse).toThrow(DomainError);
    expect(refuse).toThrow(expect.objectContaining({ code: "case-complaint-anonymous" }));
    expect(test.app.services.translator.t("vi", "error-case-complaint-anonymous")).toContain("phản ánh ẩn danh (/phananh)");
  });
});

describe("a named case's deadlines start when its signed letter is received", () => {
  it("prepares the letter, keeps no deadline before it, and counts 7 working days across Tết from the letter", async () => {
    const { lan, hanh } = start("2026-02-10T02:00:00Z");
    const filed = await namedDenunciation(lan);
    expect(filed.summary).toContain("Thời hạn giải quyết theo luật chỉ bắt đầu khi cơ quan nhận được đơn có chữ ký");
    expect(filed.receipt).toContain("ĐƠN TỐ CÁO");
    expect(filed.receipt).toContain("Họ và tên: Vũ Thị Lan");
    expect(filed.receipt).toContain("Người bị tố cáo: Ông Trần Văn B, Trưởng phòng X");
    expect(filed.receipt).toContain("Cách liên hệ: 0912 345 678");
    expect(filed.receipt).toContain("ngày 10 tháng 02 năm 2026");
    expect(filed.receipt).toContain("NGƯỜI TỐ CÁO (ký, ghi rõ họ tên hoặc điểm chỉ)");
    expect(filed.receipt).not.toContain("Hạn thụ lý");
    expect(row()).toMatchObject({ status: "awaiting_letter", accept_by: null, resolve_by: null });
    expect(JSON.parse(String(row().letter))).toMatchObject({ name: "Vũ Thị Lan", subject: "Ông Trần Văn B, Trưởng phòng X", date: "2026-02-10" });

    // weeks go by without a letter: nothing is overdue, and the sender sees why
    test.clock.set("2026-02-12T02:00:00Z");
    expect((await say(test, hanh, "/cases")).text).toContain("chờ đơn có chữ ký");
    expect((await say(test, lan, `/case ${filed.code}`)).text).toContain("Chưa nhận được đơn có chữ ký: chưa có thời hạn nào bắt đầu");
    expect((await say(test, hanh, { action: "cases:accept:1" })).text).toContain("không ở bước cho phép");

    // a letter cannot be recorded as received tomorrow
    expect(await letterReceived(hanh, "13/02/2026")).toContain("không thể trước ngày nhận qua bot hoặc sau hôm nay");
    // the signed letter came on Friday 13/2; 14–15 weekend, 16–20 Tết, 21–22 weekend → Tuesday 3/3
    test.clock.set("2026-02-13T09:00:00Z");
    expect(await letterReceived(hanh, "13/02/2026")).toContain("Hạn thụ lý: 03/03/2026");
    expect(row()).toMatchObject({ status: "received", letter_received_on: "2026-02-13", accept_by: "2026-03-03" });
    const detail = (await say(test, hanh, { action: "cases:open:1" })).text;
    expect(detail).toContain("Hạn thụ lý: 03/03/2026 (Luật Tố cáo 25/2018/QH14, Điều 24 khoản 1; văn bản chính thức)");
    // if not competent, forward within 5 working days: Friday 13/2 → Friday 27/2 across Tết
    expect(detail).toContain("chuyển đơn và báo người tố cáo trước ngày 27/02/2026 (Luật Tố cáo 25/2018/QH14, Điều 24 khoản 2");
    // checks at several places: initial handling up to 10 working days → Friday 6/3, once only
    expect(await note(hanh, "cases:initial:1", "Phải xác minh tại hai đơn vị.")).toContain("Đã kéo dài thời hạn xử lý ban đầu");
    expect(row()).toMatchObject({ initial_longer: 1, accept_by: "2026-03-06" });
    expect(await note(hanh, "cases:initial:1", "Lần nữa.")).toContain("không được gia hạn thêm");
    // the letter is recorded once
    expect(await letterReceived(hanh, "13/02/2026")).toContain("không ở bước cho phép");
  });
});

describe("an anonymous denunciation is information (Luật Tố cáo Điều 25)", () => {
  it("has no deadline, is shown as such to the handler, can be verified, forwarded or closed but never accepted", async () => {
    const { hanh } = start("2026-03-02T02:00:00Z");
    const sender = { platform: "telegram" as const, userId: "777", chatId: "777", chatKind: "dm" as const };
    await say(test, sender, "/tocao");
    await say(test, sender, CONTENT);
    const summary = await say(test, sender, "2");
    expect(summary.text).toContain("Theo Điều 25 Luật Tố cáo, cơ quan không giải quyết thông tin này như một tố cáo");
    const receipt = await say(test, sender, { action: "f:ok" });
    expect(receipt.text).not.toMatch(/hạn thụ lý|hạn giải quyết/i);
    expect(row()).toMatchObject({ status: "information", accept_by: null, resolve_by: null, letter: null, sender_person_id: null });

    const detail = await say(test, hanh, { action: "cases:open:1" });
    expect(detail.text).toContain("Thông tin tố cáo nặc danh");
    expect(detail.text).toContain("không thụ lý, không có thời hạn luật định");
    const buttons = detail.replies.flatMap((r) => (r.buttons ?? []).flat().map((b) => b.action));
    expect(buttons).toEqual(expect.arrayContaining(["cases:verify:1", "cases:forward:1", "cases:close:1"]));
    expect(buttons).not.toContain("cases:accept:1");
    // a forged accept button is refused
    expect((await say(test, hanh, { action: "cases:accept:1" })).text).toContain("không ở bước cho phép");
    expect(await note(hanh, "cases:verify:1", "Đối chiếu biên bản họp Hội đồng ngày 20/02.")).toContain("Đã ghi việc kiểm tra, xác minh");
    expect(row()).toMatchObject({ status: "verifying", accept_by: null, resolve_by: null });
    // a year later it is still not overdue: there is no deadline to miss
    test.clock.set("2027-03-02T02:00:00Z");
    expect((await say(test, hanh, "/cases overdue")).text).toContain("Không có đơn nào quá hạn");
  });
});

describe("extensions, suspension, dialogue, withdrawal", () => {
  it("extends a denunciation 30 / 60 / 90 days, each with a reason the sender reads, and refuses a third", async () => {
    const { lan, hanh } = start("2026-07-28T02:00:00Z");
    const { code } = await namedDenunciation(lan);
    await letterReceived(hanh, "28/07/2026");
    test.clock.set("2026-08-03T02:00:00Z");
    await say(test, hanh, { action: "cases:accept:1" });
    // 3/8 + 30 = 2/9 (Quốc khánh) → 3/9
    expect(row()).toMatchObject({ accepted_on: "2026-08-03", resolve_by: "2026-09-03" });
    expect((await say(test, hanh, { action: "cases:open:1" })).text).toContain(
      "Thông báo việc thụ lý cho người tố cáo và người bị tố cáo trước ngày 10/08/2026 (Luật Tố cáo 25/2018/QH14, Điều 29 khoản 3",
    );
    expect(await note(hanh, "cases:extend:1", "Phải xác minh tại ba đơn vị.")).toContain("Đã ghi quyết định gia hạn");
    expect(row()).toMatchObject({ extensions: 1, resolve_by: "2026-10-02" });
    await note(hanh, "cases:extend2:1", "Cần giám định chữ ký trên hồ sơ.");
    expect(row()).toMatchObject({ extensions: 2, complexity: "very_complex", resolve_by: "2026-11-02" });
    expect(await note(hanh, "cases:extend2:1", "Lần nữa.")).toContain("không được gia hạn thêm (Luật Tố cáo 25/2018/QH14, Điều 30");
    const seen = (await say(test, lan, `/case ${code}`)).text;
    expect(seen).toContain("Gia hạn giải quyết: Phải xác minh tại ba đơn vị.");
    expect(seen).toContain("Hạn giải quyết: 02/11/2026");
    const audit = test.app.db.$client.prepare("select action from audit_log where entity = 'case' and action like 'case.extended'").all();
    expect(audit).toHaveLength(2);
  });

  it("lets a complaint take its complex period once", async () => {
    const { lan, hanh } = start("2026-07-28T02:00:00Z");
    await namedComplaint(lan, "1", "20/07/2026");
    await letterReceived(hanh, "28/07/2026");
    test.clock.set("2026-08-03T02:00:00Z");
    await say(test, hanh, { action: "cases:accept:1" });
    await note(hanh, "cases:extend:1", "Nhiều người liên quan, phải xác minh nhiều nơi.");
    expect(row()).toMatchObject({ complexity: "complex", resolve_by: "2026-09-17" });
    expect(await note(hanh, "cases:extend:1", "Lần nữa.")).toContain("không được gia hạn thêm");
  });

  it("applies the remote-area periods when the agency is set as remote", async () => {
    const { lan, hanh } = start("2026-07-28T02:00:00Z", { config: { CASE_REMOTE_AREA: true } });
    await namedComplaint(lan, "1", "20/07/2026");
    await letterReceived(hanh, "28/07/2026");
    test.clock.set("2026-08-03T02:00:00Z");
    await say(test, hanh, { action: "cases:accept:1" });
    expect(row()).toMatchObject({ remote: 1, resolve_by: "2026-09-17" });
  });

  it("refuses to suspend a complaint's clock before 1/7/2026, pauses it after, and adds the days suspended", async () => {
    const { lan, hanh } = start("2026-06-01T02:00:00Z");
    await namedComplaint(lan, "1", "25/05/2026");
    await letterReceived(hanh, "01/06/2026");
    await say(test, hanh, { action: "cases:accept:1" });
    expect(await note(hanh, "cases:suspend:1", "Chờ kết quả giám định.")).toContain("không cho tạm đình chỉ");
    expect(row()).toMatchObject({ status: "accepted" });

    test.clock.set("2026-07-06T02:00:00Z");
    const before = String(row().resolve_by);
    expect(await note(hanh, "cases:suspend:1", "Chờ kết quả giám định.")).toContain("Đã tạm đình chỉ");
    expect(row()).toMatchObject({ status: "suspended", suspended_on: "2026-07-06", resolve_by: null });
    test.clock.set("2026-07-16T02:00:00Z");
    await say(test, hanh, { action: "cases:resume:1" });
    expect(row()).toMatchObject({ status: "accepted", paused_days: 10 });
    // 1/6 + 30 = 1/7; + 10 days suspended = 11/7 (Saturday) → Monday 13/7
    expect(before).toBe("2026-07-01");
    expect(row().resolve_by).toBe("2026-07-13");
  });

  it("announces a second-instance dialogue at least 5 days ahead from 1/7/2026", async () => {
    const { lan, hanh } = start("2026-07-01T02:00:00Z");
    const { code } = await namedComplaint(lan, "2", "25/06/2026");
    await letterReceived(hanh, "01/07/2026");
    test.clock.set("2026-07-06T02:00:00Z");
    const accepted = (await say(test, hanh, { action: "cases:accept:1" })).text;
    expect(accepted).toContain("người giải quyết phải đối thoại với người khiếu nại (Điều 39 Luật Khiếu nại");
    await say(test, hanh, { action: "cases:dialogue:1" });
    await say(test, hanh, "08/07/2026");
    expect((await say(test, hanh, { action: "f:ok" })).text).toContain("ngày đối thoại sớm nhất là 11/07/2026");
    await say(test, hanh, { action: "cases:dialogue:1" });
    await say(test, hanh, "13/07/2026");
    expect((await say(test, hanh, { action: "f:ok" })).text).toContain("vào ngày 13/07/2026");
    expect((await say(test, lan, `/case ${code}`)).text).toContain("Hẹn đối thoại: 13/07/2026");
  });

  it("shows the 90-day limit at intake and warns, without refusing, when it has passed", async () => {
    const { lan } = start("2026-03-02T02:00:00Z");
    const late = await namedComplaint(lan, "1", "01/10/2025");
    // 1/10/2025 + 90 = Tuesday 30/12/2025
    expect(late.summary).toContain("thời hiệu khiếu nại đã hết ngày 30/12/2025 (Luật Khiếu nại 02/2011/QH13, Điều 9; văn bản chính thức)");
    expect(late.receipt).toContain("ĐƠN KHIẾU NẠI (lần 1)");
    expect(late.receipt).toContain("Ngày nhận được hoặc biết quyết định, hành vi bị khiếu nại: 01/10/2025");
  });

  it("lets the sender withdraw at any time: at once before the letter, as a request after it", async () => {
    const { lan, hanh } = start("2026-03-02T02:00:00Z");
    const first = await namedComplaint(lan, "1", "20/02/2026");
    // the buttons of /case carry a handle, not the code
    const withdrawOf = async (code: string) => {
      const view = await say(test, lan, `/case ${code}`);
      const button = view.replies.flatMap((r) => (r.buttons ?? []).flat().map((b) => b.action)).find((a) => a.startsWith("case:withdraw:"));
      const confirm = await say(test, lan, { action: button as string });
      return confirm.replies.flatMap((r) => (r.buttons ?? []).flat().map((b) => b.action))[0] as string;
    };
    expect((await say(test, lan, { action: await withdrawOf(first.code) })).text).toContain("Đã rút đơn số 2026-0001");
    expect(row(1)).toMatchObject({ status: "withdrawn", closed_on: "2026-03-02" });

    const second = await namedComplaint(lan, "1", "20/02/2026");
    await say(test, hanh, { action: "cases:letter:2" });
    await say(test, hanh, "02/03/2026");
    await say(test, hanh, { action: "f:ok" });
    const asked = (await say(test, lan, { action: await withdrawOf(second.code) })).text;
    expect(asked).toContain("Theo Điều 10 Luật Khiếu nại, việc rút khiếu nại phải làm bằng đơn có chữ ký");
    expect(asked).toContain("ĐƠN XIN RÚT KHIẾU NẠI");
    expect(asked).toContain("Tôi xin rút toàn bộ nội dung khiếu nại tại đơn khiếu nại ngày 02/03/2026 đối với Hội đồng Thi đua – Khen thưởng Sở.");
    expect(row(2)).toMatchObject({ status: "received" });
    expect((await say(test, hanh, { action: "cases:open:2" })).text).toContain("Người gửi đề nghị rút đơn");
  });

  it("refuses the same decisions to a secretary and to a forged withdrawal button", async () => {
    const { lan, hanh } = start("2026-07-28T02:00:00Z");
    const { code } = await namedDenunciation(lan);
    await letterReceived(hanh, "28/07/2026");
    await say(test, hanh, { action: "cases:accept:1" });
    const son = actAs(test, "Trịnh Văn Sơn");
    const before = row();
    for (const action of ["cases:extend:1", "cases:extend2:1", "cases:suspend:1", "cases:resume:1", "cases:letter:1", "cases:dialogue:1"])
      expect((await say(test, son, { action })).text, action).toMatch(
        /^Bạn không có quyền làm việc này: (\/case\w*|việc này) dành cho Cán bộ xử lý đơn thư\.$/,
      );
    expect(row()).toEqual(before);
    const guesser = { platform: "console" as const, userId: "guesser", chatId: "g", chatKind: "dm" as const };
    // a withdrawal button forged with a code, or with someone else's handle, opens nothing
    expect((await say(test, guesser, { action: "case:withdrawn:AAAA-BBBB-CCCC-DDDD-EEEE" })).text).toContain("Biểu mẫu này đã đóng");
    const view = await say(test, lan, `/case ${code}`);
    const handle = view.replies.flatMap((r) => (r.buttons ?? []).flat().map((b) => b.action)).find((a) => a.startsWith("case:withdraw:")) as string;
    expect((await say(test, guesser, { action: handle.replace("withdraw:", "withdrawn:") })).text).toContain("Biểu mẫu này đã đóng");
    expect(row()).toEqual(before);
  });
});

describe("/caserules", () => {
  it("shows the rules in force on a day with article and status, flags lead and agency ones, and is for overseers only", async () => {
    const { lan, hanh } = start("2026-03-02T02:00:00Z");
    const before = (await say(test, hanh, "/caserules 30/06/2026")).text;
    expect(before).toContain("Thụ lý khiếu nại lần đầu: 10 ngày — Luật Khiếu nại 02/2011/QH13, Điều 27 (văn bản chính thức)");
    expect(before).toContain("Trả lời phản ánh: 15 ngày làm việc");
    expect(before).toContain("(quy chế của Sở, không phải quy định của luật). Cơ quan cần kiểm tra trước khi áp dụng");
    const after = (await say(test, hanh, "/caserules 01/07/2026")).text;
    expect(after).toContain("Thụ lý khiếu nại lần đầu: 7 ngày làm việc — Nghị định 155/2026/NĐ-CP, Điều 10 (trích dẫn nguyên văn từ nguồn thứ cấp)");
    expect(after).toContain("Báo trước buổi đối thoại lần hai: 5 ngày");
    expect(after).toContain("có các năm: 2023, 2024, 2025, 2026, 2027");
    expect((await say(test, lan, "/caserules")).text).toMatch(/^Bạn không có quyền làm việc này: \/caserules dành cho .+\.$/);
  });
});
