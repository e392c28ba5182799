// Who may do what at year end, after a jurist's second reading (issue 30): nobody records their own rating and a
// unit head's is the leadership's; ratings follow the staff category's decree (catalog/ratings.json) with its cap;
// a unit's review lists as eligible only members with a confirmed pledge and a rating, never the head himself, whom
// someone else proposes; the head may close the unit's vote, worded as the unit's, not the council's; a title that
// reads the rating, proposed without one, is warned and listed in /yearprogress. Real commands, real SQLite file.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { validateRatings } from "../../src/core/yearend/rating-import";
import { agencyFile } from "../nominations/period-support";
import { actAs, actions, createTestApp, say, type TestApp } from "../support/harness";

let test: TestApp;
beforeEach(() => {
  test = createTestApp();
});
afterEach(() => test.close());

const person = (name: string) => test.app.services.directory.findOnePerson(name);
const UNIT = "Phòng Tổ chức, biên chế và Tổ chức phi chính phủ";

async function pledge(name: string, outcome: "confirm" | "return" | "submit") {
  const { pledges, campaigns } = test.app.services;
  const campaign = campaigns.latestWithPledges();
  const created = await pledges.create(person(name), "person", {
    campaignId: campaign?.id as number,
    awardCodes: ["LDTT"],
    commitments: "Hoàn thành tốt nhiệm vụ.",
  });
  if (outcome === "confirm") await pledges.confirm(person("Hoàng Văn Long"), created.id);
  if (outcome === "return") await pledges.returnForChanges(person("Hoàng Văn Long"), created.id, "Bổ sung chỉ tiêu cụ thể.");
}

describe("who records a rating", () => {
  it("refuses a unit head's own rating; the leadership records it; the leadership's own comes from a file", async () => {
    const { ratings } = test.app.services.yearEnd;
    const refuse = (by: string, whom: string) => () => ratings.rate(person(by), person(whom).id, 2026, "excellent", "civil_servant");
    expect(refuse("Hoàng Văn Long", "Hoàng Văn Long")).toThrow(expect.objectContaining({ code: "rating-own" }));
    expect(refuse("Hoàng Văn Long", "Ngô Thị Thu")).toThrow(expect.objectContaining({ code: "rating-outside-unit" }));
    expect(refuse("Phạm Văn Hùng", "Lê Thị Mai")).toThrow(expect.objectContaining({ code: "rating-leader-upstream" }));
    expect(refuse("Phạm Văn Hùng", "Phạm Văn Hùng")).toThrow(expect.objectContaining({ code: "rating-own" }));
    expect(test.app.services.translator.t("vi", "error-rating-own", { name: "Hoàng Văn Long" })).toContain(
      "Không ai tự ghi kết quả xếp loại của chính mình",
    );

    // the Director's deputy records the unit head's rating through /xeploai, and is told who decides it
    const hung = actAs(test, "Phạm Văn Hùng");
    const asked = (await say(test, hung, "/xeploai")).text;
    expect(asked).toContain("Hoàng Văn Long");
    expect(asked).not.toContain("Vũ Thị Lan");
    expect(asked).not.toContain("Lê Thị Mai");
    const heads = test.app.services.yearEnd.ratings.ratable(person("Phạm Văn Hùng")).map((p) => p.fullName);
    await say(test, hung, String(heads.indexOf("Hoàng Văn Long") + 1));
    await say(test, hung, "2"); // 2025
    await say(test, hung, "1"); // civil servant
    const grades = (await say(test, hung, "2")).text;
    // 2025 is rated under Nghị định 90/2020: no points
    expect(grades).not.toContain("điểm");
    const saved = (await say(test, hung, { action: "f:ok" })).text;
    expect(saved).toContain("Đã ghi: Hoàng Văn Long (Công chức) — Hoàn thành tốt nhiệm vụ (năm 2025)");
    expect(saved).toContain("Nghị định 90/2020/NĐ-CP");
    expect(test.app.db.$client.prepare("select grade, rated_by, staff_category from quality_ratings").all()).toEqual([
      { grade: "good", rated_by: person("Phạm Văn Hùng").id, staff_category: "civil_servant" },
    ]);
    // a plain staff member cannot open the form at all
    expect((await say(test, actAs(test, "Vũ Thị Lan"), "/xeploai")).text).toContain("Bạn không có quyền");
  });

  it("names each category's decree in /rules and warns when 'excellent' ratings exceed the 20% cap", async () => {
    const son = actAs(test, "Trịnh Văn Sơn");
    const y2026 = (await say(test, son, "/rules 2026")).text;
    expect(y2026).toContain("Xếp loại chất lượng năm 2026");
    expect(y2026).toContain("Công chức: xếp loại chất lượng theo Nghị định 335/2025/NĐ-CP");
    expect(y2026).toContain("Thang điểm: hoàn thành xuất sắc nhiệm vụ từ 90 điểm; hoàn thành tốt từ 70; hoàn thành từ 50");
    expect(y2026).toContain("Viên chức: xếp loại chất lượng theo Nghị định 233/2026/NĐ-CP");
    expect(y2026).toContain("theo Nghị định 233/2026/NĐ-CP, điểm a, b khoản 6 Điều 12 (trích nguyên văn từ nguồn thứ cấp)");
    expect(y2026).toContain("Người đứng đầu đơn vị sự nghiệp công lập xếp loại viên chức của đơn vị");
    expect(y2026).toContain("Người lao động hợp đồng: đánh giá, xếp loại theo quy chế của Sở");
    const y2024 = (await say(test, son, "/rules 2024")).text;
    expect(y2024).toContain("Công chức: xếp loại chất lượng theo Nghị định 90/2020/NĐ-CP");
    expect(y2024).not.toContain("335/2025");

    // public employees of the archives centre: the cap is counted per unit (233/2026 k6 Điều 12); a 2026 campaign
    // with a pledge makes /tongket show 2026
    const campaign2026 = test.app.services.campaigns.create({
      code: "TD2026",
      title: "Phong trào thi đua năm 2026",
      description: "Thi đua hoàn thành nhiệm vụ năm.",
      kind: "yearly",
      startsOn: "2026-01-01",
      endsOn: "2026-12-31",
      pledgeDeadline: new Date("2026-03-31T16:59:59Z"),
      awardCodes: ["LDTT", "CSTDCS"],
      createdBy: null,
    }).id;
    await test.app.services.pledges.create(person("Cao Văn Phúc"), "person", {
      campaignId: campaign2026,
      awardCodes: ["LDTT"],
      commitments: "Hoàn thành tốt nhiệm vụ.",
    });
    const yen = actAs(test, "Lâm Thị Yến");
    const rate = async (name: string, grade: string) => {
      const list = test.app.services.yearEnd.ratings.ratable(person("Lâm Thị Yến")).map((p) => p.fullName);
      await say(test, yen, "/xeploai");
      await say(test, yen, String(list.indexOf(name) + 1));
      await say(test, yen, "1"); // 2026
      await say(test, yen, "2"); // public employee
      await say(test, yen, grade);
      return (await say(test, yen, { action: "f:ok" })).text;
    };
    expect(await rate("Cao Văn Phúc", "2")).not.toContain("vượt mức tối đa");
    const over = await rate("Tạ Thị Kim", "1");
    expect(over).toContain("Lưu ý: năm 2026, Trung tâm Lưu trữ lịch sử có 1 Viên chức xếp loại hoàn thành xuất sắc nhiệm vụ, vượt mức tối đa 0");
    expect(over).toContain("Nghị định 233/2026/NĐ-CP, điểm a, b khoản 6 Điều 12");
    expect((await say(test, son, "/tongket")).text).toContain("Trung tâm Lưu trữ lịch sử có 1 Viên chức xếp loại hoàn thành xuất sắc nhiệm vụ");
  });

  it("reads the staff category from a ratings file, and reports a bad one by its line", () => {
    const { directory } = test.app.services;
    const rows = [
      { line: 2, cells: { full_name: "Vũ Thị Lan", unit: UNIT, year: "2026", rating: "Hoàn thành tốt nhiệm vụ", staff_category: "Công chức" } },
      { line: 3, cells: { full_name: "Cao Văn Phúc", unit: "Trung tâm Lưu trữ lịch sử", year: "2026", rating: "good", staff_category: "vien chuc" } },
      { line: 4, cells: { full_name: "Tạ Thị Kim", unit: "Trung tâm Lưu trữ lịch sử", year: "2026", rating: "good", staff_category: "thực tập" } },
    ];
    const active = directory.activeByUnit();
    const checked = validateRatings(rows, { people: () => [...active.values()].flat(), units: () => directory.units() });
    expect(checked.entries.map((e) => e.category)).toEqual(["civil_servant", "public_employee"]);
    expect(checked.problems).toEqual([{ line: 4, key: "ratings-bad-category", args: { value: "thực tập" } }]);
  });
});

describe("the unit's review (họp bình xét)", () => {
  it("lists as eligible only a confirmed pledge with a rating, says why the others are not, and never offers the head", async () => {
    await pledge("Vũ Thị Lan", "confirm");
    await pledge("Bùi Đức Anh", "return");
    const { ratings } = test.app.services.yearEnd;
    ratings.rate(person("Hoàng Văn Long"), person("Vũ Thị Lan").id, 2023, "good", "civil_servant");
    ratings.rate(person("Hoàng Văn Long"), person("Bùi Đức Anh").id, 2023, "good", "civil_servant");
    const long = actAs(test, "Hoàng Văn Long");
    const overview = (await say(test, long, "/binhxet")).text;
    expect(overview).toMatch(/Vũ Thị Lan: .*đủ điều kiện đề nghị: Lao động tiên tiến/);
    expect(overview).toContain(
      "Bùi Đức Anh: đăng ký Lao động tiên tiến; chưa tự đánh giá; xếp loại: Hoàn thành tốt nhiệm vụ; đủ điều kiện đề nghị: chưa (bản đăng ký bị trả lại)",
    );
    expect(overview).toContain("đủ điều kiện đề nghị: chưa (trưởng đơn vị không tự đề nghị mình");

    // a rating still missing, and no pledge at all
    const fresh = createTestApp();
    try {
      const headView = (await say(fresh, actAs(fresh, "Hoàng Văn Long"), "/binhxet")).text;
      expect(headView).toContain(
        "Vũ Thị Lan: đăng ký —; chưa tự đánh giá; xếp loại: chưa xếp loại; đủ điều kiện đề nghị: chưa (chưa đăng ký thi đua; chưa có kết quả xếp loại chất lượng)",
      );
      expect(headView).not.toContain("Mở bình xét");
    } finally {
      fresh.close();
    }

    // a forged choice of a member who is not ready is refused by the service itself
    const campaign = test.app.services.campaigns.latestWithPledges();
    const forged = test.app.services.unitReviews.open(person("Hoàng Văn Long"), {
      title: "Bình xét",
      campaignId: campaign?.id as number,
      candidates: [{ personId: person("Bùi Đức Anh").id, awardCode: "LDTT", achievements: "x" }],
      endsAt: new Date("2026-01-20T10:00:00Z"),
    });
    await expect(forged).rejects.toMatchObject({ code: "unit-review-not-ready" });
  });

  it("drops the pledge requirement when the agency switches the bot's choice off, never the rating", async () => {
    const dir = mkdtempSync(join(tmpdir(), "thidua-agency-"));
    const relaxed = createTestApp({
      config: {
        AGENCY_RULES_FILE: agencyFile(dir, (a) => {
          a.reviewNeedsPledge.enabled = false;
        }),
      },
    });
    try {
      const them = (name: string) => relaxed.app.services.directory.findOnePerson(name);
      relaxed.app.services.yearEnd.ratings.rate(them("Hoàng Văn Long"), them("Vũ Thị Lan").id, 2023, "good", "civil_servant");
      const shown = (await say(relaxed, actAs(relaxed, "Hoàng Văn Long"), "/binhxet")).text;
      expect(shown).toMatch(/Vũ Thị Lan: đăng ký —; .*đủ điều kiện đề nghị: Lao động tiên tiến/);
      expect(shown).toContain(
        "Bùi Đức Anh: đăng ký —; chưa tự đánh giá; xếp loại: chưa xếp loại; đủ điều kiện đề nghị: chưa (chưa có kết quả xếp loại chất lượng)",
      );
    } finally {
      relaxed.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("lets the head close the unit's vote early, worded as the unit's; another unit's head cannot", async () => {
    await pledge("Vũ Thị Lan", "confirm");
    test.app.services.yearEnd.ratings.rate(person("Hoàng Văn Long"), person("Vũ Thị Lan").id, 2023, "good", "civil_servant");
    const long = actAs(test, "Hoàng Văn Long");
    await say(test, long, "/binhxet");
    await say(test, long, { action: "unitreview:open" });
    await say(test, long, "1, Xong");
    await say(test, long, "20/01/2026");
    await say(test, long, { action: "f:ok" });
    const session = test.app.services.ballots.all().find((s) => s.scope === "unit");
    const id = session?.id as number;
    const ballot = await say(test, actAs(test, "Vũ Thị Lan"), { action: `vote:open:${id}` });
    expect(ballot.text).not.toContain("thành viên Hội đồng");

    await expect(test.app.services.ballots.close(person("Ngô Thị Thu"), id)).rejects.toMatchObject({ code: "not-allowed" });
    await expect(test.app.services.ballots.close(person("Vũ Thị Lan"), id)).rejects.toMatchObject({ code: "not-allowed" });
    const view = await say(test, long, "/binhxet");
    expect(actions(view.replies)).toContain(`unitreview:close:${id}`);
    await say(test, long, { action: `unitreview:close:${id}` });
    const result = (await say(test, long, { action: `unitreview:closeok:${id}` })).text;
    expect(result).toContain("người của đơn vị bỏ phiếu");
    expect(result).not.toContain("thành viên Hội đồng");
    expect(test.app.services.ballots.get(id).status).toBe("closed");
  });

  it("refuses a unit head proposing himself, in the form and in the service", async () => {
    const long = actAs(test, "Hoàng Văn Long");
    await say(test, long, "/nominate");
    await say(test, long, { action: "f:pick:0" });
    const refused = (await say(test, long, "Hoàng Văn Long")).text;
    expect(refused).toContain("Không ai tự đề nghị khen thưởng cho mình");
    await say(test, long, "/cancel");
    const campaign = test.app.services.campaigns.latestWithPledges();
    await expect(
      test.app.services.nominations.propose(person("Hoàng Văn Long"), {
        nominee: "person",
        nomineeId: person("Hoàng Văn Long").id,
        awardCode: "LDTT",
        kind: "year_end",
        campaignId: campaign?.id as number,
        achievements: "Hoàn thành tốt nhiệm vụ.",
      }),
    ).rejects.toMatchObject({ code: "nomination-self" });
  });
});

describe("a title that reads the rating, proposed without one (Nghị định 90/2020 Điều 20: the rating comes first)", () => {
  it("warns the proposer, the secretary and the unit's head, and lists the person in /yearprogress until rated", async () => {
    const told = new Map<string, string[]>();
    test.app.observeNotifications((id, reply) => {
      const name = test.app.services.directory.getPerson(id).fullName;
      told.set(name, [...(told.get(name) ?? []), JSON.stringify(reply)]);
    });
    const son = actAs(test, "Trịnh Văn Sơn");
    await say(test, son, "/nominate");
    await say(test, son, { action: "f:pick:0" });
    await say(test, son, "Vũ Thị Lan");
    await say(test, son, "1");
    await say(test, son, { action: "f:pick:0" });
    await say(test, son, { action: "f:pick:0" });
    await say(test, son, "Hoàn thành xuất sắc nhiệm vụ.");
    const reply = (await say(test, son, { action: "f:ok" })).text;
    expect(reply).toContain("Đã ghi nhận đề nghị khen thưởng số 1");
    expect(reply).toContain("chưa có kết quả xếp loại chất lượng năm 2023");
    // the demo campaign is 2023's: its rule set reads the rating through the old law's first LĐTT criterion
    expect(reply).toContain("Hoàn thành tốt nhiệm vụ được giao, đạt năng suất và chất lượng cao");
    expect(told.get("Hoàng Văn Long")?.join("")).toContain("nomination-unrated-warning");

    const progress = (await say(test, son, "/tongket")).text;
    expect(progress).toContain("1 người đã được đề nghị danh hiệu đọc kết quả xếp loại");
    expect(progress).toContain(`${UNIT}: Vũ Thị Lan`);
    test.app.services.yearEnd.ratings.rate(person("Hoàng Văn Long"), person("Vũ Thị Lan").id, 2023, "good", "civil_servant");
    expect((await say(test, son, "/tongket")).text).not.toContain("đọc kết quả xếp loại");
  });
});
