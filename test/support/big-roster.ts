// A generated province-sized roster for the scale tests and `npm run bench:scale`: every person with a Telegram and
// a Slack account and an e-mail, about 40 people a unit, each unit's first person its head; and pledges for most.
import { writeFileSync } from "node:fs";
import type { App } from "../../src/app";
import { applyRoster, checkRosterHeader, type RosterImportResult, validateRoster } from "../../src/core/directory/roster";
import { createDirectoryRepo } from "../../src/db/repos/directory";
import { readRosterFile } from "../../src/roster/read";

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"];
const MIDDLE = ["Văn", "Thị", "Hữu", "Minh", "Ngọc", "Đức", "Thanh", "Quốc"];
const GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Khánh", "Lan", "Mỹ", "Nam", "Phương", "Quân", "Sơn", "Tâm", "Uyên", "Vy"];
export const UNIT_SIZE = 40;

/** The generated name of person `i`: Vietnamese, and unique thanks to its number. */
export const bigName = (i: number) =>
  `${FAMILY[i % FAMILY.length]} ${MIDDLE[(i >> 2) % MIDDLE.length]} ${GIVEN[(i >> 4) % GIVEN.length]} ${String(i).padStart(5, "0")}`;

/** Writes a roster CSV of `size` people to `path`. */
export function writeBigRoster(path: string, size: number): void {
  const lines = ["full_name,unit,roles,telegram_user_id,slack_user_id,email,language"];
  for (let i = 0; i < size; i++) {
    const unit = `Đơn vị số ${String(Math.floor(i / UNIT_SIZE) + 1).padStart(4, "0")}`;
    const roles = i % UNIT_SIZE === 0 ? "unit_head" : "";
    const slack = `U${(1_000_000 + i).toString(36).toUpperCase()}`;
    lines.push(`${bigName(i)},${unit},${roles},${7_000_000_000 + i},${slack},cb${i}@tinh.example,vi`);
  }
  writeFileSync(path, `${lines.join("\n")}\n`);
}

/** What `npm run cli -- import-staff FILE` does, in this process. */
export async function importRoster(app: App, path: string): Promise<RosterImportResult> {
  const sheet = await readRosterFile(path);
  const header = checkRosterHeader(sheet.headers);
  if (header.length > 0) throw new Error(`bad header: ${header.map((p) => p.key).join(", ")}`);
  const { entries, problems } = validateRoster(sheet.rows);
  if (problems.length > 0) throw new Error(`bad rows: ${problems.length}`);
  return applyRoster(entries, { repo: createDirectoryRepo(app.db), audit: app.audit, clock: app.services.clock, uow: app.uow });
}

/**
 * Every generated person but one in twenty pledges for the campaign: rows written with one prepared statement
 * in one transaction, since only the figures read afterwards are under test.
 */
export function pledgeMost(app: App, campaignId: number, at: Date): number {
  const db = app.db.$client;
  const people = db.prepare("select id, unit_id as unitId from people where email like 'cb%@tinh.example' order by id").all() as Array<{
    id: number;
    unitId: number;
  }>;
  const insert = db.prepare(
    "insert into pledges (campaign_id, subject, person_id, unit_id, award_codes, commitments, status, created_by, created_at, updated_at) values (?, 'person', ?, ?, '[\"LDTT\"]', 'Hoàn thành xuất sắc nhiệm vụ được giao.', 'submitted', ?, ?, ?)",
  );
  let count = 0;
  db.transaction(() => {
    people.forEach((p, i) => {
      if (i % 20 === 19) return;
      insert.run(campaignId, p.id, p.unitId, p.id, at.getTime(), at.getTime());
      count++;
    });
  })();
  return count;
}
