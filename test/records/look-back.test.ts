// The rules that look back read the record of achievements: an imported history lets a 2027 CSTĐ cấp tỉnh
// proposal pass with its three years named, a gap year refuses it naming the year, /upward shows the history, and
// the bot's own decisions (and their annulments) enter the record.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actAs, createTestApp, say, type TestApp, TestClock } from "../support/harness";
import { importPast, TO_CHUC, yearlyCampaign } from "./support";

let test: TestApp;
beforeEach(() => {
  test = createTestApp({ clock: new TestClock(new Date("2027-12-10T03:00:00Z")) });
  yearlyCampaign(test, 2027);
});
afterEach(() => test.close());

const cstdcs = (year: number, number: string, date: string) =>
  ["Vũ Thị Lan", TO_CHUC, year, "Chiến sĩ thi đua cơ sở", number, date, "Giám đốc Sở Nội vụ"] as [
    string,
    string,
    number,
    string,
    string,
    string,
    string,
  ];

/** The secretary proposes Vũ Thị Lan for CSTĐ cấp tỉnh 2027 through /nominate, as in chat; returns what they read. */
async function proposeCstdTinh() {
  const son = actAs(test, "Trịnh Văn Sơn");
  await say(test, son, "/nominate");
  await say(test, son, { action: "f:pick:0" }); // a person
  await say(test, son, "Vũ Thị Lan");
  await say(test, son, "3"); // Chiến sĩ thi đua cấp tỉnh
  await say(test, son, { action: "f:pick:0" }); // year-end
  await say(test, son, "2"); // Phong trào thi đua năm 2027
  await say(test, son, "Sáng kiến được áp dụng toàn tỉnh.");
  return say(test, son, { action: "f:ok" });
}

describe("look-back rules read the record", () => {
  it("passes a 2027 CSTĐ cấp tỉnh proposal on three imported years, and /upward names them", async () => {
    importPast(test, [cstdcs(2024, "21/QĐ-SNV", "10/01/2025"), cstdcs(2025, "5/QĐ-SNV", "12/01/2026"), cstdcs(2026, "3/QĐ-SNV", "08/01/2027")]);
    const son = actAs(test, "Trịnh Văn Sơn");
    const { nominations, directory } = test.app.services;
    const proposed = await nominations.propose(directory.findOnePerson("Trịnh Văn Sơn"), {
      nominee: "person",
      nomineeId: directory.findOnePerson("Vũ Thị Lan").id,
      awardCode: "CSTDT",
      kind: "year_end",
      campaignId: test.app.services.campaigns.byCode("TD2027")?.id ?? null,
      achievements: "Sáng kiến được áp dụng toàn tỉnh.",
    });
    expect(proposed.year).toBe(2027);
    // the council's approval is not what this test is about
    test.app.db.$client.prepare("update nominations set status = 'approved' where id = ?").run(proposed.id);
    const upward = await say(test, son, "/upward");
    expect(upward.text).toContain("Vũ Thị Lan — Chiến sĩ thi đua cấp tỉnh năm 2027");
    expect(upward.text).toContain(
      "Cần Chiến sĩ thi đua cơ sở 3 năm liền trước năm 2027 (2024–2026). Hồ sơ thành tích có: 2024 (QĐ số 21/QĐ-SNV ngày 10/01/2025), 2025 (QĐ số 5/QĐ-SNV ngày 12/01/2026), 2026 (QĐ số 3/QĐ-SNV ngày 08/01/2027).",
    );
    expect(upward.text).not.toContain("Còn thiếu");
  });

  it("refuses it when a year is missing, naming the years found and the year missing", async () => {
    importPast(test, [cstdcs(2024, "21/QĐ-SNV", "10/01/2025"), cstdcs(2026, "3/QĐ-SNV", "08/01/2027")]);
    const refused = await proposeCstdTinh();
    expect(refused.text).toContain("Không đề nghị được Chiến sĩ thi đua cấp tỉnh năm 2027");
    expect(refused.text).toContain("Hồ sơ thành tích có: 2024 (QĐ số 21/QĐ-SNV ngày 10/01/2025), 2026 (QĐ số 3/QĐ-SNV ngày 08/01/2027).");
    expect(refused.text).toContain("Còn thiếu năm: 2025.");
    expect(refused.text).toContain("Luật Thi đua, khen thưởng");
  });

  it("enters the bot's own decisions, marks an annulled one, and enters at start decisions made before the record", async () => {
    const { nominations, annulments, directory, records, campaigns } = test.app.services;
    const son = directory.findOnePerson("Trịnh Văn Sơn");
    const lan = directory.findOnePerson("Vũ Thị Lan");
    const proposed = await nominations.propose(son, {
      nominee: "person",
      nomineeId: lan.id,
      awardCode: "LDTT",
      kind: "year_end",
      campaignId: campaigns.byCode("TD2027")?.id ?? null,
      achievements: "Hoàn thành tốt nhiệm vụ.",
    });
    await nominations.decide(son, [proposed.id], { number: "40/QĐ-SNV", date: "2027-12-09", signer: "Phạm Văn Hùng, Giám đốc Sở" });
    const held = () => records.held({ kind: "person", id: lan.id }, "LDTT", [2027]).map((e) => `${e.year} ${e.decisionNo} ${e.source}`);
    expect(held()).toEqual(["2027 40/QĐ-SNV bot"]);
    expect(records.awardsReceived({ kind: "person", id: lan.id })).toEqual([
      {
        year: 2027,
        awardCode: "LDTT",
        award: { vi: "Lao động tiên tiến", en: "Advanced Worker" },
        kind: "title",
        decisionNo: "40/QĐ-SNV",
        decisionDate: "2027-12-09",
        issuer: "Phạm Văn Hùng, Giám đốc Sở",
        fromBot: true,
        level: "so",
      },
    ]);
    // the same decision in a file later changes nothing
    expect(importPast(test, [["Vũ Thị Lan", TO_CHUC, 2027, "LĐTT", "40/QĐ-SNV", "09/12/2027", "Giám đốc Sở"]])).toMatchObject({
      created: 0,
      unchanged: 1,
    });

    await annulments.annul(son, proposed.id, {
      ground: "false_information",
      reason: "Kê khai sai thành tích.",
      article: "Luật Thi đua, khen thưởng 06/2022/QH15",
    });
    expect(held()).toEqual([]);
    expect(records.recordOf(son, { kind: "person", id: lan.id }).entries.map((e) => `${e.status} ${e.note}`)).toEqual([
      "annulled Kê khai sai thành tích.",
    ]);

    // a database from before the record: its decisions are entered when the bot starts
    test.app.db.$client.prepare("delete from achievement_records").run();
    test = test.restart();
    expect(
      test.app.services.records.recordOf(son, { kind: "person", id: lan.id }).entries.map((e) => `${e.year} ${e.awardCode} ${e.status}`),
    ).toEqual(["2027 LDTT annulled"]);
  });
});
