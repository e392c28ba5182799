// A new database holding only a roster, imported as the operator's CLI imports it (read, every row checked, then
// applied), for tests about who is reached where.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { applyRoster, validateRoster } from "../../src/core/directory/roster";
import { createDirectoryRepo } from "../../src/db/repos/directory";
import { readRosterFile } from "../../src/roster/read";
import { createTestApp, type TestApp } from "./harness";

export async function createRosterApp(csv: string): Promise<TestApp> {
  const test = createTestApp({ seedDemo: false });
  const file = join(test.dir, "roster.csv");
  writeFileSync(file, csv);
  const { entries, problems } = validateRoster((await readRosterFile(file)).rows);
  expect(problems).toEqual([]);
  applyRoster(entries, { repo: createDirectoryRepo(test.app.db), audit: test.app.audit, clock: test.clock, uow: test.app.uow });
  return test;
}
