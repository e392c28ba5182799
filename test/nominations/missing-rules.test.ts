// The rules that were missing (issue 14, item 4) and the agency's own rules: discipline, maternity leave, new
// staff, one achievement one reward, the propose-upward list, annulment, the thematic and ad-hoc paths, and a
// quota and a threshold set in catalog/agency.json. Real SQLite file, real commands.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { DomainError } from "../../src/core/errors";
import { actAs, say, type TestApp } from "../support/harness";
import { agencyFile, atReviewOf, propose, recordStanding, SECRETARY, yearlyCampaign } from "./period-support";
import { vote } from "./support";

const dir = mkdtempSync(join(tmpdir(), "thidua-agency-"));
let open: TestApp[] = [];
afterEach(() => {
  for (const t of open) t.close();
  open = [];
});
afterEach(() => rmSync(join(dir, "agency.json"), { force: true }));

function appAt(year: number, agency?: string): TestApp {
  const test = atReviewOf(year, agency ? { config: { AGENCY_RULES_FILE: agency } } : {});
  open.push(test);
  return test;
}

const FOUR_MEMBERS = ["Phạm Văn Hùng", "Lê Thị Mai", "Nguyễn Văn Tâm", "Hoàng Văn Long"];

/** Opens a session on one nomination and has four of the six members approve it; returns the result text. */
async function fourOfSixApprove(test: TestApp, nominationId: number, year: number): Promise<string> {
  const son = actAs(test, SECRETARY);
  const proposed = test.app.services.nominations.list(test.app.services.directory.findOnePerson(SECRETARY), { status: "proposed" });
  await say(test, son, "/opensession");
  await say(test, son, "Phiên xét");
  await say(test, son, String(proposed.findIndex((n) => n.id === nominationId) + 1));
  await say(test, son, "Xong");
  await say(test, son, `${year + 1}-01-20`);
  await say(test, son, { action: "f:ok" });
  for (const name of FOUR_MEMBERS) await vote(test, actAs(test, name), 1, { [nominationId]: "a" });
  return (await say(test, son, { action: "sessions:closeok:1" })).text;
}

/** Records a decision through /decide for the nominations at these places in the list. */
async function decide(test: TestApp, places: string) {
  const son = actAs(test, SECRETARY);
  const first = await say(test, son, "/decide");
  if (first.text.includes("Không") || first.text.includes("Chưa")) return first;
  await say(test, son, places);
  await say(test, son, "Xong");
  await say(test, son, "123/QĐ-SNV");
  await say(test, son, "hôm nay");
  await say(test, son, "Nguyễn Văn Giám Đốc");
  const reply = await say(test, son, { action: "f:ok" });
  // a refusal at Confirm keeps the form at its summary (to fix and confirm again); these tests move on
  if (reply.text.includes("Chưa lưu được")) await say(test, son, "/cancel");
  return reply;
}

describe("the agency's own rules change the outcome", () => {
  it("applies a CSTĐCS quota the agency sets from 2024, citing the Sở's rule, not the law", async () => {
    const file = agencyFile(dir, (a) => {
      a.quotas = [
        {
          text: { vi: "Không quá 20% số Lao động tiên tiến", en: "At most 20% of Advanced Workers" },
          article: "Quy chế TĐKT của Sở, Điều 8",
          isDefault: false,
          award: "CSTDCS",
          maxShare: 0.2,
          ofAward: "LDTT",
          fromYear: 2024,
          untilYear: null,
        },
      ];
    });
    const withQuota = appAt(2024, file);
    await propose(withQuota, "Vũ Thị Lan", "LDTT", { year: 2024 });
    const refused = await propose(withQuota, "Vũ Thị Lan", "CSTDCS", { year: 2024 });
    expect(refused.refusal).toContain(
      "Không quá 20% số Lao động tiên tiến — theo quy chế của Sở: Quy chế TĐKT của Sở, Điều 8 (quy định của Sở, không phải luật)",
    );
    expect(refused.refusal).not.toContain("mặc định");
    const without = appAt(2024);
    await propose(without, "Vũ Thị Lan", "LDTT", { year: 2024 });
    expect((await propose(without, "Vũ Thị Lan", "CSTDCS", { year: 2024 })).refusal).toBeNull();
  });

  it("applies the agency's threshold for an LĐTT put to the council", async () => {
    const file = agencyFile(dir, (a) => {
      a.council.awardVotes = {
        LDTT: {
          text: { vi: "Từ 75% tổng số thành viên", en: "At least 75% of all members" },
          article: "Quy chế TĐKT của Sở, Điều 10",
          isDefault: false,
          threshold: 0.75,
          of: "members",
          strict: false,
        },
      };
    });
    const strict = appAt(2024, file);
    const a = await propose(strict, "Vũ Thị Lan", "LDTT", { year: 2024 });
    expect(await fourOfSixApprove(strict, a.id as number, 2024)).toContain(
      "KHÔNG THÔNG QUA — số 1 Vũ Thị Lan — Lao động tiên tiến: 4 đồng ý, 0 không đồng ý, 0 không biểu quyết (cần từ 75% tổng số thành viên Hội đồng)",
    );
    const lax = appAt(2024);
    const b = await propose(lax, "Vũ Thị Lan", "LDTT", { year: 2024 });
    expect(await fourOfSixApprove(lax, b.id as number, 2024)).toContain("ĐƯỢC THÔNG QUA — số 1 Vũ Thị Lan — Lao động tiên tiến");
  });
});

describe("the quality rating", () => {
  it("refuses LĐTT to someone rated below 'hoàn thành tốt nhiệm vụ' once the unit head has rated them", async () => {
    const test = appAt(2026);
    const { yearEnd, directory } = test.app.services;
    expect((await propose(test, "Bùi Đức Anh", "LDTT", { year: 2026 })).refusal).toBeNull();
    yearEnd.ratings.rate(directory.findOnePerson("Hoàng Văn Long"), directory.findOnePerson("Vũ Thị Lan").id, 2026, "completed");
    const refused = await propose(test, "Vũ Thị Lan", "LDTT", { year: 2026 });
    expect(refused.refusal).toContain("Kết quả xếp loại chất lượng năm 2026: Hoàn thành nhiệm vụ");
    expect(refused.refusal).toContain("Hoàn thành tốt nhiệm vụ trở lên — theo Luật Thi đua, khen thưởng 06/2022/QH15, điểm a khoản 1 Điều 24");
  });
});

describe("a collective under inspection", () => {
  it("bars a unit's title while it is under inspection (Điều 4 names collectives too), recorded through /standing", async () => {
    const test = appAt(2026);
    const son = actAs(test, SECRETARY);
    await say(test, son, "/standing");
    await say(test, son, { action: "f:pick:1" });
    await say(test, son, "Cải cách hành chính");
    await say(test, son, { action: "f:pick:2" });
    await say(test, son, "2026-12-01");
    await say(test, son, { action: "f:skip" });
    await say(test, son, { action: "f:skip" });
    expect((await say(test, son, { action: "f:ok" })).text).toContain("Đã ghi nhận tình trạng số 1");
    const { nominations, directory, translator } = test.app.services;
    const unit = directory.findUnit("Cải cách hành chính");
    const refusal = await nominations
      .propose(directory.findOnePerson(SECRETARY), {
        nominee: "unit",
        nomineeId: unit.id,
        awardCode: "TTLDTT",
        kind: "year_end",
        campaignId: yearlyCampaign(test, 2026),
        achievements: "Hoàn thành xuất sắc nhiệm vụ.",
      })
      .then(
        () => null,
        (e: DomainError) => translator.t("vi", `error-${e.code}`, e.args),
      );
    expect(refusal).toContain("Không đề nghị được Tập thể lao động tiên tiến năm 2026");
    expect(refusal).toContain("đang bị thanh tra, kiểm tra (từ 01/12/2026)");
  });
});

describe("discipline, maternity leave and new staff", () => {
  it("counts achievements only from the end of a disciplinary period (Nghị định 98/2023 and 152/2025, Điều 4)", async () => {
    const during = appAt(2026);
    recordStanding(during, "Vũ Thị Lan", "disciplined", "2025-09-01", "2026-03-31");
    const refused = await propose(during, "Vũ Thị Lan", "LDTT", { year: 2026 });
    expect(refused.refusal).toContain("Thời hạn kỷ luật kéo dài đến hết 31/03/2026, nên thành tích năm 2026 chưa được tính đủ");
    expect(refused.refusal).toContain("theo Nghị định 152/2025/NĐ-CP, Điều 4");
    const ended = appAt(2026);
    recordStanding(ended, "Vũ Thị Lan", "disciplined", "2025-03-01", "2025-08-31");
    expect((await propose(ended, "Vũ Thị Lan", "LDTT", { year: 2026 })).refusal).toBeNull();
    // Nghị định 98/2023 Điều 4 says the same for 2024 (read in a page quoting it after the jurist's second reading)
    const before = appAt(2024);
    recordStanding(before, "Vũ Thị Lan", "disciplined", "2024-02-01", "2024-05-31");
    const in2024 = await propose(before, "Vũ Thị Lan", "LDTT", { year: 2024 });
    expect(in2024.refusal).toContain("Thời hạn kỷ luật kéo dài đến hết 31/05/2024, nên thành tích năm 2024 chưa được tính đủ");
    expect(in2024.refusal).toContain("theo Nghị định 98/2023/NĐ-CP, Điều 4 (trích nguyên văn từ nguồn thứ cấp)");
  });

  it("counts maternity leave as working time and refuses LĐTT to staff recruited under 6 months (10 before 2024)", async () => {
    const test = appAt(2026);
    recordStanding(test, "Vũ Thị Lan", "recruited", "2026-05-01");
    recordStanding(test, "Vũ Thị Lan", "maternity_leave", "2026-07-01", "2026-12-31");
    expect((await propose(test, "Vũ Thị Lan", "LDTT", { year: 2026 })).refusal).toBeNull();
    recordStanding(test, "Bùi Đức Anh", "recruited", "2026-08-01");
    const recent = await propose(test, "Bùi Đức Anh", "LDTT", { year: 2026 });
    expect(recent.refusal).toContain("Tuyển dụng ngày 01/08/2026: đến hết năm 2026 mới được 5 tháng, chưa đủ 6 tháng");
    expect(recent.refusal).toContain("(chưa xác minh, cần đối chiếu)");
    expect(recent.refusal).toContain("Thông tư 15/2025/TT-BNV");

    const old = appAt(2023);
    recordStanding(old, "Vũ Thị Lan", "recruited", "2023-04-01");
    expect((await propose(old, "Vũ Thị Lan", "LDTT")).refusal).toContain("mới được 9 tháng, chưa đủ 10 tháng");
    const off = appAt(
      2023,
      agencyFile(dir, (a) => {
        a.newStaff.enabled = false;
      }),
    );
    recordStanding(off, "Vũ Thị Lan", "recruited", "2023-04-01");
    expect((await propose(off, "Vũ Thị Lan", "LDTT")).refusal).toBeNull();
    // the Sở's own figure replaces the period's, and is cited as the Sở's rule
    const nine = appAt(
      2026,
      agencyFile(dir, (a) => {
        a.newStaff = { ...a.newStaff, months: 9, article: "Quy chế TĐKT của Sở, Điều 6", isDefault: false };
      }),
    );
    recordStanding(nine, "Vũ Thị Lan", "recruited", "2026-05-01");
    const own = await propose(nine, "Vũ Thị Lan", "LDTT", { year: 2026 });
    expect(own.refusal).toContain("mới được 8 tháng, chưa đủ 9 tháng");
    expect(own.refusal).toContain("theo quy chế của Sở: Quy chế TĐKT của Sở, Điều 6");
  });

  it("bars a decision while a complaint about the nominee is being verified, until it is cleared", async () => {
    const test = appAt(2026);
    await propose(test, "Vũ Thị Lan", "LDTT", { year: 2026 });
    recordStanding(test, "Vũ Thị Lan", "complaint_verification", "2027-01-02");
    const refused = await decide(test, "1");
    expect(refused.text).toContain("có đơn khiếu nại, tố cáo đang được xác minh (từ 02/01/2027)");
    const son = actAs(test, SECRETARY);
    expect((await say(test, son, "/standings")).text).toContain("Số 1 — Vũ Thị Lan — có đơn khiếu nại, tố cáo đang được xác minh: 02/01/2027 – …");
    expect((await say(test, son, { action: "standings:clear:1" })).text).toContain("Đã xóa ghi nhận số 1");
    expect((await decide(test, "1")).text).toContain("123/QĐ-SNV");
    expect(test.app.services.nominations.get(1).status).toBe("decided");
  });
});

describe("paths, one reward, propose upward, annulment", () => {
  it("keeps titles to the year-end path; a thematic or ad-hoc form needs no year-end review and no vote", async () => {
    const test = appAt(2026);
    const adHocTitle = await propose(test, "Vũ Thị Lan", "LDTT", { kind: "ad_hoc" });
    expect(adHocTitle.refusal).toContain("Lao động tiên tiến là danh hiệu thi đua, chỉ xét khi tổng kết năm");
    const gk = await propose(test, "Vũ Thị Lan", "GK_GD", { kind: "ad_hoc", achievements: "Cứu người đuối nước ngày 01/01/2027." });
    expect(gk.refusal).toBeNull();
    // no council vote is required for a Giấy khen: /decide offers it straight away
    expect((await decide(test, "1")).text).toContain("123/QĐ-SNV");
    // the form offers a title only the year-end path, a form every path
    const long = actAs(test, "Hoàng Văn Long");
    await say(test, long, "/nominate");
    await say(test, long, { action: "f:pick:0" });
    await say(test, long, "Vũ Thị Lan");
    const titlePaths = await say(test, long, "1");
    expect(titlePaths.text).toContain("Tổng kết năm");
    expect(titlePaths.text).not.toContain("Đột xuất");
    await say(test, long, "/cancel");
    await say(test, long, "/nominate");
    await say(test, long, { action: "f:pick:0" });
    await say(test, long, "Vũ Thị Lan");
    expect((await say(test, long, "Giấy khen của Giám đốc Sở")).text).toContain("Đột xuất");
  });

  it("rewards one achievement once: a second form for the same campaign is refused, another achievement is not", async () => {
    const test = appAt(2023);
    const cchc = test.app.services.campaigns.byCode("CCHC2023")?.id as number;
    expect((await propose(test, "Vũ Thị Lan", "GK_GD", { kind: "thematic", campaignId: cchc })).refusal).toBeNull();
    const twice = await propose(test, "Vũ Thị Lan", "BK_UBND", { kind: "thematic", campaignId: cchc });
    expect(twice.refusal).toContain("Thành tích này đã được đề nghị Giấy khen của Giám đốc Sở (số 1)");
    expect(twice.refusal).toContain("Một thành tích không khen thưởng nhiều lần bằng các hình thức khác nhau");
    expect((await propose(test, "Vũ Thị Lan", "GK_GD", { kind: "ad_hoc", achievements: "Trả lại tài sản nhặt được." })).refusal).toBeNull();
    expect((await propose(test, "Vũ Thị Lan", "GK_GD", { kind: "ad_hoc", achievements: "Trả lại tài sản nhặt được." })).refusal).toContain(
      "đã có đề nghị cho đối tượng này (số 2)",
    );
  });

  it("puts an approved Bằng khen on the propose-upward list", async () => {
    const test = appAt(2026);
    const bk = await propose(test, "Vũ Thị Lan", "BK_UBND", { kind: "ad_hoc", achievements: "Thành tích đột xuất trong phòng chống thiên tai." });
    const result = await fourOfSixApprove(test, bk.id as number, 2026);
    // the Sở's council votes to propose it: more than half of all members (the agency's default)
    expect(result).toContain("ĐƯỢC THÔNG QUA");
    expect(result).toContain("cần trên 50% tổng số thành viên Hội đồng");
    const upward = await say(test, actAs(test, SECRETARY), "/upward");
    const xlsx = upward.replies.flatMap((r) => r.blocks).find((b) => b.type === "file");
    expect(xlsx && xlsx.type === "file" ? xlsx.fileName : "").toMatch(/^de-nghi-cap-tren-.*\.xlsx$/);
    const list = upward.text;
    expect(list).toContain("Đề nghị trình cấp trên (1)");
    expect(list).toContain(
      "Số 1 — Vũ Thị Lan — Bằng khen của Chủ tịch UBND tỉnh năm 2027: Chủ tịch UBND tỉnh tặng; Sở chỉ đề nghị — theo Luật Thi đua, khen thưởng 06/2022/QH15, khoản 1 Điều 80",
    );
    expect(list).toContain("biên bản họp và kết quả bỏ phiếu");
  });

  it("annuls a recorded decision with a ground, a reason and an article, tells those concerned and audits it", async () => {
    const test = appAt(2026);
    const told: string[] = [];
    test.app.observeNotifications((id, reply) => {
      const block = reply.blocks[0];
      if (block && "text" in block && block.text.key === "annul-notify") told.push(test.app.services.directory.getPerson(id).fullName);
    });
    await propose(test, "Vũ Thị Lan", "LDTT", { year: 2026 });
    await decide(test, "1");
    const son = actAs(test, SECRETARY);
    await say(test, son, "/annul");
    await say(test, son, "1");
    await say(test, son, { action: "f:pick:1" });
    await say(test, son, "Hồ sơ kê khai thành tích không đúng sự thật.");
    await say(test, son, "Kết luận thanh tra số 5/KL-TTr");
    const done = await say(test, son, { action: "f:ok" });
    expect(done.text).toContain("Đã huỷ bỏ quyết định khen thưởng của đề nghị số 1");
    expect(done.text).toContain("Đã huỷ bỏ quyết định");
    expect(told.sort()).toEqual(["Trịnh Văn Sơn", "Vũ Thị Lan"].sort());
    const audit = test.app.db.$client.prepare("select details from audit_log where action = 'nomination.annulled'").all() as Array<{
      details: string;
    }>;
    expect(audit).toHaveLength(1);
    expect(String(audit[0]?.details)).toContain("false_information");
    expect((await say(test, son, "/annul")).text).toContain("Chưa có quyết định khen thưởng nào được ghi nhận");
  });
});

describe("absent members' written opinions", () => {
  it("counts a written opinion among all members' votes and says so in the result", async () => {
    const test = appAt(2024);
    await propose(test, "Vũ Thị Lan", "LDTT", { year: 2024 });
    const cstdcs = await propose(test, "Vũ Thị Lan", "CSTDCS", { year: 2024 });
    const son = actAs(test, SECRETARY);
    await say(test, son, "/opensession");
    await say(test, son, "Xét CSTĐCS 2024");
    await say(test, son, "2, Xong");
    await say(test, son, "2025-01-20");
    await say(test, son, { action: "f:ok" });
    for (const name of FOUR_MEMBERS) await vote(test, actAs(test, name), 1, { [cstdcs.id as number]: "a" });
    // Đặng Quốc Bảo is away and signs a paper opinion: 5 of 6 members (83%) reach the 80% of Nghị định 98/2023
    await say(test, son, "/written");
    await say(test, son, "1");
    const members = await say(test, son, "Đặng Quốc Bảo");
    expect(members.text).not.toContain("Phạm Văn Hùng");
    const summary = await say(test, son, `${cstdcs.id}a`);
    expect(summary.text).toContain("Chiến sĩ thi đua cơ sở: đồng ý");
    expect((await say(test, son, { action: "f:ok" })).text).toContain("Đã ghi ý kiến bằng văn bản của Đặng Quốc Bảo vào phiên 1");
    const result = (await say(test, son, { action: "sessions:closeok:1" })).text;
    expect(result).toContain("Có 5/6 thành viên Hội đồng bỏ phiếu");
    expect(result).toContain("Trong đó 1 phiếu là ý kiến bằng văn bản của thành viên vắng mặt");
    expect(result).toContain("ĐƯỢC THÔNG QUA — số 2 Vũ Thị Lan — Chiến sĩ thi đua cơ sở: 5 đồng ý");
    expect(result).toContain("cần từ 80% tổng số thành viên Hội đồng");
  });

  it("refuses written opinions when the agency's rules do not allow them", async () => {
    const file = agencyFile(dir, (a) => {
      a.council.absentInWriting.allowed = false;
    });
    const test = appAt(2024, file);
    const a = await propose(test, "Vũ Thị Lan", "LDTT", { year: 2024 });
    const son = actAs(test, SECRETARY);
    await say(test, son, "/opensession");
    await say(test, son, "Phiên");
    await say(test, son, "1, Xong");
    await say(test, son, "2025-01-20");
    await say(test, son, { action: "f:ok" });
    await say(test, son, "/written");
    await say(test, son, "1");
    await say(test, son, "Đặng Quốc Bảo");
    await say(test, son, `${a.id}a`);
    expect((await say(test, son, { action: "f:ok" })).text).toContain("Quy chế của Sở không cho thành viên vắng mặt gửi ý kiến bằng văn bản");
  });
});

describe("who may do what", () => {
  it("lets only the secretary record or clear a standing, even with a forged button", async () => {
    const test = appAt(2026);
    recordStanding(test, "Vũ Thị Lan", "inspection", "2026-12-01");
    const lan = actAs(test, "Vũ Thị Lan");
    expect((await say(test, lan, "/standing")).text).toContain("Bạn không có quyền");
    expect((await say(test, lan, "/standings")).text).toContain("Bạn không có quyền");
    const long = actAs(test, "Hoàng Văn Long");
    expect((await say(test, long, { action: "standings:clear:1" })).text).toContain("Bạn không có quyền");
    expect(test.app.services.standings.forPerson(test.app.services.directory.findOnePerson("Vũ Thị Lan").id)).toHaveLength(1);
    expect((await say(test, long, "/annul")).text).toContain("Bạn không có quyền");
  });

  it("refuses to record a decision for a CSTĐCS the council has not voted on, whatever ids are sent", async () => {
    const test = appAt(2024);
    await propose(test, "Vũ Thị Lan", "LDTT", { year: 2024 });
    const cstdcs = await propose(test, "Vũ Thị Lan", "CSTDCS", { year: 2024 });
    const { nominations, directory } = test.app.services;
    const secretary = directory.findOnePerson(SECRETARY);
    expect(nominations.decidable(secretary).map((n) => n.awardCode)).toEqual(["LDTT"]);
    await expect(
      nominations.decide(secretary, [cstdcs.id as number], { number: "1/QĐ", date: "2025-01-10", signer: "Giám đốc" }),
    ).rejects.toMatchObject({
      code: "nomination-wrong-status",
    });
    expect(nominations.get(cstdcs.id as number).status).toBe("proposed");
  });

  it("sends a title upward when the agency's rules keep it from the Sở", async () => {
    const file = agencyFile(dir, (a) => {
      a.grantsItself = {
        ...a.grantsItself,
        article: "Quy chế TĐKT của Sở, Điều 3",
        isDefault: false,
        awards: ["LDTT", "CSTDCS", "TTLDTT", "GK_GD_TT"],
      };
    });
    const test = appAt(2026, file);
    const rules = (await say(test, actAs(test, SECRETARY), "/rules 2026 GK_GD")).text;
    expect(rules).toContain("Sở chỉ đề nghị lên cấp trên");
    expect(rules).toContain("theo quy chế của Sở: Quy chế TĐKT của Sở, Điều 3");
    const gk = await propose(test, "Vũ Thị Lan", "GK_GD", { kind: "ad_hoc", achievements: "Đột xuất." });
    expect(test.app.services.nominations.rulesFor(test.app.services.nominations.get(gk.id as number)).vote("GK_GD").required).toBe(true);
  });
});
