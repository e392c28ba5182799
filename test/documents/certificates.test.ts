// The certificates of a year's recorded decisions: one A4 landscape page per awardee in one file, the Giấy khen for
// each form the Sở grants and the certificate of Chiến sĩ thi đua cơ sở, with the decision's number and date as
// /decide recorded them; nothing for a title that carries money only (Lao động tiên tiến) or for what the province grants.
import { afterEach, describe, expect, it } from "vitest";
import { atReviewOf, SECRETARY } from "../nominations/period-support";
import { actAs, say, type TestApp } from "../support/harness";
import { documentFor, yearOfAwards } from "./support";

let test: TestApp;
afterEach(() => test.close());

describe.each([2023, 2024, 2026] as const)("certificates of %i", (year) => {
  it("one page per awardee, with the decision recorded by /decide and its signer", async () => {
    test = atReviewOf(year);
    const ids = await yearOfAwards(test, year);
    const son = actAs(test, SECRETARY);
    // nothing recorded yet: nothing to print
    expect((await say(test, son, { action: `documents:certificates:${year}` })).text).toContain("Chưa có nội dung");
    await test.app.services.nominations.decide(
      test.app.services.directory.findOnePerson(SECRETARY),
      [ids.ldttLan, ids.cstdcs, ids.gk, ids.collective],
      { number: "12/QĐ-SNV", date: `${year + 1}-01-20`, signer: "Phạm Văn Hùng, Giám đốc" },
    );
    const doc = await documentFor(test, SECRETARY, `documents:certificates:${year}`);
    expect(doc.fileName).toBe(`giay-khen-va-giay-chung-nhan-nam-${year}_${year + 1}-01-05.docx`);
    // two pages: the Giấy khen of Nguyễn Văn An and Vũ Thị Lan's Chiến sĩ thi đua cơ sở; no page for LĐTT or TTLĐTT
    expect(doc.xml.match(/<w:sectPr/g)?.length).toBe(2);
    expect(doc.xml.match(/w:orient="landscape"/g)?.length).toBe(2);
    expect(doc.xml).toMatch(/<w:pgBorders[\s\S]*?w:val="double"/);
    expect(doc.text).toContain("GIÁM ĐỐC SỞ NỘI VỤ\n\nTẶNG\n\nGIẤY KHEN\n\nNguyễn Văn An");
    expect(doc.text).toContain(`Đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm ${year}`);
    expect(doc.text).toContain("CHỨNG NHẬN\n\nVũ Thị Lan");
    expect(doc.text).toContain(`CHIẾN SĨ THI ĐUA CƠ SỞ\n\nNăm ${year}`);
    expect(doc.text.match(/Quyết định số 12\/QĐ-SNV ngày 20\/01\/\d{4}/g)?.length).toBe(2);
    expect(doc.text).toContain(`Huế, ngày 20 tháng 01 năm ${year + 1}`);
    expect(doc.text).not.toContain("Bùi Đức Anh");
    expect(doc.text).not.toContain("TẬP THỂ LAO ĐỘNG TIÊN TIẾN");
    expect(doc.paragraph("GIẤY KHEN")).toMatchObject({ align: "center", bold: true, size: 36 });
    expect(doc.paragraph("Nguyễn Văn An")).toMatchObject({ align: "center", bold: true });
  });
});

describe("certificates", () => {
  it("are printed by the secretary only", async () => {
    test = atReviewOf(2024);
    await yearOfAwards(test, 2024);
    expect((await say(test, actAs(test, "Vũ Thị Lan"), { action: "documents:certificates:2024" })).text).toContain("Bạn không có quyền");
  });
});
