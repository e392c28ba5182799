// The same nomination judged by the rules of its emulation year: the 15% quota only in 2023 (Nghị định 91/2017),
// 80% of all members for CSTĐCS from 2024 (Nghị định 98/2023, kept as the default under 152/2025), and the
// exclusions of Nghị định 152/2025 Điều 4 from 1/7/2025. Real SQLite file, real commands.
import { afterEach, describe, expect, it } from "vitest";
import { actAs, type createTestApp, say, type TestApp } from "../support/harness";
import { atReviewOf, propose, SECRETARY } from "./period-support";
import { vote } from "./support";

const SIX_MEMBERS = ["Phạm Văn Hùng", "Lê Thị Mai", "Nguyễn Văn Tâm", "Hoàng Văn Long", "Đặng Quốc Bảo", SECRETARY];

let open: TestApp[] = [];
afterEach(() => {
  for (const t of open) t.close();
  open = [];
});

function appAtReviewOf(year: number, config: Parameters<typeof createTestApp>[0] = {}): TestApp {
  const test = atReviewOf(year, config);
  open.push(test);
  return test;
}

const SEVEN = ["Vũ Thị Lan", "Bùi Đức Anh", "Nguyễn Văn An", "Phan Thị Bích", "Lý Thị Ngọc", "Hồ Thị Duyên", "Cao Văn Phúc"];

describe("one nomination, three periods", () => {
  it("applies the 15% CSTĐCS quota in 2023 only", async () => {
    const outcomes: Record<number, string | null> = {};
    for (const year of [2023, 2024, 2026]) {
      const test = appAtReviewOf(year);
      await propose(test, "Vũ Thị Lan", "LDTT", { year });
      outcomes[year] = (await propose(test, "Vũ Thị Lan", "CSTDCS", { year })).refusal;
    }
    expect(outcomes[2023]).toContain("Không quá 15% tổng số cá nhân đạt danh hiệu Lao động tiên tiến");
    expect(outcomes[2023]).toContain("theo Nghị định 91/2017/NĐ-CP, khoản 3 Điều 9 (trích nguyên văn từ nguồn thứ cấp)");
    expect(outcomes[2024]).toBeNull();
    expect(outcomes[2026]).toBeNull();
  });

  it("votes CSTĐCS by more than half of ballots in 2023, by 80% of all members from 2024", async () => {
    const results: Record<number, string> = {};
    for (const year of [2023, 2024, 2026]) {
      const test = appAtReviewOf(year);
      // seven LĐTT so that 2023's quota leaves room for one CSTĐCS
      for (const name of SEVEN) await propose(test, name, "LDTT", { year });
      const cstdcs = await propose(test, "Vũ Thị Lan", "CSTDCS", { year });
      const son = actAs(test, SECRETARY);
      test.clock.set(`${year + 1}-01-05T02:00:00Z`);
      await say(test, son, "/opensession");
      await say(test, son, `Xét khen thưởng năm ${year}`);
      await say(test, son, "8, Xong");
      await say(test, son, `${year + 1}-01-20`);
      await say(test, son, { action: "f:ok" });
      // four of six members approve: 67% of all members
      for (const name of SIX_MEMBERS.slice(0, 4)) await vote(test, actAs(test, name), 1, { [cstdcs.id as number]: "a" });
      results[year] = (await say(test, son, { action: "sessions:closeok:1" })).text;
    }
    expect(results[2023]).toContain("ĐƯỢC THÔNG QUA — số 8 Vũ Thị Lan — Chiến sĩ thi đua cơ sở: 4 đồng ý");
    expect(results[2023]).toContain("cần trên 50% số phiếu bầu");
    expect(results[2024]).toContain("KHÔNG THÔNG QUA — số 8 Vũ Thị Lan — Chiến sĩ thi đua cơ sở: 4 đồng ý");
    expect(results[2024]).toContain("cần từ 80% tổng số thành viên Hội đồng");
    expect(results[2026]).toContain("KHÔNG THÔNG QUA");
    expect(results[2026]).toContain("cần từ 80% tổng số thành viên Hội đồng");
  });

  it("bars a person under disciplinary review under Nghị định 98/2023 and 152/2025 Điều 4, and in 2023 by the bar in force on the day", async () => {
    const outcomes: Record<number, string | null> = {};
    for (const year of [2023, 2024, 2026]) {
      const test = appAtReviewOf(year);
      const { standings, directory } = test.app.services;
      standings.record(directory.findOnePerson(SECRETARY), {
        personId: directory.findOnePerson("Vũ Thị Lan").id,
        unitId: null,
        kind: "discipline_review",
        startsOn: `${year}-11-01`,
        endsOn: null,
        reference: "Thông báo 12/TB-SNV",
      });
      outcomes[year] = (await propose(test, "Vũ Thị Lan", "LDTT", { year })).refusal;
    }
    const bar =
      "Quy định: Chưa khen thưởng hoặc đề nghị cấp trên khen thưởng cho cá nhân, tập thể trong thời gian cơ quan có thẩm quyền đang xem xét thi hành kỷ luật " +
      "hoặc điều tra, thanh tra, kiểm tra khi có dấu hiệu vi phạm hoặc có đơn thư khiếu nại, tố cáo, có vấn đề tham nhũng, tiêu cực được báo chí nêu đang được xác minh làm rõ";
    // Nghị định 98/2023 Điều 4 bars a 2024 nomination; read in a page quoting it word for word
    expect(outcomes[2024]).toBe(
      "Không đề nghị được Lao động tiên tiến năm 2024. Người được đề nghị đang trong tình trạng: đang bị xem xét kỷ luật (từ 01/11/2024). " +
        `${bar} — theo Nghị định 98/2023/NĐ-CP, Điều 4 (trích nguyên văn từ nguồn thứ cấp).`,
    );
    expect(outcomes[2026]).toBe(
      "Không đề nghị được Lao động tiên tiến năm 2026. Người được đề nghị đang trong tình trạng: đang bị xem xét kỷ luật (từ 01/11/2026). " +
        `${bar} — theo Nghị định 152/2025/NĐ-CP, Điều 4 (trích nguyên văn từ nguồn thứ cấp).`,
    );
    // Nghị định 91/2017 was not found to say so; a 2023 nomination made in January 2024 meets the bar in force that day
    expect(outcomes[2023]).toContain("theo Nghị định 98/2023/NĐ-CP, Điều 4");
  });

  it("shows each year's rules with their basis and status through /rules", async () => {
    const test = appAtReviewOf(2026);
    const son = actAs(test, SECRETARY);
    const y2023 = (await say(test, son, "/rules 2023 CSTDCS")).text;
    expect(y2023).toContain("Quy định áp dụng cho năm thi đua 2023: Luật TĐKT 2003 (sửa đổi 2013) và Nghị định 91/2017/NĐ-CP");
    expect(y2023).toContain("Không quá 15% tổng số cá nhân đạt danh hiệu Lao động tiên tiến — theo Nghị định 91/2017/NĐ-CP, khoản 3 Điều 9");
    expect(y2023).toContain("Lựa chọn của bot");
    const y2026 = (await say(test, son, "/quydinh 2026")).text;
    expect(y2026).toContain("Nghị định 152/2025/NĐ-CP");
    expect(y2026).toContain("từ 80% tổng số thành viên đồng ý; thành viên vắng mặt cho ý kiến bằng văn bản");
    expect(y2026).toContain("tỷ lệ của Nghị định 152/2025 chưa tìm thấy");
    expect(y2026).toContain("giá trị mặc định");
    expect(y2026).toContain("Sở chỉ đề nghị lên cấp trên: Chủ tịch UBND tỉnh tặng");
    expect(y2026).toContain("Pháp luật không yêu cầu Hội đồng bỏ phiếu");
    expect(y2026).toContain("Không nhất thiết phải có hình thức khen thưởng mức thấp mới được khen thưởng mức cao hơn");
    expect(y2026).not.toContain("15%");
    expect((await say(test, actAs(test, "Vũ Thị Lan"), "/rules")).text).toContain("Bạn không có quyền");
  });
});
