// Báo cáo thành tích in the decree's forms, for a person and for a collective, in 2023, 2024 and 2026: the roster's
// profile in the sơ lược lý lịch, the awards already received from recorded decisions, the signers side by side and
// no "Nơi nhận"; and who may ask for one.
import { afterEach, describe, expect, it } from "vitest";
import { atReviewOf, propose, SECRETARY } from "../nominations/period-support";
import { importPast } from "../records/support";
import { actAs, say, type TestApp } from "../support/harness";
import { documentFor, expectDecreeMarks, yearOfAwards } from "./support";

let test: TestApp;
afterEach(() => test.close());

/** The two signers' posts sit in one table row, side by side (not stacked in one column). */
function sideBySide(xml: string, left: string, right: string): boolean {
  return [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].some(([row]) => {
    const cells = [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([c]) => c);
    return cells.some((c) => c.includes(left)) && cells.some((c) => c.includes(right)) && !cells.some((c) => c.includes(left) && c.includes(right));
  });
}

describe.each([2023, 2024, 2026] as const)("achievement reports of %i", (year) => {
  it("a person's report has the form's three parts, the roster's profile, and the unit's head and the reporter side by side", async () => {
    test = atReviewOf(year);
    const ids = await yearOfAwards(test, year);
    const doc = await documentFor(test, "Vũ Thị Lan", `documents:achievements:${ids.cstdcs}`);
    expectDecreeMarks(doc, { placeAndDate: `Huế, ngày 05 tháng 01 năm ${year + 1}`, kind: "BÁO CÁO THÀNH TÍCH" });
    expect(doc.paragraph("BÁO CÁO THÀNH TÍCH")).toMatchObject({ align: "center", bold: true, size: 14 });
    expect(doc.text).toContain(`Đề nghị tặng «Chiến sĩ thi đua cơ sở» năm ${year}`);
    expect(doc.text).toContain(`Huế, ngày 05 tháng 01 năm ${year + 1}`);
    for (const part of ["I. SƠ LƯỢC LÝ LỊCH", "II. THÀNH TÍCH ĐẠT ĐƯỢC", "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG"]) {
      expect(doc.paragraph(part)).toMatchObject({ bold: true });
    }
    expect(doc.text).toContain("- Họ tên (ghi đầy đủ bằng chữ in thường, không viết tắt): Vũ Thị Lan");
    expect(doc.text).toContain("- Sinh ngày, tháng, năm: 05/02/1990");
    expect(doc.text).toContain("- Quê quán: Quảng Điền, Thừa Thiên Huế");
    expect(doc.text).toContain("- Chức vụ (Đảng, chính quyền, đoàn thể): Chuyên viên");
    expect(doc.text).toContain("- Trình độ lý luận chính trị: Trung cấp");
    expect(doc.text).toContain("- Trình độ chuyên môn, nghiệp vụ: Cử nhân Luật");
    expect(doc.text).toContain("1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận:\n\nChuyên viên, Phòng Tổ chức, biên chế và Tổ chức phi chính phủ.");
    expect(doc.text).toContain("Sáng kiến «Một cửa điện tử» được công nhận.");
    expect(doc.text).toContain("1. Danh hiệu thi đua:");
    expect(doc.text).toContain("2. Hình thức khen thưởng:");
    expect(doc.text).toContain("TRƯỞNG PHÒNG XÁC NHẬN, ĐỀ NGHỊ");
    expect(sideBySide(doc.xml, "TRƯỞNG PHÒNG XÁC NHẬN, ĐỀ NGHỊ", "NGƯỜI BÁO CÁO THÀNH TÍCH")).toBe(true);
    expect(doc.text).toContain("Hoàng Văn Long");
    expect(doc.text).not.toContain("Nơi nhận");
    expect(doc.text).not.toContain("Số:");
  });

  it("a collective's report names it, counts its people and its Lao động tiên tiến, and the Director confirms beside its head", async () => {
    test = atReviewOf(year);
    const ids = await yearOfAwards(test, year);
    const doc = await documentFor(test, "Hoàng Văn Long", `documents:achievements:${ids.collective}`);
    expectDecreeMarks(doc, { placeAndDate: `Huế, ngày 05 tháng 01 năm ${year + 1}`, kind: "BÁO CÁO THÀNH TÍCH" });
    expect(doc.text).toContain(`Đề nghị tặng «Tập thể lao động tiên tiến» năm ${year}`);
    expect(doc.text).toContain("Tên tập thể đề nghị: Phòng Tổ chức, biên chế và Tổ chức phi chính phủ");
    expect(doc.paragraph("I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH")).toMatchObject({ bold: true });
    expect(doc.text).toContain("Tổng số cán bộ, công chức, viên chức, người lao động: 3 người");
    expect(doc.text).toContain(`Số cá nhân đạt danh hiệu «Lao động tiên tiến» năm ${year}: 2/3 (66,7%) tổng số người của đơn vị.`);
    expect(doc.text).toContain("Hoàn thành tốt nhiệm vụ và kế hoạch năm; không có cá nhân bị kỷ luật.");
    expect(sideBySide(doc.xml, "THỦ TRƯỞNG ĐƠN VỊ CẤP TRÊN TRỰC TIẾP NHẬN XÉT, XÁC NHẬN", "TRƯỞNG PHÒNG")).toBe(true);
    expect(doc.text).toContain("Phạm Văn Hùng");
    expect(doc.text).not.toContain("Nơi nhận");
  });

  it("what the Sở proposes upward: a unit's head is confirmed by the Director, once", async () => {
    test = atReviewOf(year);
    const ids = await yearOfAwards(test, year);
    const doc = await documentFor(test, SECRETARY, `documents:achievements:${ids.upward}`);
    expect(doc.text).toContain("GIÁM ĐỐC XÁC NHẬN, ĐỀ NGHỊ");
    expect(doc.text).not.toContain("XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG");
    expect(doc.text).toContain("Trưởng phòng Cải cách hành chính, Sở Nội vụ.");
  });
});

describe("the awards already received", () => {
  it("lists an earlier year's recorded decision with its number, date and issuer", async () => {
    test = atReviewOf(2025);
    const earlier = await propose(test, "Vũ Thị Lan", "LDTT", { year: 2024 });
    const secretary = test.app.services.directory.findOnePerson(SECRETARY);
    await test.app.services.nominations.decide(secretary, [earlier.id as number], {
      number: "15/QĐ-SNV",
      date: "2025-01-10",
      signer: "Phạm Văn Hùng",
    });
    const ids = await yearOfAwards(test, 2025);
    const doc = await documentFor(test, "Vũ Thị Lan", `documents:achievements:${ids.cstdcs}`);
    expectDecreeMarks(doc, { placeAndDate: "Huế, ngày 05 tháng 01 năm 2026", kind: "BÁO CÁO THÀNH TÍCH" });
    expect(doc.flat).toContain("2024 Lao động tiên tiến Quyết định số 15/QĐ-SNV, 10/01/2025, Giám đốc Sở Nội vụ");
  });

  it("lists the history imported from before the bot, titles and forms apart, with the body that issued each", async () => {
    test = atReviewOf(2025);
    const lan = test.app.services.directory.findOnePerson("Vũ Thị Lan");
    const unit = test.app.services.directory.unit(lan.unitId)?.name ?? "";
    importPast(test, [
      ["Vũ Thị Lan", unit, 2019, "Lao động tiên tiến", "12/QĐ-SNV", "15/01/2020", "Giám đốc Sở Nội vụ"],
      ["Vũ Thị Lan", unit, 2021, "Bằng khen của Chủ tịch UBND tỉnh", "300/QĐ-UBND", "20/03/2022", "Chủ tịch UBND tỉnh Thừa Thiên Huế"],
    ]);
    const ids = await yearOfAwards(test, 2025);
    const doc = await documentFor(test, "Vũ Thị Lan", `documents:achievements:${ids.cstdcs}`);
    expect(doc.flat).toContain("2019 Lao động tiên tiến Quyết định số 12/QĐ-SNV, 15/01/2020, Giám đốc Sở Nội vụ");
    const forms = doc.flat.slice(doc.flat.indexOf("2. Hình thức khen thưởng"));
    expect(forms).toContain("2021 Bằng khen");
    expect(forms).toContain("300/QĐ-UBND, 20/03/2022, Chủ tịch UBND tỉnh Thừa Thiên Huế");
    expect(forms).not.toContain("Chưa có trong hồ sơ");
  });

  it("is asked for only by the nominee, their unit's head and the secretary", async () => {
    test = atReviewOf(2024);
    const ids = await yearOfAwards(test, 2024);
    for (const name of ["Bùi Đức Anh", "Ngô Thị Thu", "Phạm Văn Hùng"]) {
      expect((await say(test, actAs(test, name), { action: `documents:achievements:${ids.cstdcs}` })).text).toContain("Bạn không có quyền");
    }
  });
});
