// What a jurist's second reading changed in the award rules (issue 30), through the real core and commands on a real
// SQLite file: the choice of rule set is the bot's, named as such, and the agency may switch it to the day a dossier
// is received; the vote is quoted as the decree words it (a secret ballot is the agency's); annulment on any competent
// body's conclusion; the press-report bar; collective titles counted on their members; the upward titles; a rule set
// past its check-by date flagged in /rules and at start-up.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { actAs, createTestApp, say, type TestApp, TestClock } from "../support/harness";
import { agencyFile, atReviewOf, propose, recordStanding, SECRETARY, yearlyCampaign } from "./period-support";

let open: TestApp[] = [];
afterEach(() => {
  for (const t of open) t.close();
  open = [];
});
const dir = mkdtempSync(join(tmpdir(), "thidua-second-reading-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function at(when: string, config: Parameters<typeof createTestApp>[0] = {}): TestApp {
  const test = createTestApp(config);
  test.clock.set(when);
  open.push(test);
  return test;
}

describe("which rule set judges a nomination: the bot's choice, or the day the dossier is received", () => {
  it("judges a 2024 nomination filed in August 2025 by 31/12/2024's set by default, by the set of the day filed when the agency says so", async () => {
    const byYear = at("2025-08-01T02:00:00Z");
    const filed = await propose(byYear, "Vũ Thị Lan", "LDTT", { year: 2024 });
    const n = byYear.app.services.nominations.get(filed.id as number);
    expect(n.year).toBe(2024);
    expect(byYear.app.services.nominations.rulesFor(n).set.id).toBe("luat-06-2022-nd-98-2023");
    expect(byYear.app.services.nominations.rulesFor(n).vote("CSTDCS").basis).toMatchObject({
      article: "Nghị định 98/2023/NĐ-CP, khoản 7 Điều 30",
      status: "quoted",
    });

    const received = agencyFile(dir, (a) => {
      a.ruleSetChoice.by = "received";
      a.ruleSetChoice.isDefault = false;
      a.ruleSetChoice.article = "Quy chế TĐKT của Sở, Điều 5";
    });
    const byReceipt = at("2025-08-01T02:00:00Z", { config: { AGENCY_RULES_FILE: received } });
    const later = await propose(byReceipt, "Vũ Thị Lan", "LDTT", { year: 2024 });
    const m = byReceipt.app.services.nominations.get(later.id as number);
    expect(byReceipt.app.services.nominations.rulesFor(m).set.id).toBe("luat-06-2022-nd-152-2025");
    expect(byReceipt.app.services.nominations.rulesFor(m).vote("CSTDCS").basis).toMatchObject({ status: "lead", isDefault: true });
    const shown = (await say(byReceipt, actAs(byReceipt, SECRETARY), "/rules 2024")).text;
    expect(shown).toContain("Quy định áp dụng cho năm thi đua 2024: Luật TĐKT 06/2022/QH15 và Nghị định 152/2025/NĐ-CP");
    expect(shown).toContain("có hiệu lực ngày hồ sơ được lập trong bot (Sở chọn trong quy chế)");
    expect(shown).toContain("theo quy chế của Sở: Quy chế TĐKT của Sở, Điều 5");
  });

  it("names the choice as the bot's in /rules, with the transitional articles and their status", async () => {
    const test = at("2026-12-06T02:00:00Z");
    const son = actAs(test, SECRETARY);
    const y2024 = (await say(test, son, "/rules 2024")).text;
    expect(y2024).toContain("Đề nghị cuối năm 2024 được xét theo bộ quy định có hiệu lực ngày 31/12/2024: đây là lựa chọn của bot");
    expect(y2024).toContain("không phải quy định của luật");
    expect(y2024).toContain("Lựa chọn của bot: đề nghị cuối năm xét theo bộ quy định có hiệu lực ngày 31/12 của năm thi đua");
    expect(y2024).toContain("Nghị định 152/2025/NĐ-CP Điều 60");
    expect(y2024).toContain("Điều 95 chỉ tiếp tục công nhận danh hiệu, hình thức khen thưởng đã tặng");
    expect(y2024).toContain("theo Luật Thi đua, khen thưởng 06/2022/QH15, Điều 95 (trích nguyên văn từ nguồn thứ cấp)");
    const y2026 = (await say(test, son, "/rules 2026")).text;
    expect(y2026).toContain("khoản 3 Điều 60 (chưa đọc nguyên văn) (chưa xác minh, cần đối chiếu)");
  });
});

describe("the words of the law, and the agency's own choices", () => {
  it("quotes 'phải tiến hành bỏ phiếu' from 2024 and names the secret ballot as the agency's choice; 2023 keeps 91/2017's 'bỏ phiếu kín'", async () => {
    const test = at("2026-12-06T02:00:00Z");
    const son = actAs(test, SECRETARY);
    for (const year of [2024, 2026]) {
      const shown = (await say(test, son, `/rules ${year} CSTDCS`)).text;
      expect(shown).toContain("Hội đồng TĐKT của Sở (cấp trình khen thưởng) phải tiến hành bỏ phiếu: từ 80% tổng số thành viên đồng ý");
      expect(shown).not.toContain("bỏ phiếu kín");
    }
    const all = (await say(test, son, "/rules 2026")).text;
    expect(all).toContain("Hội đồng và đơn vị bỏ phiếu kín: lựa chọn của Sở");
    expect(all).toContain("quy định của Sở, không phải luật; giá trị mặc định, Sở cần xác nhận");
    expect((await say(test, son, "/rules 2023 CSTDT")).text).toContain("Hội đồng TĐKT tỉnh bỏ phiếu kín, từ 90% tổng số thành viên đồng ý");
  });

  it("annuls on a conclusion, decision or judgment of any competent body (law 06/2022 khoản 2 Điều 93)", async () => {
    const test = at("2026-12-06T02:00:00Z");
    const shown = (await say(test, actAs(test, SECRETARY), "/rules 2026")).text;
    expect(shown).toContain("d) có kết luận, quyết định, bản án của cơ quan có thẩm quyền");
    expect(shown).toContain("theo Luật Thi đua, khen thưởng 06/2022/QH15, khoản 2 Điều 93 (trích nguyên văn từ nguồn thứ cấp)");
    expect(shown).not.toContain("tòa án hoặc cơ quan thanh tra");
    expect(test.app.services.translator.t("vi", "annul-ground-court_or_inspection")).toContain("cơ quan có thẩm quyền");
  });

  it("bars a person while corruption reported by the press is being verified, in 2024 (Nghị định 98/2023 Điều 4) as in 2026", async () => {
    for (const year of [2024, 2026]) {
      const test = atReviewOf(year);
      open.push(test);
      recordStanding(test, "Vũ Thị Lan", "press_verification", `${year}-10-01`);
      const { refusal } = await propose(test, "Vũ Thị Lan", "LDTT", { year });
      expect(refusal).toContain("có vấn đề tham nhũng, tiêu cực được báo chí nêu đang được xác minh (từ 01/10/");
      expect(refusal).toContain(year === 2024 ? "theo Nghị định 98/2023/NĐ-CP, Điều 4" : "theo Nghị định 152/2025/NĐ-CP, Điều 4");
    }
  });
});

describe("collective titles counted on their members (law 06/2022 Điều 27–28, lead)", () => {
  async function unitTitle(test: TestApp, award: string, unit = "Phòng Tổ chức, biên chế và Tổ chức phi chính phủ") {
    const { nominations, directory, translator } = test.app.services;
    return nominations
      .propose(directory.findOnePerson(SECRETARY), {
        nominee: "unit",
        nomineeId: directory.findUnit(unit).id,
        awardCode: award,
        kind: "year_end",
        campaignId: yearlyCampaign(test, 2026),
        achievements: "Hoàn thành tốt nhiệm vụ và kế hoạch được giao.",
      })
      .then(
        () => null,
        (e: { code: string; args: Record<string, never> }) => translator.t("vi", `error-${e.code}`, e.args),
      );
  }

  it("refuses TTLĐTT until more than half of the unit hold LĐTT the same year, and says how many do", async () => {
    const test = atReviewOf(2026);
    open.push(test);
    await propose(test, "Vũ Thị Lan", "LDTT", { year: 2026 });
    const half = await unitTitle(test, "TTLDTT");
    expect(half).toContain("Không đề nghị được Tập thể lao động tiên tiến năm 2026");
    expect(half).toContain("Đơn vị có 3 người; 1 người có đề nghị hoặc quyết định Lao động tiên tiến năm 2026");
    expect(half).toContain("Có trên 50% cá nhân trong tập thể đạt danh hiệu Lao động tiên tiến");
    expect(half).toContain("Điều 28 (điều khoản chưa đọc) (chưa xác minh, cần đối chiếu)");
    await propose(test, "Bùi Đức Anh", "LDTT", { year: 2026 });
    expect(await unitTitle(test, "TTLDTT")).toBeNull();
  });

  it("refuses TTLĐXS without a CSTĐCS in the unit, or with a member rated below 'hoàn thành nhiệm vụ'", async () => {
    const test = atReviewOf(2026);
    open.push(test);
    for (const name of ["Vũ Thị Lan", "Bùi Đức Anh", "Hoàng Văn Long"]) await propose(test, name, "LDTT", { year: 2026 });
    expect(await unitTitle(test, "TTLDXS")).toContain("0 người có đề nghị hoặc quyết định Chiến sĩ thi đua cơ sở năm 2026");
    await propose(test, "Vũ Thị Lan", "CSTDCS", { year: 2026 });
    const { directory, yearEnd } = test.app.services;
    yearEnd.ratings.importRatings([
      { line: 2, personId: directory.findOnePerson("Bùi Đức Anh").id, year: 2026, grade: "not_completed", category: null },
    ]);
    expect(await unitTitle(test, "TTLDXS")).toContain("Năm 2026 có 1 người của đơn vị được xếp loại dưới mức hoàn thành nhiệm vụ");
  });
});

describe("titles the Sở proposes upward", () => {
  it("lists Chiến sĩ thi đua toàn quốc and Cờ thi đua của UBND tỉnh with who grants them and the vote", async () => {
    const test = at("2026-12-06T02:00:00Z");
    const son = actAs(test, SECRETARY);
    const national = (await say(test, son, "/rules 2026 CSTDTQ")).text;
    expect(national).toContain("Chiến sĩ thi đua toàn quốc");
    expect(national).toContain("Sở chỉ đề nghị lên cấp trên: Cấp trên tặng (Thủ tướng Chính phủ); Sở không có thẩm quyền tặng");
    expect(national).toContain("02 lần liên tục được tặng danh hiệu chiến sĩ thi đua bộ, ban, ngành, tỉnh");
    expect(national).toContain("khoản 1 Điều 21 (trích nguyên văn từ nguồn thứ cấp)");
    expect(national).toContain("Ở cấp trên: Hội đồng TĐKT tỉnh phải tiến hành bỏ phiếu: từ 90% tổng số thành viên đồng ý");
    const flag = (await say(test, son, "/rules 2024 CTD_TINH")).text;
    expect(flag).toContain("Cờ thi đua của Ủy ban nhân dân tỉnh");
    expect(flag).toContain("từ 80% tổng số thành viên đồng ý");
    const refused = await propose(test, "Vũ Thị Lan", "CSTDTQ", { year: 2026 });
    // the look-back reads the record of achievements and names the years it lacks
    expect(refused.refusal).toContain("Cần Chiến sĩ thi đua cấp tỉnh 2 năm liền trước năm 2026 (2024–2025)");
    expect(refused.refusal).toContain("Còn thiếu năm: 2024, 2025");
  });
});

describe("a rule set past its check-by date", () => {
  it("is flagged in /rules and in the start-up log, with the reason, and not before its date", async () => {
    const clock = new TestClock(new Date("2026-12-06T02:00:00Z"));
    const test = createTestApp({ clock });
    open.push(test);
    const shown = (await say(test, actAs(test, SECRETARY), "/rules 2026")).text;
    expect(shown).toContain("Cần kiểm tra lại bộ quy định này: đã quá ngày kiểm tra 01/10/2026");
    expect(shown).toContain("Luật sửa đổi, bổ sung Luật Thi đua, khen thưởng 06/2026/QH16");
    expect(test.logLines.some((l) => l.includes("past its check-by date") && l.includes("luat-06-2022-nd-152-2025"))).toBe(true);
    // the 2024 set has no check-by date
    expect((await say(test, actAs(test, SECRETARY), "/rules 2024")).text).not.toContain("Cần kiểm tra lại");

    const before = createTestApp({ clock: new TestClock(new Date("2026-09-30T02:00:00Z")) });
    open.push(before);
    expect((await say(before, actAs(before, SECRETARY), "/rules 2026")).text).not.toContain("Cần kiểm tra lại");
    expect(before.logLines.some((l) => l.includes("past its check-by date"))).toBe(false);
  });
});
