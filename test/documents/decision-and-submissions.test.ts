// The draft decision, the council's submission, the upward submission and the minutes for a 2023, a 2024 and a 2026
// year, each read through mammoth and its XML: the căn cứ of the rule set the nominations were judged by, the Sở's
// competence and quy chế for that year, the money clause with its article, the marks the decree fixes.
import { afterEach, describe, expect, it } from "vitest";
import { atReviewOf, SECRETARY } from "../nominations/period-support";
import { actAs, say, type TestApp } from "../support/harness";
import { documentFor, expectDecreeMarks, yearOfAwards } from "./support";

let test: TestApp;
afterEach(() => test.close());

const YEARS = {
  2023: {
    texts: [
      "Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003",
      "Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017",
      "Thông tư số 12/2019/TT-BNV",
    ],
    not: ["Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022", "98/2023", "152/2025"],
    competence: "Quyết định số 16/2021/QĐ-UBND",
    rules: "Quyết định số 125/QĐ-SNV",
    money: "thực hiện theo quy định của Nghị định số 91/2017/NĐ-CP",
    cstdcsShare: "5/5 (100,0%)",
    cstdcsThreshold: "trên 50% số phiếu bầu",
  },
  2024: {
    texts: ["Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022", "Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023"],
    not: ["91/2017", "152/2025", "01/2024/TT-BNV"],
    competence: "Quyết định số 16/2021/QĐ-UBND",
    rules: "Quyết định số 210/QĐ-SNV",
    money:
      "theo quy định tại Điều 54 Nghị định số 98/2023/NĐ-CP: «Chiến sĩ thi đua cơ sở» 1,0 lần mức lương cơ sở; «Lao động tiên tiến» 0,3 lần mức lương cơ sở",
    cstdcsShare: "5/6 (83,3%)",
    cstdcsThreshold: "từ 80% tổng số thành viên trở lên",
  },
  2026: {
    texts: [
      "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
      "Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025",
      "Thông tư số 15/2025/TT-BNV ngày 04 tháng 8 năm 2025",
    ],
    not: ["91/2017", "Nghị định số 98/2023"],
    competence: "Quyết định số 45/2025/QĐ-UBND",
    rules: "Quyết định số 210/QĐ-SNV",
    money: "thực hiện theo quy định của Nghị định số 152/2025/NĐ-CP",
    cstdcsShare: "5/6 (83,3%)",
    cstdcsThreshold: "từ 80% tổng số thành viên trở lên",
  },
} as const;

describe.each([2023, 2024, 2026] as const)("the documents of %i", (year) => {
  const expected = YEARS[year];

  it("the draft decision follows mẫu 1.2 with the căn cứ of the year's rule set, the money clause and the annex left for the registry", async () => {
    test = atReviewOf(year);
    await yearOfAwards(test, year);
    const doc = await documentFor(test, SECRETARY, `documents:decision:${year}`);
    const date = `Huế, ngày 05 tháng 01 năm ${year + 1}`;
    expectDecreeMarks(doc, { body: "SỞ NỘI VỤ", number: "Số:        /QĐ-SNV", placeAndDate: date, kind: "QUYẾT ĐỊNH", recipients: true });
    // the draft mark sits above the heading, outside the subject
    expect(doc.text.startsWith("DỰ THẢO")).toBe(true);
    expect(doc.paragraph("Về việc").text).toBe(`Về việc công nhận danh hiệu thi đua và tặng Giấy khen năm ${year}`);
    expect(doc.text).toContain("UBND TỈNH THỪA THIÊN HUẾ\n\nSỞ NỘI VỤ");
    expect(doc.text).toContain("Số:        /QĐ-SNV");
    expect(doc.text).toContain(`Huế, ngày 05 tháng 01 năm ${year + 1}`);
    expect(doc.paragraph("GIÁM ĐỐC SỞ NỘI VỤ")).toMatchObject({ align: "center", bold: true, size: 14 });
    expect(doc.paragraph("QUYẾT ĐỊNH:")).toMatchObject({ align: "center", bold: true });
    // căn cứ: the Sở's competence first, the year's texts, its quy chế, the proposal; italic, ";" and a final "."
    const bases = doc.paragraphs.filter((p) => p.text.startsWith("Căn cứ") || p.text.startsWith("Xét đề nghị"));
    expect(bases[0]?.text).toContain(expected.competence);
    for (const text of expected.texts) expect(bases.some((b) => b.text.includes(text))).toBe(true);
    for (const text of expected.not) expect(doc.text).not.toContain(text);
    expect(bases.some((b) => b.text.includes(expected.rules))).toBe(true);
    expect(bases.every((b) => b.italic)).toBe(true);
    expect(bases.slice(0, -1).every((b) => b.text.endsWith(";"))).toBe(true);
    expect(bases.at(-1)?.text).toBe("Xét đề nghị của Hội đồng Thi đua – Khen thưởng Sở.");
    // the articles: who, the money and its fund, effect, who carries it out
    expect(doc.flat).toContain(`Điều 1. Công nhận danh hiệu thi đua, tặng hình thức khen thưởng năm ${year} cho 8 cá nhân và 1 tập thể`);
    expect(doc.flat).toContain("Danh hiệu «Lao động tiên tiến»: 7 cá nhân;");
    expect(doc.flat).toContain(expected.money);
    expect(doc.flat).toContain("Kinh phí khen thưởng chi từ Quỹ thi đua, khen thưởng của Sở Nội vụ.");
    expect(doc.flat).toContain("chịu trách nhiệm thi hành Quyết định này./.");
    expect(doc.text).toContain("Nơi nhận:\n\n- Như Điều 4;");
    expect(doc.text).toContain("- Lưu: VT, TĐKT.");
    expect(doc.text).toContain("GIÁM ĐỐC\n\n\n\nPhạm Văn Hùng");
    // the annex refers to the decision with its number and date left for the registry (III.1.c)
    expect(doc.text).toContain("Phụ lục\n\nDANH SÁCH CÁ NHÂN, TẬP THỂ ĐƯỢC KHEN THƯỞNG NĂM");
    expect(doc.paragraph("(Kèm theo Quyết định").text).toBe("(Kèm theo Quyết định số …/QĐ-SNV ngày … tháng … năm … của Giám đốc Sở Nội vụ)");
    expect(doc.paragraph("(Kèm theo Quyết định").italic).toBe(true);
  });

  it("the council's submission goes to the Director, says which titles were voted, and is signed with the chair's post", async () => {
    test = atReviewOf(year);
    await yearOfAwards(test, year);
    const doc = await documentFor(test, SECRETARY, `documents:proposal:${year}`);
    expectDecreeMarks(doc, {
      body: "HỘI ĐỒNG THI ĐUA",
      number: "/TTr-HĐTĐKT",
      placeAndDate: `Huế, ngày 05 tháng 01 năm ${year + 1}`,
      kind: "TỜ TRÌNH",
      recipients: true,
    });
    expect(doc.text).toContain("SỞ NỘI VỤ\n\nHỘI ĐỒNG THI ĐUA – KHEN THƯỞNG");
    expect(doc.text).toContain("Số:        /TTr-HĐTĐKT");
    expect(doc.paragraph("Kính gửi").text).toBe("Kính gửi: Giám đốc Sở Nội vụ.");
    expect(doc.paragraph("Kính gửi")).toMatchObject({ bold: false, size: 14 });
    for (const text of expected.texts) expect(doc.flat).toContain(text);
    expect(doc.flat).toContain("Lao động tiên tiến: 7 cá nhân, không phải bỏ phiếu");
    expect(doc.flat).toContain("Chiến sĩ thi đua cơ sở: 1 cá nhân, Hội đồng đã bỏ phiếu, đạt tỷ lệ theo quy định");
    expect(doc.flat).not.toContain("bỏ phiếu kín");
    expect(doc.text).toContain("Nơi nhận:\n\n- Như trên;");
    expect(doc.text).toContain("TM. HỘI ĐỒNG\n\nCHỦ TỊCH\n\nGIÁM ĐỐC SỞ NỘI VỤ");
    expect(doc.paragraph("(Kèm theo Tờ trình").text).toBe(
      "(Kèm theo Tờ trình số …/TTr-HĐTĐKT ngày … tháng … năm … của Hội đồng Thi đua – Khen thưởng Sở Nội vụ)",
    );
  });

  it("what the Sở proposes upward goes from the Sở to the province's chairman, signed by the Director", async () => {
    test = atReviewOf(year);
    await yearOfAwards(test, year);
    const doc = await documentFor(test, SECRETARY, `documents:upward:${year}`);
    expectDecreeMarks(doc, {
      body: "SỞ NỘI VỤ",
      number: "/TTr-SNV",
      placeAndDate: `Huế, ngày 05 tháng 01 năm ${year + 1}`,
      kind: "TỜ TRÌNH",
      recipients: true,
    });
    expect(doc.text).toContain("Số:        /TTr-SNV");
    expect(doc.paragraph("Kính gửi").text).toBe("Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Thừa Thiên Huế.");
    expect(doc.flat).toContain("Bằng khen của Chủ tịch UBND tỉnh: 1 cá nhân, Hội đồng đã bỏ phiếu");
    expect(doc.flat).toContain("Ngô Thị Thu");
    expect(doc.flat).not.toContain("Vũ Thị Lan");
    expect(doc.text).toContain("GIÁM ĐỐC\n\n\n\nPhạm Văn Hùng");
  });

  it("the minutes follow mẫu 1.9: time and place in words, chair and secretary, who took part, each share of what its threshold counts", async () => {
    test = atReviewOf(year);
    const ids = await yearOfAwards(test, year);
    const doc = await documentFor(test, SECRETARY, `documents:minutes:${ids.session}`);
    expectDecreeMarks(doc, { body: "HỘI ĐỒNG THI ĐUA", number: "Số:        /BB-HĐTĐKT", kind: "BIÊN BẢN", recipients: true });
    // mẫu 1.9 has no place and date at its head
    expect(doc.text).not.toMatch(/Huế, ngày/);
    expect(doc.text).toContain(`Thời gian bắt đầu: 09 giờ 00 phút, ngày 05 tháng 01 năm ${year + 1}.`);
    expect(doc.text).toContain("Địa điểm: Phòng họp Sở Nội vụ");
    expect(doc.text).toContain("Chủ trì (chủ tọa): Phạm Văn Hùng, Giám đốc Sở Nội vụ, Chủ tịch Hội đồng.");
    expect(doc.text).toContain("Thư ký (người ghi biên bản): Trịnh Văn Sơn, Trưởng ban Thi đua – Khen thưởng.");
    // the secretary who writes and signs the minutes is there, whether or not they voted
    expect(doc.flat).toContain("Trịnh Văn Sơn Trưởng ban Thi đua – Khen thưởng Có mặt (thư ký), không bỏ phiếu");
    expect(doc.flat).toContain("Phạm Văn Hùng Giám đốc Có mặt, đã bỏ phiếu");
    expect(doc.flat).toContain(`Vũ Thị Lan Chiến sĩ thi đua cơ sở 5 0 0 ${expected.cstdcsShare}`);
    expect(doc.flat).toContain(expected.cstdcsThreshold);
    expect(doc.flat).toContain("Nguyễn Văn An Giấy khen của Giám đốc Sở 5 0 0 5/5 (100,0%) số phiếu bầu trên 50% số phiếu bầu Đạt");
    expect(doc.flat).toContain(`Cuộc họp kết thúc vào 09 giờ 00 phút, ngày 05 tháng 01 năm ${year + 1}./.`);
    expect(doc.text).toMatch(/THƯ KÝ\n\n\n\nTrịnh Văn Sơn\n\nCHỦ TỌA\n\nGIÁM ĐỐC SỞ NỘI VỤ\n\n\n\nPhạm Văn Hùng/);
    expect(doc.text).toContain("- Lưu: VT, Hồ sơ.");
  });
});

describe("/documents lists every year with passed or decided nominations", () => {
  it("keeps a decided year, and '/documents 2024' opens that year", async () => {
    test = atReviewOf(2024);
    const ids = await yearOfAwards(test, 2024);
    const son = actAs(test, SECRETARY);
    const all = Object.values(ids).filter((id) => id !== ids.session && id !== ids.upward);
    await test.app.services.nominations.decide(test.app.services.directory.findOnePerson(SECRETARY), all, {
      number: "12/QĐ-SNV",
      date: "2025-01-20",
      signer: "Phạm Văn Hùng, Giám đốc",
    });
    const menu = await say(test, son, "/documents");
    expect(menu.text).toContain("Văn bản năm 2024");
    expect(menu.text).toContain("Tờ trình năm 2024");
    expect(menu.text).toContain("Dự thảo quyết định năm 2024");
    expect(menu.text).toContain("Giấy khen, giấy chứng nhận năm 2024");
    // the file copy still prints after the decision is recorded
    const decision = await documentFor(test, SECRETARY, "documents:decision:2024");
    expect(decision.flat).toContain("Lao động tiên tiến");
    expect((await say(test, son, "/documents 2023")).text).toContain("Văn bản năm 2023");
    expect((await say(test, son, "/documents hai")).text).toContain("«hai» không phải là một năm");
  });
});

describe("the minutes and written opinions", () => {
  it("name the absent member who gave a written opinion, count it with the ballots, and never say how anyone voted", async () => {
    test = atReviewOf(2024);
    const { nominations, ballots, directory, writtenOpinions } = test.app.services;
    await yearOfAwards(test, 2024);
    const secretary = directory.findOnePerson(SECRETARY);
    const ldtt = nominations.list(secretary, {}).find((n) => n.awardCode === "LDTT" && n.status === "proposed");
    const session = await ballots.open(secretary, {
      title: "Xét bổ sung năm 2024",
      nominationIds: [ldtt?.id as number],
      endsAt: new Date(test.clock.now().getTime() + 86_400_000),
    });
    writtenOpinions.record(secretary, session.id, directory.findOnePerson("Đặng Quốc Bảo").id, [
      { nominationId: ldtt?.id as number, choice: "approve" },
    ]);
    for (const member of ["Phạm Văn Hùng", "Lê Thị Mai", "Nguyễn Văn Tâm"]) {
      const who = actAs(test, member);
      await say(test, who, { action: `vote:open:${session.id}` });
      await say(test, who, { action: `vote:p:${session.id}.${ldtt?.id}.a` });
      await say(test, who, { action: `vote:review:${session.id}` });
      await say(test, who, { action: `vote:cast:${session.id}` });
    }
    test.clock.advance(3_600_000 + 25 * 60_000);
    await say(test, actAs(test, SECRETARY), { action: `sessions:closeok:${session.id}` });
    const doc = await documentFor(test, SECRETARY, `documents:minutes:${session.id}`);
    expect(doc.text).toContain("3 thành viên bỏ phiếu, 1 thành viên vắng mặt có ý kiến bằng văn bản, 2 thành viên không bỏ phiếu");
    expect(doc.flat).toContain("Đặng Quốc Bảo Trưởng phòng Công chức, viên chức Vắng mặt, có ý kiến bằng văn bản");
    expect(doc.flat).toContain("Hoàng Văn Long Trưởng phòng Tổ chức, biên chế và Tổ chức phi chính phủ Vắng mặt, không có ý kiến");
    expect(doc.text).toContain("Ý kiến bằng văn bản của 1 thành viên vắng mặt được tính cùng các phiếu bầu.");
    expect(doc.flat).toContain("Cuộc họp kết thúc vào 10 giờ 25 phút, ngày 05 tháng 01 năm 2025./.");
    for (const name of ["Đặng Quốc Bảo", "Phạm Văn Hùng"]) expect(doc.flat).not.toMatch(new RegExp(`${name}[^.]{0,60}(Đồng ý|Không đồng ý)`));
  });
});
