// The roster's optional profile columns (sơ lược lý lịch): read with English or Vietnamese headers from CSV and XLSX,
// checked cell by cell, never erased by an empty cell, idempotent, and shown only to the person, HR and the secretary.

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { applyRoster, checkRosterHeader, validateRoster } from "../../src/core/directory/roster";
import { createDirectoryRepo } from "../../src/db/repos/directory";
import { readRosterFile } from "../../src/roster/read";
import { actAs, createTestApp, say, type TestApp } from "../support/harness";

let test: TestApp;
beforeEach(() => {
  test = createTestApp();
});
afterEach(() => test.close());

async function importSheet(path: string) {
  const sheet = await readRosterFile(path);
  const header = checkRosterHeader(sheet.headers);
  if (header.length > 0) return { problems: header };
  const { entries, problems } = validateRoster(sheet.rows);
  if (problems.length > 0) return { problems };
  const deps = { repo: createDirectoryRepo(test.app.db), audit: test.app.audit, clock: test.clock, uow: test.app.uow };
  return { result: applyRoster(entries, deps), problems: [] };
}

const VI_HEADER = "Họ và tên;Đơn vị;Ngày sinh;Quê quán;Chức vụ;Trình độ chuyên môn;Lý luận chính trị";

describe("the roster's profile columns", () => {
  it("reads Vietnamese headers, stores the profile, and a second import changes nothing", async () => {
    const path = join(test.dir, "ho-so.csv");
    writeFileSync(
      path,
      `${VI_HEADER}\nVũ Thị Lan;Phòng Tổ chức, biên chế và Tổ chức phi chính phủ;05/02/1990;Phú Vang, Thừa Thiên Huế;Chuyên viên;Thạc sĩ Quản lý công;Trung cấp\n`,
    );
    expect((await importSheet(path)).result).toMatchObject({ created: 0, updated: 1 });
    const lan = test.app.services.directory.findOnePerson("Vũ Thị Lan");
    expect(test.app.services.directory.profileOf(lan, lan.id)).toEqual({
      birthDate: "1990-02-05",
      hometown: "Phú Vang, Thừa Thiên Huế",
      position: "Chuyên viên",
      qualification: "Thạc sĩ Quản lý công",
      politicalTheory: "Trung cấp",
    });
    expect((await importSheet(path)).result).toMatchObject({ updated: 0, unchanged: 1 });
  });

  it("keeps what is known when a later file leaves the cell empty, and reads an XLSX date cell", async () => {
    const path = join(test.dir, "ho-so.xlsx");
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Danh sách");
    sheet.addRow(["full_name", "unit", "birth_date", "position", "hometown"]);
    sheet.addRow(["Bùi Đức Anh", "Phòng Tổ chức, biên chế và Tổ chức phi chính phủ", new Date(Date.UTC(1988, 10, 3)), "Chuyên viên chính", "Huế"]);
    await book.xlsx.writeFile(path);
    expect((await importSheet(path)).problems).toEqual([]);
    writeFileSync(
      join(test.dir, "later.csv"),
      "full_name,unit,position\nBùi Đức Anh,Phòng Tổ chức, biên chế và Tổ chức phi chính phủ,\n".replace(
        "Phòng Tổ chức, biên chế và Tổ chức phi chính phủ",
        '"Phòng Tổ chức, biên chế và Tổ chức phi chính phủ"',
      ),
    );
    await importSheet(join(test.dir, "later.csv"));
    const anh = test.app.services.directory.findOnePerson("Bùi Đức Anh");
    expect(test.app.services.directory.profileOf(anh, anh.id)).toMatchObject({
      birthDate: "1988-11-03",
      position: "Chuyên viên chính",
      hometown: "Huế",
    });
  });

  it("reports a date that is not one, and an unknown Vietnamese header, by line and column", async () => {
    const path = join(test.dir, "sai.csv");
    writeFileSync(path, "full_name,unit,ngày sinh\nVũ Thị Lan,Văn phòng Sở,31/02/1990\n");
    expect((await importSheet(path)).problems.map((p) => `${p.line}:${p.key}`)).toEqual(["2:roster-bad-date"]);
    writeFileSync(path, "full_name,unit,Ghi chú\nVũ Thị Lan,Văn phòng Sở,x\n");
    expect((await importSheet(path)).problems).toEqual([
      expect.objectContaining({ key: "roster-unknown-column", args: expect.objectContaining({ column: "ghi chú" }) }),
    ]);
  });

  it("shows a profile to the person, HR and the secretary, and to no one else", async () => {
    const { directory } = test.app.services;
    const lan = directory.findOnePerson("Vũ Thị Lan");
    for (const name of ["Vũ Thị Lan", "Trần Thị Hoa", "Trịnh Văn Sơn"])
      expect(() => directory.profileOf(directory.findOnePerson(name), lan.id)).not.toThrow();
    for (const name of ["Bùi Đức Anh", "Hoàng Văn Long", "Phạm Văn Hùng"])
      expect(() => directory.profileOf(directory.findOnePerson(name), lan.id)).toThrow();
    const shown = await say(test, actAs(test, "Bùi Đức Anh"), "/profile Vũ Thị Lan");
    expect(shown.text).toContain("Bạn không có quyền");
  });
});
