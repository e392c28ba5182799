// Reading a generated .docx as a văn thư's tools would: the text through mammoth (a maintained reader not written
// here), and each paragraph's alignment, weight, slant and size from the file's XML where the decree fixes them.
// Also a year's worth of nominations for the documents to be written from, through the real services.
import JSZip from "jszip";
import mammoth from "mammoth";
import type { Block, Reply } from "../../src/kernel/reply";
import { propose, SECRETARY, yearlyCampaign } from "../nominations/period-support";
import { actAs, say, type TestApp } from "../support/harness";

export interface DocParagraph {
  text: string;
  align: string | null;
  bold: boolean;
  italic: boolean;
  /** Points, from the first run. */
  size: number | null;
}

export interface ReadDocument {
  /** What mammoth reads: paragraphs separated by blank lines. */
  text: string;
  /** The same text on one line, for phrases a table cell or a line break might split. */
  flat: string;
  xml: string;
  paragraphs: DocParagraph[];
  /** The first paragraph whose text contains `part`; fails the test when there is none. */
  paragraph(part: string): DocParagraph;
}

const xmlText = (s: string) =>
  s
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");

export async function readDocx(data: Uint8Array): Promise<ReadDocument> {
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(data) });
  const zip = await JSZip.loadAsync(data);
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => {
    const runProps = /<w:r>\s*<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(p)?.[1] ?? "";
    const size = /<w:sz w:val="(\d+)"/.exec(runProps)?.[1];
    return {
      text: xmlText([...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("")),
      align: /<w:jc w:val="(\w+)"/.exec(p)?.[1] ?? null,
      bold: /<w:b\/>|<w:b w:val="true"\/>/.test(runProps),
      italic: /<w:i\/>|<w:i w:val="true"\/>/.test(runProps),
      size: size ? Number(size) / 2 : null,
    };
  });
  return {
    text: value,
    flat: value.replace(/\s+/g, " "),
    xml,
    paragraphs,
    paragraph(part) {
      const found = paragraphs.find((p) => p.text.includes(part));
      if (!found)
        throw new Error(
          `no paragraph contains «${part}»; paragraphs: ${paragraphs
            .map((p) => p.text)
            .filter(Boolean)
            .join(" | ")
            .slice(0, 2000)}`,
        );
      return found;
    },
  };
}

export function fileOf(replies: Reply[]) {
  const block = replies.flatMap((r) => r.blocks).find((b): b is Extract<Block, { type: "file" }> => b.type === "file");
  if (!block) throw new Error(`no file in the reply: ${JSON.stringify(replies).slice(0, 400)}`);
  return block;
}

/** Asks for a document by its button as `who` and reads the file sent back. */
export async function documentFor(test: TestApp, who: string, action: string): Promise<ReadDocument & { fileName: string }> {
  const file = fileOf((await say(test, actAs(test, who), { action })).replies);
  return { ...(await readDocx(file.data)), fileName: file.fileName };
}

/**
 * A year at its review, through the real services: Lao động tiên tiến proposed for Vũ Thị Lan and Bùi Đức Anh (no
 * vote asked), Chiến sĩ thi đua cơ sở for Vũ Thị Lan put to the council and passed by five of its six members, and
 * Giấy khen for Nguyễn Văn An and the province's Bằng khen for Ngô Thị Thu (proposed upward) in the same session,
 * and Tập thể lao động tiên tiến for the Phòng Tổ chức. Returns the nominations' ids.
 */
export async function yearOfAwards(test: TestApp, year: number) {
  yearlyCampaign(test, year);
  const ldttLan = await propose(test, "Vũ Thị Lan", "LDTT", { year, achievements: "Hoàn thành tốt nhiệm vụ; số hoá hồ sơ của phòng." });
  const ldttAnh = await propose(test, "Bùi Đức Anh", "LDTT", { year });
  // enough Lao động tiên tiến for one Chiến sĩ thi đua cơ sở under 2023's 15% quota (Nghị định 91/2017 k3 Điều 9)
  for (const name of ["Phan Thị Bích", "Lý Thị Ngọc", "Hồ Thị Duyên", "Cao Văn Phúc", "Tạ Thị Kim"]) await propose(test, name, "LDTT", { year });
  const collective = await test.app.services.nominations.propose(test.app.services.directory.findOnePerson(SECRETARY), {
    nominee: "unit",
    nomineeId: test.app.services.directory.findUnit("Phòng Tổ chức").id,
    awardCode: "TTLDTT",
    kind: "year_end",
    campaignId: yearlyCampaign(test, year),
    achievements: "Hoàn thành tốt nhiệm vụ và kế hoạch năm; không có cá nhân bị kỷ luật.",
  });
  const cstdcs = await propose(test, "Vũ Thị Lan", "CSTDCS", { year, achievements: "Sáng kiến «Một cửa điện tử» được công nhận." });
  const gk = await propose(test, "Nguyễn Văn An", "GK_GD", { year, achievements: "Hoàn thành xuất sắc nhiệm vụ số hoá." });
  const upward = await propose(test, "Ngô Thị Thu", "BK_UBND", { year, achievements: "Chủ trì đề án cải cách thủ tục hành chính của tỉnh." });
  for (const n of [ldttLan, ldttAnh, cstdcs, gk, upward]) if (n.id === null) throw new Error(`could not propose for ${year}: ${n.refusal}`);
  const { ballots, directory } = test.app.services;
  const secretary = directory.findOnePerson(SECRETARY);
  const session = await ballots.open(secretary, {
    title: `Xét khen thưởng năm ${year}`,
    nominationIds: [cstdcs.id as number, gk.id as number, upward.id as number],
    endsAt: new Date(test.clock.now().getTime() + 86_400_000),
  });
  for (const member of ["Phạm Văn Hùng", "Lê Thị Mai", "Nguyễn Văn Tâm", "Hoàng Văn Long", "Đặng Quốc Bảo"]) {
    const who = actAs(test, member);
    await say(test, who, { action: `vote:open:${session.id}` });
    await say(test, who, { action: `vote:p:${session.id}.${cstdcs.id}.a` });
    await say(test, who, { action: `vote:p:${session.id}.${gk.id}.a` });
    await say(test, who, { action: `vote:p:${session.id}.${upward.id}.a` });
    await say(test, who, { action: `vote:review:${session.id}` });
    await say(test, who, { action: `vote:cast:${session.id}` });
  }
  await say(test, actAs(test, SECRETARY), { action: `sessions:closeok:${session.id}` });
  return {
    ldttLan: ldttLan.id as number,
    ldttAnh: ldttAnh.id as number,
    cstdcs: cstdcs.id as number,
    gk: gk.id as number,
    upward: upward.id as number,
    collective: collective.id,
    session: session.id,
  };
}

/**
 * The marks Phụ lục I fixes on every document's head and foot, checked on a generated document: the national title
 * (II.1), the issuing body (II.2), the number (II.3), the place and date (II.4), the type and subject (II.5), and
 * "Nơi nhận" (II.9.b) when the document has one.
 */
export function expectDecreeMarks(
  doc: ReadDocument,
  expected: { body?: string; number?: string; placeAndDate?: string; kind: string; recipients?: boolean },
): void {
  const check = (part: string, marks: Partial<DocParagraph>) => {
    const found = doc.paragraph(part);
    for (const [key, value] of Object.entries(marks)) {
      if (found[key as keyof DocParagraph] !== value)
        throw new Error(`«${part}»: ${key} is ${String(found[key as keyof DocParagraph])}, not ${String(value)}`);
    }
  };
  check("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { align: "center", bold: true, size: 12 });
  check("Độc lập - Tự do - Hạnh phúc", { align: "center", bold: true, size: 13 });
  if (expected.body) check(expected.body, { align: "center", bold: true, size: 13 });
  if (expected.number) check(expected.number, { align: "center", bold: false, size: 13 });
  if (expected.placeAndDate) check(expected.placeAndDate, { align: "center", italic: true, size: 14 });
  check(expected.kind, { align: "center", bold: true, size: 14 });
  if (expected.recipients) check("Nơi nhận:", { bold: true, italic: true, size: 12 });
}
