// The catalog's rules on nominations: who may propose, subject, prerequisites, quota, duplicates, withdrawal.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actAs, actions, announcedDeliveries, createTestApp, renderAll, say, type TestApp } from "../support/harness";
import { nominatePerson, proposeAsSecretary } from "./support";

let test: TestApp;
beforeEach(() => {
  test = createTestApp();
});
afterEach(() => test.close());

// award numbers as the form lists individual awards: 1 LĐTT, 2 CSTĐCS
const LDTT = 1;
const CSTDCS = 2;

describe("nominations", () => {
  it("records a unit head's nomination and tells the secretary", async () => {
    const notified: string[] = [];
    test.app.observeNotifications((id) => notified.push(test.app.services.directory.getPerson(id).fullName));
    const long = actAs(test, "Hoàng Văn Long");
    const reply = await nominatePerson(test, long, "Vũ Thị Lan", LDTT);
    expect(reply.text).toContain("Đã ghi nhận đề nghị khen thưởng số 1");
    expect(reply.text).toContain("Lao động tiên tiến — Tổng kết năm, năm 2023 — Đã đề nghị");
    expect(notified).toEqual(["Trịnh Văn Sơn"]);
  });

  it("refuses staff and unit heads proposing outside their unit", async () => {
    const lan = actAs(test, "Vũ Thị Lan");
    expect((await say(test, lan, "/nominate")).text).toContain("Bạn không có quyền");
    const long = actAs(test, "Hoàng Văn Long");
    // refused at the step where the nominee is chosen, not after all six
    await say(test, long, "/nominate");
    await say(test, long, { action: "f:pick:0" });
    const reply = await say(test, long, "Ngô Thị Thu");
    expect(reply.text).toContain("Bạn chỉ đề nghị được cho người và tập thể trong đơn vị của mình; Ngô Thị Thu thuộc đơn vị khác.");
    expect(reply.text).toContain("Gõ họ tên người được đề nghị");
    await say(test, long, "/cancel");
    expect(test.app.services.nominations.list(test.app.services.directory.findOnePerson("Trịnh Văn Sơn"))).toEqual([]);
  });

  it("enforces the same-year LĐTT as the Sở's rule (the bot's default), not as law", async () => {
    const long = actAs(test, "Hoàng Văn Long");
    const refused = await nominatePerson(test, long, "Vũ Thị Lan", CSTDCS);
    expect(refused.text).toContain("Không đề nghị được Chiến sĩ thi đua cơ sở năm 2023");
    expect(refused.text).toContain("Chưa có đề nghị hoặc quyết định Lao động tiên tiến năm 2023");
    // one plain sentence naming the rule and whose it is: no catalog label, no sample placeholder of agency.json
    expect(refused.text).toContain(
      "Quy định: đề nghị Chiến sĩ thi đua cơ sở cần có Lao động tiên tiến cùng năm (đã quyết định hoặc đang đề nghị). Luật chỉ yêu cầu đạt tiêu chuẩn Lao động tiên tiến — theo quy chế của Sở (quy định của Sở, không phải luật; giá trị mặc định, Sở cần xác nhận).",
    );
    expect(refused.text).not.toContain("Lựa chọn của bot");
    expect(refused.text).not.toContain("(mẫu:");
    expect(refused.text).toContain("quy định của Sở, không phải luật; giá trị mặc định");
    expect(refused.text).not.toContain("Luật 06/2022/QH15");
  });

  it("counts a pending LĐTT nomination of the same year for the prerequisite, then applies 2023's 15% quota", async () => {
    const long = actAs(test, "Hoàng Văn Long");
    await nominatePerson(test, long, "Vũ Thị Lan", LDTT);
    // one LĐTT in the agency: 15% of 1 rounds down to 0 CSTĐCS
    const overQuota = await nominatePerson(test, long, "Vũ Thị Lan", CSTDCS);
    expect(overQuota.text).toContain("Không đề nghị được Chiến sĩ thi đua cơ sở năm 2023");
    expect(overQuota.text).toContain("Không quá 15% tổng số cá nhân đạt danh hiệu Lao động tiên tiến");
    expect(overQuota.text).toContain("theo Nghị định 91/2017/NĐ-CP, khoản 3 Điều 9 (trích nguyên văn từ nguồn thứ cấp)");
    expect(overQuota.text).toContain("có 1 trường hợp làm căn cứ, nên tối đa 0");
    // seven LĐTT make room for one CSTĐCS (15% of 7 = 1.05)
    for (const name of ["Bùi Đức Anh", "Nguyễn Văn An", "Phan Thị Bích", "Lý Thị Ngọc", "Hồ Thị Duyên", "Cao Văn Phúc"]) {
      await proposeAsSecretary(test, name, "LDTT");
    }
    const accepted = await nominatePerson(test, long, "Vũ Thị Lan", CSTDCS);
    expect(accepted.text).toContain("Đã ghi nhận đề nghị khen thưởng số 8");
    const second = await nominatePerson(test, long, "Bùi Đức Anh", CSTDCS);
    expect(second.text).toContain("Không quá 15%");
    expect(second.text).toContain("tối đa 1; đề nghị này sẽ là trường hợp thứ 2");
  });

  it("lists by status, award and unit; a unit head sees only the unit's nominations", async () => {
    const thu = actAs(test, "Ngô Thị Thu");
    await nominatePerson(test, thu, "Nguyễn Văn An", LDTT);
    await proposeAsSecretary(test, "Vũ Thị Lan", "LDTT");
    const own = await say(test, thu, "/nominations");
    expect(own.text).toContain("Đề nghị khen thưởng (1)");
    expect(own.text).not.toContain("Vũ Thị Lan");
    expect(actions(own.replies)).toEqual(["nominations:withdraw:1"]);
    const son = actAs(test, "Trịnh Văn Sơn");
    expect((await say(test, son, "/nominations proposed LDTT")).text).toContain("Đề nghị khen thưởng (2)");
    const byUnit = await say(test, son, "/nominations Cải cách hành chính");
    expect(byUnit.text).toContain("Nguyễn Văn An");
    expect(byUnit.text).not.toContain("Vũ Thị Lan");
    expect((await say(test, son, "/nominations decided")).text).toContain("Không có đề nghị khen thưởng nào phù hợp");
  });

  it("refuses a duplicate nomination for the same award and year", async () => {
    const long = actAs(test, "Hoàng Văn Long");
    await nominatePerson(test, long, "Vũ Thị Lan", LDTT);
    const again = await nominatePerson(test, long, "Vũ Thị Lan", LDTT);
    expect(again.text).toContain("Lao động tiên tiến năm 2023 đã có đề nghị cho đối tượng này (số 1)");
  });

  it("lets the proposer withdraw until a review session takes the nomination", async () => {
    const long = actAs(test, "Hoàng Văn Long");
    await nominatePerson(test, long, "Vũ Thị Lan", LDTT);
    await nominatePerson(test, long, "Bùi Đức Anh", LDTT);
    expect((await say(test, long, { action: "nominations:withdrawok:1" })).text).toContain("Đã rút đề nghị số 1");
    const son = actAs(test, "Trịnh Văn Sơn");
    expect((await say(test, son, { action: "nominations:withdrawok:2" })).text).toContain("Bạn không có quyền");
    const secretary = test.app.services.directory.findOnePerson("Trịnh Văn Sơn");
    await test.app.services.ballots.open(secretary, { title: "Phiên 1", nominationIds: [2], endsAt: new Date("2026-01-06T00:00:00Z") });
    expect((await say(test, long, { action: "nominations:withdrawok:2" })).text).toContain("đã đưa ra Hội đồng xét nên không rút được nữa");
  });

  it("stores evidence as platform file references", async () => {
    const long = actAs(test, "Hoàng Văn Long");
    await nominatePerson(test, long, "Vũ Thị Lan", LDTT);
    const reply = await test.app.dispatcher.dispatch({
      ...long,
      text: "/evidence 1",
      files: [{ platform: "console", fileId: "file-abc", fileName: "bang-diem.pdf", mimeType: "application/pdf", size: 1234 }],
    });
    expect(renderAll(test, reply.replies, reply.locale)).toContain("Đã thêm 1 tệp minh chứng cho đề nghị số 1");
    expect(test.app.services.nominations.evidence(1)).toMatchObject([{ fileId: "file-abc", fileName: "bang-diem.pdf", size: 1234 }]);
  });

  it("turns a reported good deed into an ad-hoc nomination or publishes it", async () => {
    const notified: string[] = [];
    test.app.observeNotifications((id) => notified.push(test.app.services.directory.getPerson(id).fullName));
    const anh = actAs(test, "Bùi Đức Anh");
    await say(test, anh, "/gooddeed");
    await say(test, anh, "Vũ Thị Lan");
    await say(test, anh, "Nhặt được ví và trả lại cho người dân.");
    expect((await say(test, anh, { action: "f:ok" })).text).toContain("Việc tốt của Vũ Thị Lan đã được ghi nhận (số 1)");
    expect(notified).toEqual(["Trịnh Văn Sơn"]);
    const son = actAs(test, "Trịnh Văn Sơn");
    const form = await say(test, son, { action: "gooddeed:nominate:1" });
    expect(form.text).toContain("Đề nghị danh hiệu hoặc hình thức khen thưởng nào?");
    await say(test, son, "Giấy khen của Giám đốc Sở");
    const saved = await say(test, son, { action: "f:ok" });
    expect(saved.text).toContain("Giấy khen của Giám đốc Sở — Người tốt, việc tốt");
    expect(test.app.services.nominations.goodDeed(test.app.services.directory.findOnePerson("Trịnh Văn Sơn"), 1)).toMatchObject({
      status: "nominated",
      nominationId: 1,
    });
    expect((await say(test, son, { action: "gooddeed:publish:1" })).text).toContain("Đã biểu dương việc tốt số 1");
    // published to everyone through the announcement outbox: one delivery per person
    expect(announcedDeliveries(test, "gooddeed-announce")).toBe(20);
  });
});
