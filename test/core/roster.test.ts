// The roster import: bad rows are reported by line and nothing is written; a second import changes nothing.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { applyRoster, checkRosterHeader, RosterConflict, validateRoster } from "../../src/core/directory/roster";
import { createDirectoryRepo } from "../../src/db/repos/directory";
import { readRosterFile } from "../../src/roster/read";
import { createTestApp, type TestApp } from "../support/harness";

const HEADER = "full_name,unit,roles,telegram_user_id,slack_user_id,email,language";
let test: TestApp;
beforeEach(() => {
  test = createTestApp({ seedDemo: false });
});
afterEach(() => test.close());

async function importFile(name: string, content: string) {
  const path = join(test.dir, name);
  writeFileSync(path, content);
  const sheet = await readRosterFile(path);
  const header = checkRosterHeader(sheet.headers);
  if (header.length > 0) return { problems: header };
  const { entries, problems } = validateRoster(sheet.rows);
  if (problems.length > 0) return { problems };
  const deps = { repo: createDirectoryRepo(test.app.db), audit: test.app.audit, clock: test.clock, uow: test.app.uow };
  return { result: applyRoster(entries, deps), problems: [] };
}

const peopleCount = () => test.app.db.$client.prepare("select count(*) as n from people").get() as { n: number };

describe("roster import", () => {
  it("imports people, units, roles and accounts, and a second import changes nothing", async () => {
    const csv = `\uFEFF${HEADER}\nNguyễn Thị Hồng,Phòng Pháp chế,unit_head;council,1001,U0ABC1,Hong@SNV.example,vi\nTrần Văn Bình,Phòng Pháp chế,,1002,,,en\n`;
    const first = await importFile("staff.csv", csv);
    expect(first.result).toEqual({ created: 2, updated: 0, unchanged: 0, unitsCreated: 1 });
    const hong = test.app.services.directory.findOnePerson("Nguyễn Thị Hồng");
    expect(hong.roles.sort()).toEqual(["council", "staff", "unit_head"]);
    expect(hong.email).toBe("hong@snv.example");
    expect(test.app.services.directory.resolveAccount({ platform: "telegram", externalId: "1001" })?.id).toBe(hong.id);
    const auditRows = (test.app.db.$client.prepare("select count(*) as n from audit_log").get() as { n: number }).n;

    const second = await importFile("staff.csv", csv);
    expect(second.result).toEqual({ created: 0, updated: 0, unchanged: 2, unitsCreated: 0 });
    expect(peopleCount().n).toBe(2);
    expect((test.app.db.$client.prepare("select count(*) as n from audit_log").get() as { n: number }).n).toBe(auditRows);
  });

  it("reports every bad row by line number and imports none of the file", async () => {
    const csv = [
      HEADER,
      "Nguyễn Thị Hồng,Phòng Pháp chế,staff,1001,,,vi",
      ",Phòng Pháp chế,boss,abc,x,not-an-email,fr",
      "Lê Văn Cường,Phòng Pháp chế,,1001,,,",
    ].join("\n");
    const { problems, result } = await importFile("bad.csv", csv);
    expect(result).toBeUndefined();
    expect(problems.map((p) => `${p.line}:${p.key}`)).toEqual([
      "3:roster-empty",
      "3:roster-bad-role",
      "3:roster-bad-telegram",
      "3:roster-bad-slack",
      "3:roster-bad-email",
      "3:roster-bad-language",
      "4:roster-duplicate",
    ]);
    expect(peopleCount().n).toBe(0);
    // the operator reads the problems in Vietnamese
    const line = problems.find((p) => p.key === "roster-duplicate");
    expect(test.app.services.translator.t("vi", line?.key ?? "", line?.args)).toBe("telegram_user_id «1001» trùng với dòng 2.");
  });

  it("names a missing column", async () => {
    const { problems } = await importFile("cols.csv", "name,unit\nA,B\n");
    expect(problems.map((p) => p.key)).toContain("roster-missing-column");
  });

  it("rolls back everything when a row's accounts belong to two different people", async () => {
    await importFile("a.csv", `${HEADER}\nA Một,Đơn vị 1,,11,,a@x.vn,\nB Hai,Đơn vị 1,,22,,b@x.vn,\n`);
    const before = peopleCount().n;
    const deps = { repo: createDirectoryRepo(test.app.db), audit: test.app.audit, clock: test.clock, uow: test.app.uow };
    const { entries } = validateRoster([
      { line: 2, cells: { full_name: "C Ba", unit: "Đơn vị 2" } },
      { line: 3, cells: { full_name: "A Một", unit: "Đơn vị 1", telegram_user_id: "11", email: "b@x.vn" } },
    ]);
    expect(() => applyRoster(entries, deps)).toThrow(RosterConflict);
    expect(peopleCount().n).toBe(before);
    expect(test.app.services.directory.units().map((u) => u.name)).toEqual(["Đơn vị 1"]);
  });

  it("reads XLSX rosters, keeping numeric Telegram ids as digits", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Cán bộ");
    sheet.addRow(HEADER.split(","));
    sheet.addRow(["Phạm Thị Dung", "Văn phòng", "secretary", 123456789, "", "", "vi"]);
    sheet.addRow(["", "", "", "", "", "", ""]);
    const path = join(test.dir, "staff.xlsx");
    await workbook.xlsx.writeFile(path);
    const read = await readRosterFile(path);
    const { entries, problems } = validateRoster(read.rows);
    expect(problems).toEqual([]);
    expect(entries).toMatchObject([{ line: 2, fullName: "Phạm Thị Dung", telegramUserId: "123456789", roles: ["staff", "secretary"] }]);
  });
});
