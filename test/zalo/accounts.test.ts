// A person's Zalo account: from a roster column (zalo_user_id), or joined to their other accounts with /link.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { applyRoster, checkRosterHeader, validateRoster } from "../../src/core/directory/roster";
import { createDirectoryRepo } from "../../src/db/repos/directory";
import { readRosterFile } from "../../src/roster/read";
import { actAs, say } from "../support/harness";
import { startZaloTest, ZALO_USERS, type ZaloTest } from "../support/zalo-harness";

let z: ZaloTest;
beforeEach(async () => {
  z = await startZaloTest();
});
afterEach(async () => z.close());

describe("Zalo accounts", () => {
  it("reads zalo_user_id from the roster, refuses a malformed one, and the person is known on their first message", async () => {
    const { test } = z;
    const path = join(test.dir, "staff.csv");
    writeFileSync(
      path,
      "full_name,unit,roles,zalo_user_id\nNguyễn Thị Hồng,Phòng Pháp chế,,e4ea2cd5189df1c3a88c\nTrần Văn Bình,Phòng Pháp chế,,không-hợp-lệ!\n",
    );
    const sheet = await readRosterFile(path);
    expect(checkRosterHeader(sheet.headers)).toEqual([]);
    expect(validateRoster(sheet.rows).problems.map((p) => `${p.line}:${p.key}`)).toEqual(["3:roster-bad-zalo"]);
    writeFileSync(path, "full_name,unit,roles,zalo_user_id\nNguyễn Thị Hồng,Phòng Pháp chế,,e4ea2cd5189df1c3a88c\n");
    const { entries } = validateRoster((await readRosterFile(path)).rows);
    const deps = { repo: createDirectoryRepo(test.app.db), audit: test.app.audit, clock: test.clock, uow: test.app.uow };
    expect(applyRoster(entries, deps).created).toBe(1);
    // importing again changes nothing: the Zalo id finds the same person
    expect(applyRoster(entries, deps)).toMatchObject({ created: 0, unchanged: 1 });
    expect(await z.say(ZALO_USERS.lan, "/whoami")).toContain("Nguyễn Thị Hồng");
  });

  it("joins a Zalo account to the same person's other account with /link", async () => {
    const lan = actAs(z.test, "Vũ Thị Lan");
    const issued = await say(z.test, lan, "/link");
    const code = /\/link ([A-Z0-9-]+)/.exec(issued.text)?.[1] as string;
    expect(code).toBeDefined();
    const done = await z.say(ZALO_USERS.stranger, `/link ${code}`);
    expect(done).toContain("Đã liên kết tài khoản zalo này với Vũ Thị Lan");
    expect(await z.say(ZALO_USERS.stranger, "/whoami")).toContain("Vũ Thị Lan");
  });
});
