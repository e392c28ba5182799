// Documents need the agency's settings: with them unset the bot refuses and names each one, in the reader's language;
// the agency's own (catalog/agency.json's `documents`) win over the demo's sample settings; "UBND TỈNH" with no
// province is not a parent body; unit heads sign by their unit's title.
import { afterEach, describe, expect, it } from "vitest";
import { applyRoster, validateRoster } from "../../src/core/directory/roster";
import { createDirectoryRepo } from "../../src/db/repos/directory";
import { unitHeadTitle } from "../../src/documents/signers";
import { agencyFile, atReviewOf, SECRETARY } from "../nominations/period-support";
import { actAs, createTestApp, say, type TestApp } from "../support/harness";
import { documentFor } from "./support";

let test: TestApp;
afterEach(() => test.close());

/** An organisation of its own (not the demo): a roster with a secretary and no profiles, nothing else set. */
function ownOrganisation(): TestApp {
  // the environment's defaults, as loadConfig gives them: a parent body with no province is not one
  const app = createTestApp({ seedDemo: false, config: { AGENCY_PARENT: "UBND TỈNH", AGENCY_NAME: "SỞ NỘI VỤ", AGENCY_SYMBOL: "SNV" } });
  const rows = [
    { line: 2, cells: { full_name: "Trần Văn Bình", unit: "Văn phòng Sở", roles: "secretary;leader" } },
    { line: 3, cells: { full_name: "Lê Thị Cúc", unit: "Phòng Pháp chế", roles: "unit_head" } },
  ];
  const deps = { repo: createDirectoryRepo(app.app.db), audit: app.app.audit, clock: app.clock, uow: app.app.uow };
  applyRoster(validateRoster(rows).entries, deps);
  return app;
}

describe("document settings", () => {
  it("refuses a document whose settings are missing, naming each, and writes nothing", async () => {
    test = ownOrganisation();
    const binh = actAs(test, "Trần Văn Bình");
    const reply = await say(test, binh, { action: "documents:plan:2026" });
    expect(reply.text).toContain("Chưa soạn được văn bản này vì còn thiếu:");
    for (const name of ["tên cơ quan chủ quản có tên tỉnh", "địa danh", "họ tên Giám đốc Sở"]) expect(reply.text).toContain(name);
    // the default AGENCY_NAME and AGENCY_SYMBOL are settings: only what is missing is named
    expect(reply.text).not.toContain("tên cơ quan («name»)");
    expect(reply.replies.flatMap((r) => r.blocks).some((b) => b.type === "file")).toBe(false);
  });

  it("names them in English for an English reader", async () => {
    test = ownOrganisation();
    const binh = actAs(test, "Trần Văn Bình");
    await say(test, binh, "/lang en");
    expect((await say(test, binh, { action: "documents:plan:2026" })).text).toContain("the parent body with the province's name");
  });

  it("takes the agency's own settings over the demo's, key by key", async () => {
    const dir = (await import("node:fs")).mkdtempSync((await import("node:path")).join((await import("node:os")).tmpdir(), "agency-"));
    const file = agencyFile(dir, (agency) => {
      (agency as unknown as { documents: Record<string, unknown> }).documents = {
        parent: "UBND TỈNH QUẢNG TRỊ",
        place: "Đông Hà",
        director: "Nguyễn Văn Giám",
      };
    });
    test = atReviewOf(2025, { config: { AGENCY_RULES_FILE: file } });
    const plan = await documentFor(test, SECRETARY, "documents:plan:2026");
    expect(plan.text).toContain("UBND TỈNH QUẢNG TRỊ");
    expect(plan.text).toContain("Đông Hà, ngày 05 tháng 01 năm 2026");
    // the demo's sample still fills what the agency left empty (the quy chế)
    expect(plan.flat).toContain("Quyết định số 210/QĐ-SNV");
    const report = await documentFor(test, SECRETARY, "documents:report:2025");
    expect(report.text).not.toContain("THỪA THIÊN HUẾ");
  });

  it("reads a unit head's title from the unit's name when the roster gives no post", () => {
    expect(unitHeadTitle("Văn phòng Sở")).toBe("Chánh Văn phòng");
    expect(unitHeadTitle("Thanh tra Sở")).toBe("Chánh Thanh tra");
    expect(unitHeadTitle("Trung tâm Lưu trữ lịch sử")).toBe("Giám đốc Trung tâm");
    expect(unitHeadTitle("Phòng Cải cách hành chính")).toBe("Trưởng phòng");
    expect(unitHeadTitle("Ban Thi đua – Khen thưởng")).toBe("Trưởng ban");
    expect(unitHeadTitle("Tổ công tác")).toBeNull();
  });
});
