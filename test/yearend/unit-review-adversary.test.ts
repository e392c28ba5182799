// The unit's review (bình xét) read as an adversary would, exactly as the council's ballot is: a copy of the main
// file and its -wal taken while the unit's three members vote, replayed commit by commit and diffed; no choice may
// be recovered, every voter's commit looks the same, and after the close no copy holds a sealed ballot.
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actAs, createTestApp, say, type TestApp } from "../support/harness";
import { addedRows, readBytes, readImage, replayWal } from "../support/wal-replay";

let test: TestApp;
beforeEach(() => {
  test = createTestApp();
});
afterEach(() => test.close());

const person = (name: string) => test.app.services.directory.findOnePerson(name);
const VOTES = [
  ["Hoàng Văn Long", { lan: "a", anh: "r" }],
  ["Vũ Thị Lan", { lan: "x", anh: "a" }],
  ["Bùi Đức Anh", { lan: "a", anh: "a" }],
] as const;

describe("the unit's review against a reader of the database files", () => {
  it("replaying the WAL commit by commit recovers no member's choice, and the close leaves none behind", async () => {
    const campaign = test.app.services.campaigns.latestWithPledges();
    // only members with a confirmed pledge and a rating are put to the review
    const { pledges, yearEnd } = test.app.services;
    for (const name of ["Vũ Thị Lan", "Bùi Đức Anh"]) {
      const pledge = await pledges.create(person(name), "person", {
        campaignId: campaign?.id as number,
        awardCodes: ["LDTT"],
        commitments: "Hoàn thành tốt nhiệm vụ.",
      });
      await pledges.confirm(person("Hoàng Văn Long"), pledge.id);
      yearEnd.ratings.rate(person("Hoàng Văn Long"), person(name).id, 2023, "good", "civil_servant");
    }
    const session = await test.app.services.unitReviews.open(person("Hoàng Văn Long"), {
      title: "Bình xét 2023",
      campaignId: campaign?.id as number,
      candidates: [
        { personId: person("Vũ Thị Lan").id, awardCode: "LDTT", achievements: "Hoàn thành tốt nhiệm vụ." },
        { personId: person("Bùi Đức Anh").id, awardCode: "LDTT", achievements: "Hoàn thành tốt nhiệm vụ." },
      ],
      endsAt: new Date("2026-01-20T10:00:00Z"),
    });
    const [lanItem, anhItem] = test.app.services.ballots.items(session.id).map((i) => i.nominationId);
    const sqlite = test.app.db.$client;
    sqlite.pragma("wal_autocheckpoint = 0");
    sqlite.pragma("wal_checkpoint(TRUNCATE)");
    const base = readFileSync(test.databaseUrl);
    for (const [name, choices] of VOTES) {
      const member = actAs(test, name);
      await say(test, member, { action: `vote:open:${session.id}` });
      await say(test, member, { action: `vote:p:${session.id}.${lanItem}.${choices.lan}` });
      await say(test, member, { action: `vote:p:${session.id}.${anhItem}.${choices.anh}` });
      await say(test, member, { action: `vote:review:${session.id}` });
      await say(test, member, { action: `vote:cast:${session.id}` });
    }
    const states = replayWal(base, readBytes(`${test.databaseUrl}-wal`)).map((image, i) => readImage(image, test.dir, `u${i}.sqlite`));
    let before = readImage(base, test.dir, "base.sqlite");
    const shapes: string[] = [];
    const sealedLengths = new Set<number>();
    for (const state of states) {
      const added = addedRows(before, state);
      for (const rows of Object.values(added)) for (const row of rows) expect(row).not.toMatch(/approve|reject|abstain|vote:p:/);
      if (added.session_voters) {
        shapes.push(
          Object.entries(added)
            .map(([table, rows]) => `${table}:${rows.length}`)
            .sort()
            .join(","),
        );
      }
      for (const row of added.sealed_ballots ?? []) sealedLengths.add((JSON.parse(row) as { sealed: string }).sealed.length);
      before = state;
    }
    expect(shapes).toHaveLength(3);
    expect(new Set(shapes).size).toBe(1);
    expect(sealedLengths.size).toBe(1);

    // the close counts right (Lan: 2 for, 1 abstaining of 3 members; Anh: 2 for, 1 against), then forgets the box
    const result = await test.app.services.ballots.close(person("Trịnh Văn Sơn"), session.id);
    const counts = Object.fromEntries(result.items.map((i) => [i.nominationId, [i.approve, i.reject, i.abstain, i.passed]]));
    expect(counts[lanItem as number]).toEqual([2, 0, 1, true]);
    expect(counts[anhItem as number]).toEqual([2, 1, 0, true]);
    expect(readBytes(`${test.databaseUrl}-wal`).length).toBe(0);
    expect((sqlite.prepare("select count(*) as n from sealed_ballots").get() as { n: number }).n).toBe(0);
  });
});
