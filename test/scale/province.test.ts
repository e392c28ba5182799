// A province on one machine: a generated roster of 35,000 people, more than SQLite's 32,766 bound variables, so
// any query that passes every id at once fails here. Import, an announcement to everyone, /missing and /export
// must work and stay linear. Rows are built with prepared statements in one transaction to keep the file fast;
// the hooks and tests get a longer timeout than the suite's 20 s because the machine is shared.
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Reply } from "../../src/kernel/reply";
import { bigName, importRoster, pledgeMost, writeBigRoster } from "../support/big-roster";
import { actAs, createTestApp, type TestApp } from "../support/harness";

const SIZE = 35_000;
const SLOW = 60_000;
let test: TestApp;
let rosterPath: string;
let pledged: number;

beforeAll(async () => {
  test = createTestApp();
  rosterPath = join(test.dir, "province.csv");
  writeBigRoster(rosterPath, SIZE);
}, SLOW);
afterAll(() => test.close());

const filesOf = (replies: Reply[]) => replies.flatMap((r) => r.blocks ?? []).flatMap((b) => (b.type === "file" ? [b] : []));

describe(`a roster of ${SIZE.toLocaleString("en")} people`, () => {
  it(
    "imports in one go, and importing the same file again changes nothing",
    async () => {
      expect(await importRoster(test.app, rosterPath)).toEqual({ created: SIZE, updated: 0, unchanged: 0, unitsCreated: SIZE / 40 });
      expect(await importRoster(test.app, rosterPath)).toEqual({ created: 0, updated: 0, unchanged: SIZE, unitsCreated: 0 });
      const last = test.app.services.directory.findOnePerson(bigName(SIZE - 1));
      expect(last.roles).toEqual(["staff"]);
      expect(
        test.app.services.directory.resolveAccount({ platform: "slack", externalId: `U${(1_000_000 + SIZE - 1).toString(36).toUpperCase()}` })?.id,
      ).toBe(last.id);
      const campaign = test.app.services.campaigns.latestWithPledges();
      pledged = pledgeMost(test.app, campaign?.id ?? 0, test.clock.now());
      expect(pledged).toBe(SIZE - SIZE / 20);
    },
    SLOW,
  );

  it(
    "sends an announcement to every one of them",
    () => {
      const leader = test.app.services.directory.findOnePerson("Phạm Văn Hùng");
      const { runId } = test.app.services.broadcasts.announce(leader, {
        text: "Phát động thi đua toàn tỉnh.",
        audience: { kind: "everyone" },
        repeat: null,
      });
      // one delivery per person (on the platform they are reached on), for every one of the generated people
      const row = test.app.db.$client
        .prepare(
          "select count(*) as n, count(distinct d.person_id) as people from deliveries d join people p on p.id = d.person_id where d.run_id = ? and p.email like 'cb%@tinh.example'",
        )
        .get(runId) as { n: number; people: number };
      expect(row).toEqual({ n: SIZE, people: SIZE });
    },
    SLOW,
  );

  it(
    "/missing names, unit by unit, the one person in twenty who has not pledged",
    async () => {
      const secretary = actAs(test, "Trịnh Văn Sơn");
      const result = await test.app.dispatcher.dispatch({ ...secretary, text: "/missing" });
      const report = test.app.services.pledges.missing(
        test.app.services.directory.findOnePerson("Trịnh Văn Sơn"),
        test.app.services.campaigns.latestWithPledges()?.id ?? 0,
      );
      const generated = report.units.filter((u) => u.unit.name.startsWith("Đơn vị số "));
      expect(generated).toHaveLength(SIZE / 40);
      expect(generated.reduce((n, u) => n + u.missing.length, 0)).toBe(SIZE / 20);
      expect(generated[0]?.missing.map((p) => p.fullName).sort()).toEqual([bigName(19), bigName(39)].sort());
      const text = JSON.stringify(result.replies);
      expect(text).toContain(bigName(SIZE - 1));
      expect(text).not.toContain("error-unexpected");
    },
    SLOW,
  );

  it(
    "/export lists every pledge in the CSV and the XLSX",
    async () => {
      const secretary = actAs(test, "Trịnh Văn Sơn");
      const result = await test.app.dispatcher.dispatch({ ...secretary, text: "/export" });
      const [xlsx, csv] = filesOf(result.replies);
      expect(xlsx?.fileName).toMatch(/\.xlsx$/);
      expect(
        Buffer.from(xlsx?.data ?? [])
          .subarray(0, 2)
          .toString(),
      ).toBe("PK");
      const rows = parse(
        Buffer.from(csv?.data ?? [])
          .toString("utf8")
          .replace(/^\uFEFF/, ""),
      ) as string[][];
      const names = new Set(rows.map((r) => r[2]));
      expect(rows.length - 1).toBeGreaterThanOrEqual(pledged);
      expect(names.has(bigName(0))).toBe(true);
      expect(names.has(bigName(SIZE - 2))).toBe(true);
      expect(names.has(bigName(19))).toBe(false);
    },
    SLOW,
  );
});
