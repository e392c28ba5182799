// Each element of Nghị định 30/2020/NĐ-CP, Phụ lục I, as its own function, rendered into a real .docx and read back:
// the text through mammoth, and alignment, weight, slant and size from the XML where the decree fixes them.

import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  addressedTo,
  annexHeading,
  article,
  basisLines,
  centredLine,
  draftMark,
  issuingBody,
  nationalTitle,
  numberLine,
  placeAndDateLine,
  recipientList,
  renderDocument,
  renderSections,
  signatureBlock,
  titleBlock,
  withEndMark,
} from "../../src/documents/layout";
import { dateInWords, shareOf, timeInWords } from "../../src/documents/words";
import { readDocx } from "./support";

const read = async (...elements: Parameters<typeof renderSections>[0][number]) => readDocx(await renderSections([elements]));

describe("the elements of Phụ lục I, one function each", () => {
  it("II.1: the national title in capitals 12 pt bold and the motto 13 pt bold, centred, with a rule under the motto", async () => {
    const doc = await read(...nationalTitle());
    expect(doc.text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc");
    expect(doc.paragraph("CỘNG HÒA")).toMatchObject({ align: "center", bold: true, size: 12 });
    expect(doc.paragraph("Độc lập")).toMatchObject({ align: "center", bold: true, size: 13 });
    expect(doc.xml).toMatch(/<w:pBdr><w:bottom w:val="single"/);
  });

  it("II.2: the parent body in capitals, upright; the issuing body in capitals, bold; both 13 pt, centred", async () => {
    const doc = await read(...issuingBody({ parent: "UBND tỉnh Thừa Thiên Huế", name: "Sở Nội vụ" }));
    expect(doc.text).toContain("UBND TỈNH THỪA THIÊN HUẾ\n\nSỞ NỘI VỤ");
    expect(doc.paragraph("UBND TỈNH")).toMatchObject({ align: "center", bold: false, size: 13 });
    expect(doc.paragraph("SỞ NỘI VỤ")).toMatchObject({ align: "center", bold: true, size: 13 });
  });

  it("II.3 and II.4: the number 13 pt upright, the place and date 13–14 pt italic, both centred", async () => {
    const doc = await read(numberLine("Số:        /QĐ-SNV"), placeAndDateLine("Huế, ngày 05 tháng 01 năm 2025"));
    expect(doc.paragraph("Số:")).toMatchObject({ align: "center", bold: false, italic: false, size: 13 });
    expect(doc.paragraph("Huế, ngày")).toMatchObject({ align: "center", italic: true, size: 14 });
  });

  it("II.5: the type in capitals bold, the subject bold in ordinary case, 14 pt, centred, with a rule", async () => {
    const doc = await read(...titleBlock("Quyết định", "Về việc công nhận danh hiệu thi đua năm 2024"));
    expect(doc.text).toContain("QUYẾT ĐỊNH\n\nVề việc công nhận danh hiệu thi đua năm 2024");
    expect(doc.paragraph("QUYẾT ĐỊNH")).toMatchObject({ align: "center", bold: true, size: 14 });
    expect(doc.paragraph("Về việc")).toMatchObject({ align: "center", bold: true, size: 14 });
  });

  it("II.6.a: each căn cứ italic on its own line ending ';', the last one '.'", async () => {
    const doc = await read(...basisLines(["Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022", "Xét đề nghị của Hội đồng;"]));
    expect(doc.text).toContain("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\n\nXét đề nghị của Hội đồng.");
    expect(doc.paragraph("Căn cứ Luật")).toMatchObject({ align: "both", italic: true, size: 14 });
  });

  it("II.6: the issuing authority and 'QUYẾT ĐỊNH:' centred bold; 'Điều 1.' bold before upright text; the end mark './.'", async () => {
    const doc = await read(centredLine("GIÁM ĐỐC SỞ NỘI VỤ"), centredLine("QUYẾT ĐỊNH:"), article(1, "Công nhận danh hiệu."), withEndMark("Hết"));
    expect(doc.paragraph("GIÁM ĐỐC SỞ NỘI VỤ")).toMatchObject({ align: "center", bold: true });
    expect(doc.paragraph("QUYẾT ĐỊNH:")).toMatchObject({ align: "center", bold: true });
    expect(doc.xml).toMatch(
      /<w:b\/>[\s\S]{0,200}<w:t xml:space="preserve">Điều 1\. <\/w:t>[\s\S]*?<w:r><w:rPr>(?:(?!<w:b\/>)[\s\S])*?<w:t xml:space="preserve">Công nhận danh hiệu\.<\/w:t>/,
    );
    expect(doc.text).toContain("Hết./.");
  });

  it("II.9.a: 'Kính gửi' upright 14 pt, on one line for one recipient, a dashed list for several", async () => {
    const one = await read(...addressedTo(["Giám đốc Sở Nội vụ"]));
    expect(one.text.trim()).toBe("Kính gửi: Giám đốc Sở Nội vụ.");
    expect(one.paragraph("Kính gửi")).toMatchObject({ bold: false, italic: false, size: 14 });
    const many = await read(...addressedTo(["Bộ Nội vụ", "Bộ Tài chính"]));
    expect(many.text).toContain("Kính gửi:\n\n- Bộ Nội vụ;\n\n- Bộ Tài chính.");
  });

  it("II.9.b: 'Nơi nhận:' 12 pt bold italic, the list 11 pt upright, dashes, ';' and the last 'Lưu: VT, ….'", async () => {
    const doc = await read(...recipientList(["Như trên", "Lưu: VT, TĐKT"]));
    expect(doc.text).toContain("Nơi nhận:\n\n- Như trên;\n\n- Lưu: VT, TĐKT.");
    expect(doc.paragraph("Nơi nhận")).toMatchObject({ bold: true, italic: true, size: 12 });
    expect(doc.paragraph("Như trên")).toMatchObject({ bold: false, italic: false, size: 11 });
  });

  it("II.7: authority, post and the post in the agency in capitals 14 pt bold, centred; the name bold", async () => {
    const doc = await read(
      ...signatureBlock({ authority: "TM. Hội đồng", title: "Chủ tịch", otherTitle: "Giám đốc Sở Nội vụ", name: "Phạm Văn Hùng" }),
    );
    expect(doc.text).toContain("TM. HỘI ĐỒNG\n\nCHỦ TỊCH\n\nGIÁM ĐỐC SỞ NỘI VỤ");
    for (const line of ["TM. HỘI ĐỒNG", "CHỦ TỊCH", "GIÁM ĐỐC SỞ NỘI VỤ", "Phạm Văn Hùng"]) {
      expect(doc.paragraph(line)).toMatchObject({ align: "center", bold: true, size: 14 });
    }
  });

  it("III.1: 'Phụ lục' 14 pt bold (numbered when there are several), the title in capitals, the reference italic", async () => {
    const doc = await read(
      ...annexHeading({ index: 1, count: 2, title: "Danh sách", attachedTo: "Kèm theo Quyết định số …/QĐ-SNV ngày … tháng … năm …" }),
    );
    expect(doc.text).toContain("Phụ lục II\n\nDANH SÁCH\n\n(Kèm theo Quyết định số …/QĐ-SNV ngày … tháng … năm …)");
    expect(doc.paragraph("Phụ lục II")).toMatchObject({ align: "center", bold: true, size: 14 });
    expect(doc.paragraph("(Kèm theo")).toMatchObject({ align: "center", italic: true, size: 14 });
    const single = await read(...annexHeading({ index: 0, count: 1, title: "Danh sách", attachedTo: "x" }));
    expect(single.text).toMatch(/^Phụ lục\n/);
  });

  it("marks a draft above the heading, in a box, never in the subject", async () => {
    const doc = await read(draftMark(), ...titleBlock("Quyết định", "Về việc khen thưởng"));
    expect(doc.paragraph("DỰ THẢO")).toMatchObject({ bold: true });
    expect(doc.xml).toMatch(/<w:pBdr><w:top w:val="single"/);
    expect(doc.paragraph("Về việc").text).toBe("Về việc khen thưởng");
  });

  it("I.1–I.7: A4 portrait, margins 20/15/20/30 mm, Times New Roman; page numbers from the second page, each annex counted from 1", async () => {
    const doc = await readDocx(
      await renderDocument({
        issuer: { parent: "UBND TỈNH THỪA THIÊN HUẾ", name: "SỞ NỘI VỤ" },
        number: "Số:        /QĐ-SNV",
        placeAndDate: "Huế, ngày 05 tháng 01 năm 2025",
        kind: "Quyết định",
        subject: "Về việc khen thưởng",
        body: [],
        signatures: [{ title: "Giám đốc", name: "Phạm Văn Hùng" }],
        recipients: ["Lưu: VT, TĐKT"],
        annexes: [{ title: "Danh sách", attachedTo: "Kèm theo …", body: [] }],
      }),
    );
    expect(doc.xml).toContain('<w:pgSz w:w="11905" w:h="16837" w:orient="portrait"/>');
    expect(doc.xml).toContain('w:top="1133" w:right="850" w:bottom="1133" w:left="1700"');
    expect(doc.xml.match(/<w:titlePg\/>/g)?.length).toBe(2);
    expect(doc.xml.match(/<w:pgNumType w:start="1"\/>/g)?.length).toBe(2);
    expect(doc.xml).toContain('w:ascii="Times New Roman"');
  });

  it("II.4.b: days under 10 and the months 1 and 2 take a zero; the minutes' times in words; a share of its base", () => {
    expect(dateInWords(DateTime.fromISO("2026-02-05"))).toBe("ngày 05 tháng 02 năm 2026");
    expect(dateInWords(DateTime.fromISO("2026-11-27"))).toBe("ngày 27 tháng 11 năm 2026");
    expect(timeInWords(DateTime.fromISO("2026-11-27T09:40"))).toBe("09 giờ 40 phút, ngày 27 tháng 11 năm 2026");
    expect(shareOf(3, 4)).toBe("3/4 (75,0%)");
  });
});
