// The year's other paperwork through chat, read through mammoth and the XML: the plan and the year report (signed by
// the deputy for the Director), the council's pledge report (a Báo cáo, signed by its standing member with their
// council title and post), a unit's pledges (signed by its head with the unit's title); who may ask; the letter a
// named sender signs.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { nominatePerson, openSession } from "../nominations/support";
import { actAs, actions, createTestApp, say, type TestApp } from "../support/harness";
import { documentFor, expectDecreeMarks, fileOf, readDocx } from "./support";

let test: TestApp;
beforeEach(() => {
  test = createTestApp({ config: { AGENCY_PLACE: "Thành phố Huế" } });
});
afterEach(() => test.close());

async function pledgeAsLan() {
  const lan = actAs(test, "Vũ Thị Lan");
  await say(test, lan, "/pledge");
  await say(test, lan, "1");
  await say(test, lan, { action: "f:done" });
  await say(test, lan, "Hoàn thành xuất sắc nhiệm vụ; 01 sáng kiến.");
  await say(test, lan, { action: "f:ok" });
  return test.app.services.campaigns.byCode("TD2023")?.id as number;
}

describe.each([2023, 2024, 2026])("the plan of %i", (year) => {
  it("cites its year's rule set and the Sở's quy chế, with the decree's marks", async () => {
    const doc = await documentFor(test, "Trịnh Văn Sơn", `documents:plan:${year}`);
    expectDecreeMarks(doc, {
      body: "SỞ NỘI VỤ",
      number: "/KH-SNV",
      placeAndDate: "Thành phố Huế, ngày 05 tháng 01 năm 2026",
      kind: "KẾ HOẠCH",
      recipients: true,
    });
    const decree = { 2023: "Nghị định số 91/2017/NĐ-CP", 2024: "Nghị định số 98/2023/NĐ-CP", 2026: "Nghị định số 152/2025/NĐ-CP" }[year];
    expect(doc.flat).toContain(`Căn cứ ${decree}`);
    expect(doc.flat).toContain(year === 2023 ? "Quyết định số 125/QĐ-SNV" : "Quyết định số 210/QĐ-SNV");
  });
});

describe("the year's paperwork", () => {
  it("the plan has its basis, several lines a section, the movements with dates, and the deputy signs for the Director", async () => {
    const doc = await documentFor(test, "Trịnh Văn Sơn", "documents:plan:2023");
    expect(doc.paragraph("KẾ HOẠCH")).toMatchObject({ align: "center", bold: true });
    expect(doc.text).toContain("Số:        /KH-SNV");
    expect(doc.text).toContain("Thành phố Huế, ngày 05 tháng 01 năm 2026");
    expect(doc.flat).toContain("Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017");
    expect(doc.flat).toContain("Sở Nội vụ xây dựng Kế hoạch công tác thi đua, khen thưởng năm 2023 như sau:");
    for (const part of [
      "I. MỤC ĐÍCH, YÊU CẦU",
      "II. CÁC PHONG TRÀO THI ĐUA",
      "III. DANH HIỆU THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG",
      "V. TỔ CHỨC THỰC HIỆN",
    ]) {
      expect(doc.paragraph(part)).toMatchObject({ bold: true });
    }
    expect(doc.flat).toContain("Phong trào thi đua thực hiện thắng lợi nhiệm vụ năm 2023 (từ 01/01/2023 đến 31/12/2023)");
    expect(doc.flat).toContain("1. Danh hiệu thi đua Giám đốc Sở công nhận: Lao động tiên tiến; Chiến sĩ thi đua cơ sở; Tập thể lao động tiên tiến.");
    expect(doc.text).toContain("KT. GIÁM ĐỐC\n\nPHÓ GIÁM ĐỐC\n\n\n\nLê Thị Mai");
    expect(doc.text).toContain("- Lưu: VT, TĐKT.");
  });

  it("the year report counts the year and is signed like the plan", async () => {
    await pledgeAsLan();
    const doc = await documentFor(test, "Trịnh Văn Sơn", "documents:report:2023");
    expectDecreeMarks(doc, { body: "SỞ NỘI VỤ", number: "/BC-SNV", placeAndDate: "Thành phố Huế", kind: "BÁO CÁO", recipients: true });
    expect(doc.text).toContain("Số:        /BC-SNV");
    expect(doc.flat).toContain("1 người đăng ký thi đua");
    expect(doc.text).toContain("KT. GIÁM ĐỐC\n\nPHÓ GIÁM ĐỐC");
    expect(doc.flat).toContain("./.");
  });

  it("the pledge report is a Báo cáo of the council to the Director, signed by its standing member with title and post", async () => {
    const campaignId = await pledgeAsLan();
    const doc = await documentFor(test, "Trịnh Văn Sơn", `documents:pledges:${campaignId}`);
    expectDecreeMarks(doc, { body: "HỘI ĐỒNG THI ĐUA", number: "/BC-HĐTĐKT", placeAndDate: "Thành phố Huế", kind: "BÁO CÁO", recipients: true });
    expect(doc.text).toContain("SỞ NỘI VỤ\n\nHỘI ĐỒNG THI ĐUA – KHEN THƯỞNG");
    expect(doc.text).toContain("Số:        /BC-HĐTĐKT");
    expect(doc.text).not.toContain("BTH");
    expect(doc.paragraph("BÁO CÁO")).toMatchObject({ align: "center", bold: true });
    expect(doc.paragraph("Kính gửi").text).toBe("Kính gửi: Giám đốc Sở Nội vụ.");
    expect(doc.flat).toMatch(/Phòng Tổ chức, biên chế và Tổ chức phi chính phủ 3 1 1 0/);
    expect(doc.text).toContain("ỦY VIÊN THƯỜNG TRỰC HỘI ĐỒNG\n\nTRƯỞNG BAN THI ĐUA – KHEN THƯỞNG\n\n\n\nTrịnh Văn Sơn");
  });

  it("a unit's pledges are signed by its head with the unit's title", async () => {
    const campaignId = await pledgeAsLan();
    const doc = await documentFor(test, "Hoàng Văn Long", `documents:unitpledges:${campaignId}`);
    expectDecreeMarks(doc, { body: "PHÒNG TỔ CHỨC", placeAndDate: "Thành phố Huế", kind: "BẢN ĐĂNG KÝ THI ĐUA", recipients: true });
    expect(doc.text).toContain("SỞ NỘI VỤ\n\nPHÒNG TỔ CHỨC, BIÊN CHẾ VÀ TỔ CHỨC PHI CHÍNH PHỦ");
    expect(doc.paragraph("BẢN ĐĂNG KÝ THI ĐUA")).toMatchObject({ align: "center", bold: true });
    expect(doc.paragraph("Kính gửi").text).toBe("Kính gửi: Hội đồng Thi đua – Khen thưởng Sở Nội vụ.");
    expect(doc.flat).toContain("Vũ Thị Lan Lao động tiên tiến Hoàn thành xuất sắc nhiệm vụ; 01 sáng kiến.");
    expect(doc.text).toContain("TRƯỞNG PHÒNG\n\n\n\nHoàng Văn Long");
    expect(doc.text).not.toContain("THỦ TRƯỞNG ĐƠN VỊ");
  });

  it("refuses the minutes of an open session, and documents to someone without the role", async () => {
    await nominatePerson(test, actAs(test, "Hoàng Văn Long"), "Vũ Thị Lan", 1);
    const son = actAs(test, "Trịnh Văn Sơn");
    await openSession(test, son, [1]);
    expect((await say(test, son, { action: "documents:minutes:1" })).text).toContain("chưa kết thúc");
    const lan = actAs(test, "Vũ Thị Lan");
    for (const action of ["documents:decision:2026", "documents:proposal:2026", "documents:minutes:1", "documents:plan:2026"]) {
      expect((await say(test, lan, { action })).text).toContain("Bạn không có quyền");
    }
  });
});

describe("the letter a named sender signs", () => {
  it("gives the sender alone the denunciation letter as a Word file, with what Điều 23 asks for", async () => {
    const lan = actAs(test, "Vũ Thị Lan");
    await say(test, lan, "/tocao");
    await say(test, lan, "Danh sách đề nghị của phòng có người không đủ tiêu chuẩn.");
    await say(test, lan, "1");
    for (const answer of ["Phòng Tổ chức, Sở Nội vụ", "12 Lê Lợi, Huế", "0901234567", "Đề nghị xác minh."]) await say(test, lan, answer);
    const receipt = await say(test, lan, { action: "f:ok" });
    const letterAction = actions(receipt.replies).find((a) => a.startsWith("documents:letter:")) as string;
    expect(letterAction).toBeDefined();
    const file = fileOf((await say(test, lan, { action: letterAction })).replies);
    expect(file.fileName).toMatch(/^don-to-cao-\d{4}-\d{4}_\d{4}-\d{2}-\d{2}\.docx$/);
    const { text } = await readDocx(file.data);
    expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(text).toContain("ĐƠN TỐ CÁO");
    expect(text).toContain("Vũ Thị Lan");
    expect(text).toContain("12 Lê Lợi, Huế");
    expect(text).toContain("Danh sách đề nghị của phòng có người không đủ tiêu chuẩn.");
    // anyone else pressing the same button gets nothing
    expect((await say(test, actAs(test, "Bùi Đức Anh"), { action: letterAction })).text).toContain("Bạn không có quyền");
    expect((await say(test, actAs(test, "Mai Thị Hạnh"), { action: letterAction })).text).toContain("Bạn không có quyền");
  });
});
