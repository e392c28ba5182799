// The documents the secretary files: each generated .docx is opened (unzipped, its XML read) and checked for the
// national motto block, the title, the table contents against the database, and Vietnamese diacritics intact.
import JSZip from "jszip";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Block } from "../../src/kernel/reply";
import { nominatePerson, openSession, vote } from "../nominations/support";
import { actAs, actions, createTestApp, say, type TestApp } from "../support/harness";

let test: TestApp;
beforeEach(() => {
  test = createTestApp({ config: { AGENCY_PLACE: "Thành phố Huế", DIRECTOR_NAME: "Phạm Văn Hùng" } });
});
afterEach(() => test.close());

/** The document's visible text: every w:t run, in order (what Word shows, without the markup). */
async function textOf(data: Uint8Array): Promise<{ text: string; xml: string }> {
  const zip = await JSZip.loadAsync(data);
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  const text = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
  return { text, xml };
}

function fileOf(replies: Array<{ blocks: Block[] }>) {
  const block = replies.flatMap((r) => r.blocks).find((b) => b.type === "file");
  if (block?.type !== "file") throw new Error("no file in the reply");
  return block;
}

async function closedSessionWithThreeVotes() {
  await nominatePerson(test, actAs(test, "Hoàng Văn Long"), "Vũ Thị Lan", 1, "Hoàn thành xuất sắc nhiệm vụ; sáng kiến «Một cửa điện tử».");
  const son = actAs(test, "Trịnh Văn Sơn");
  await openSession(test, son, [1]);
  await vote(test, actAs(test, "Phạm Văn Hùng"), 1, { 1: "a" });
  await vote(test, actAs(test, "Lê Thị Mai"), 1, { 1: "a" });
  await vote(test, actAs(test, "Nguyễn Văn Tâm"), 1, { 1: "r" });
  await say(test, son, { action: "sessions:closeok:1" });
  return son;
}

describe("documents", () => {
  it("writes the council's minutes with totals only, in the layout of Nghị định 30/2020", async () => {
    const son = await closedSessionWithThreeVotes();
    const menu = await say(test, son, "/vanban");
    expect(menu.text).toContain("Biên bản phiên 1");
    const reply = await say(test, son, { action: actions(menu.replies).find((a) => a.startsWith("documents:minutes:")) as string });
    const file = fileOf(reply.replies);
    expect(file.fileName).toBe("bien-ban-hop-hoi-dong-phien-1_2026-01-05.docx");
    const { text, xml } = await textOf(file.data);
    expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(text).toContain("HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG");
    expect(text).toContain("Thành phố Huế, ngày 05 tháng 01 năm 2026");
    expect(text).toContain("BIÊN BẢN");
    // the table: the nominee, the title, 2 for, 1 against, 0 abstaining, 2 of 6 members = 33,3%
    expect(text).toContain("Vũ Thị Lan");
    expect(text).toContain("Lao động tiên tiến");
    expect(text).toMatch(/Vũ Thị LanLao động tiên tiến210/);
    expect(text).toContain("33,3%");
    // who voted is recorded (present), never how: no member's name next to a choice
    expect(text).toContain("Thành viên đã bỏ phiếu: ");
    for (const name of ["Phạm Văn Hùng", "Lê Thị Mai", "Nguyễn Văn Tâm"]) {
      expect(text).not.toMatch(new RegExp(`${name}[^.]{0,40}(Đồng ý|Không đồng ý)`));
    }
    // A4, the margins and Times New Roman
    // A4 (210 × 297 mm in twips, as docx rounds them), margins 20 / 15 / 20 / 30 mm
    expect(xml).toContain('<w:pgSz w:w="11905" w:h="16837" w:orient="portrait"/>');
    expect(xml).toContain('w:top="1133" w:right="850" w:bottom="1133" w:left="1700"');
    expect(xml).toContain('w:ascii="Times New Roman"');
    expect(text.normalize("NFC")).toBe(text);
  });

  it("refuses the minutes of an open session and documents to someone without the role", async () => {
    await nominatePerson(test, actAs(test, "Hoàng Văn Long"), "Vũ Thị Lan", 1);
    const son = actAs(test, "Trịnh Văn Sơn");
    await openSession(test, son, [1]);
    expect((await say(test, son, { action: "documents:minutes:1" })).text).toContain("chưa kết thúc");
    const lan = actAs(test, "Vũ Thị Lan");
    expect((await say(test, lan, { action: "documents:decision:2026" })).text).toContain("Bạn không có quyền");
  });

  it("writes the proposal and the draft decision from the approved nominations, grouped by title", async () => {
    const son = await closedSessionWithThreeVotes();
    const year = test.app.services.nominations.get(1).year;
    const proposal = await textOf(fileOf((await say(test, son, { action: `documents:proposal:${year}` })).replies).data);
    expect(proposal.text).toContain("TỜ TRÌNH");
    expect(proposal.text).toContain("Kính gửi: Giám đốc Sở.");
    expect(proposal.text).toContain("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG");
    expect(proposal.text).toContain("1. Lao động tiên tiến — cá nhân (1)");
    expect(proposal.text).toContain("Phòng Tổ chức, biên chế và Tổ chức phi chính phủ");
    const decision = await textOf(fileOf((await say(test, son, { action: `documents:decision:${year}` })).replies).data);
    expect(decision.text).toContain("QUYẾT ĐỊNH");
    expect(decision.text).toContain("GIÁM ĐỐC SỞ NỘI VỤ");
    expect(decision.text).toContain("Phạm Văn Hùng");
    expect(decision.text).toContain("DANH SÁCH KHEN THƯỞNG");
    // nothing is proposed upward: the document says so instead of being empty
    expect((await say(test, son, { action: `documents:upward:${year}` })).text).toContain("Chưa có nội dung");
  });

  it("writes the pledge summary by unit, a unit's pledges, an achievement report, the plan and the year report", async () => {
    const lan = actAs(test, "Vũ Thị Lan");
    await say(test, lan, "/pledge");
    await say(test, lan, "1");
    await say(test, lan, { action: "f:done" });
    await say(test, lan, "Hoàn thành xuất sắc nhiệm vụ; 01 sáng kiến.");
    await say(test, lan, { action: "f:ok" });
    const campaignId = test.app.services.campaigns.byCode("TD2023")?.id as number;

    const son = actAs(test, "Trịnh Văn Sơn");
    const summary = await textOf(fileOf((await say(test, son, { action: `documents:pledges:${campaignId}` })).replies).data);
    expect(summary.text).toContain("BẢNG TỔNG HỢP");
    expect(summary.text).toMatch(/Phòng Tổ chức, biên chế và Tổ chức phi chính phủ311/);

    const long = actAs(test, "Hoàng Văn Long");
    const unit = await textOf(fileOf((await say(test, long, { action: `documents:unitpledges:${campaignId}` })).replies).data);
    expect(unit.text).toContain("BẢN ĐĂNG KÝ THI ĐUA");
    expect(unit.text).toContain("Vũ Thị LanLao động tiên tiếnHoàn thành xuất sắc nhiệm vụ; 01 sáng kiến.");

    await nominatePerson(test, long, "Vũ Thị Lan", 1, "Sáng kiến «Một cửa điện tử».");
    const report = await textOf(fileOf((await say(test, lan, { action: "documents:achievements:1" })).replies).data);
    expect(report.text).toContain("BÁO CÁO THÀNH TÍCH");
    expect(report.text).toContain("Sáng kiến «Một cửa điện tử».");
    expect((await say(test, actAs(test, "Bùi Đức Anh"), { action: "documents:achievements:1" })).text).toContain("Bạn không có quyền");

    const plan = await textOf(fileOf((await say(test, son, { action: "documents:plan:2023" })).replies).data);
    expect(plan.text).toContain("KẾ HOẠCH");
    expect(plan.text).toContain("Phong trào thi đua thực hiện thắng lợi nhiệm vụ năm 2023 (từ 01/01/2023 đến 31/12/2023).");
    const yearReport = await textOf(fileOf((await say(test, son, { action: "documents:report:2023" })).replies).data);
    expect(yearReport.text).toContain("BÁO CÁO");
    expect(yearReport.text).toMatch(/1 người đăng ký thi đua/);
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
    const { text } = await textOf(file.data);
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
