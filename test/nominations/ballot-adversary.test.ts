// The secret ballot read as an adversary would: someone with a copy of the database files at any moment (the
// main file and its -wal), but not BALLOT_KEY. They replay the WAL commit by commit and diff each state with the
// one before, which is exactly how a plain ballot table gave every vote away. They must recover no choice; and
// after the close, not even the key finds a sealed ballot in any copy.
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { keyCheckValue } from "../../src/core/ballots/box";
import { ballotKeyFile } from "../../src/db/keys";
import { actAs, createTestApp, say, type TestApp } from "../support/harness";
import { addedRows, readBytes, readImage, replayWal } from "../support/wal-replay";
import { openSession, proposeAsSecretary, vote } from "./support";

let test: TestApp;
beforeEach(() => {
  test = createTestApp();
});
afterEach(() => test.close());

const VOTES = [
  ["Phạm Văn Hùng", { 1: "a", 2: "r" }],
  ["Lê Thị Mai", { 1: "r", 2: "x" }],
  ["Nguyễn Văn Tâm", { 1: "a", 2: "a" }],
] as const;

async function openTwoNominations() {
  await proposeAsSecretary(test, "Vũ Thị Lan", "LDTT");
  await proposeAsSecretary(test, "Bùi Đức Anh", "LDTT");
  await openSession(test, actAs(test, "Trịnh Văn Sơn"), [1, 2]);
}

describe("the ballot box against a reader of the database files", () => {
  it("replaying the WAL commit by commit recovers no choice of three voters", async () => {
    await openTwoNominations();
    const sqlite = test.app.db.$client;
    // hold every commit in the WAL, and start it empty, with the main file copied as the replay's base
    sqlite.pragma("wal_autocheckpoint = 0");
    sqlite.pragma("wal_checkpoint(TRUNCATE)");
    const base = readFileSync(test.databaseUrl);
    const voterIds = new Map<number, string>();
    for (const [name, choices] of VOTES) {
      voterIds.set(test.app.services.directory.findOnePerson(name).id, name);
      await vote(test, actAs(test, name), 1, choices);
    }
    const states = replayWal(base, readBytes(`${test.databaseUrl}-wal`)).map((image, i) => readImage(image, test.dir, `s${i}.sqlite`));
    expect(states.length).toBeGreaterThanOrEqual(3);

    // the adversary's method: find the commit that added each member's voter row, and look at what came with it
    const ballotsSeen: string[] = [];
    const commitsOfVoters: Array<{ voter: string; added: Record<string, string[]> }> = [];
    let before = readImage(base, test.dir, "base.sqlite");
    for (const state of states) {
      const added = addedRows(before, state);
      for (const row of added.session_voters ?? []) {
        commitsOfVoters.push({ voter: voterIds.get(JSON.parse(row).person_id) as string, added });
      }
      for (const rows of Object.values(added)) {
        // no choice is anywhere in clear, in any table, at any moment
        for (const row of rows) expect(row).not.toMatch(/approve|reject|abstain|vote:p:/);
      }
      ballotsSeen.push(...(added.sealed_ballots ?? []));
      before = state;
    }
    expect(commitsOfVoters.map((c) => c.voter).sort()).toEqual(VOTES.map(([n]) => n).sort());
    // each voter's commit added the same kinds of rows, and a sealed ballot of the same length whatever the choices
    const shapes = commitsOfVoters.map(({ added }) =>
      Object.entries(added)
        .map(([table, rows]) => `${table}:${rows.length}`)
        .sort()
        .join(","),
    );
    expect(new Set(shapes).size).toBe(1);
    const sealed = ballotsSeen.map((row) => JSON.parse(row) as { box: string; sealed: string });
    expect(sealed).toHaveLength(3);
    expect(new Set(sealed.map((s) => s.sealed.length)).size).toBe(1);
    expect(new Set(sealed.map((s) => s.box))).toEqual(new Set(["review_session:1"]));

    // the close counts correctly, then deletes the sealed ballots and empties the WAL
    const closed = await say(test, actAs(test, "Trịnh Văn Sơn"), { action: "sessions:closeok:1" });
    expect(closed.text).toContain("số 1 Vũ Thị Lan — Lao động tiên tiến: 2 đồng ý, 1 không đồng ý, 0 không biểu quyết");
    expect(closed.text).toContain("số 2 Bùi Đức Anh — Lao động tiên tiến: 1 đồng ý, 1 không đồng ý, 1 không biểu quyết");
    expect(statSync(`${test.databaseUrl}-wal`).size).toBe(0);
    // any copy taken after the close, even read with the key, holds none of the sealed ballots
    const after = Buffer.concat([readFileSync(test.databaseUrl), readBytes(`${test.databaseUrl}-wal`)]);
    for (const { sealed: hex } of sealed) {
      expect(after.includes(Buffer.from(hex, "hex").subarray(12, 40))).toBe(false);
    }
    expect(sqlite.prepare("select count(*) as n from sealed_ballots").get()).toEqual({ n: 0 });
  });

  it("keeps every cast ballot across a restart in the middle of a session", async () => {
    await openTwoNominations();
    await vote(test, actAs(test, "Phạm Văn Hùng"), 1, { 1: "a", 2: "r" });
    await vote(test, actAs(test, "Lê Thị Mai"), 1, { 1: "a", 2: "x" });
    test = test.restart();
    await vote(test, actAs(test, "Nguyễn Văn Tâm"), 1, { 1: "r", 2: "a" });
    expect((await say(test, actAs(test, "Phạm Văn Hùng"), { action: "vote:open:1" })).text).toContain("Bạn đã bỏ phiếu ở phiên xét 1");
    const closed = await say(test, actAs(test, "Trịnh Văn Sơn"), { action: "sessions:closeok:1" });
    expect(closed.text).toContain("Có 3/6 thành viên Hội đồng bỏ phiếu");
    expect(test.app.services.ballots.items(1)).toMatchObject([
      { approve: 2, reject: 1, abstain: 0 },
      { approve: 1, reject: 1, abstain: 1 },
    ]);
  });

  it("refuses to start with a changed or missing key, and changes nothing", async () => {
    await openTwoNominations();
    // three ballots, so the close may count them (MIN_BALLOTS_FOR_COUNTS) and the quorum (3 of 6) is met
    for (const name of ["Phạm Văn Hùng", "Lê Thị Mai", "Nguyễn Văn Tâm"]) await vote(test, actAs(test, name), 1, { 1: "a", 2: "r" });
    const keyFile = ballotKeyFile(test.databaseUrl);
    // the terminal chat's key file: beside the database, readable by its owner only
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const original = readFileSync(keyFile, "utf8");
    test.app.close();
    const other = Buffer.alloc(32, 9).toString("base64");
    expect(() => createTestApp({ dir: test.dir, seedDemo: false, config: { BALLOT_KEY: other } })).toThrow(
      /BALLOT_KEY is not the key this database was used with/,
    );
    writeFileSync(keyFile, `${other}\n`);
    expect(() => createTestApp({ dir: test.dir, seedDemo: false })).toThrow(/not the key this database was used with/);
    writeFileSync(keyFile, "");
    expect(() => createTestApp({ dir: test.dir, seedDemo: false })).toThrow(/does not hold 32 bytes/);
    rmSync(keyFile);
    expect(() => createTestApp({ dir: test.dir, seedDemo: false })).toThrow(/key file .* is missing/);
    expect(existsSync(keyFile)).toBe(false);
    // the original key opens everything, and the ballot cast before is counted
    writeFileSync(keyFile, original);
    test = createTestApp({ dir: test.dir, seedDemo: false });
    expect(keyCheckValue(Buffer.from(original, "base64"), "BALLOT_KEY")).toMatch(/^[0-9a-f]{16}$/);
    await say(test, actAs(test, "Trịnh Văn Sơn"), { action: "sessions:closeok:1" });
    expect(test.app.services.ballots.items(1)).toMatchObject([{ approve: 3 }, { reject: 3 }]);
    // with nothing sealed any more, a new key loses nothing: it is taken, and the change logged
    test.app.close();
    test = createTestApp({ dir: test.dir, seedDemo: false, config: { BALLOT_KEY: other } });
    expect(test.logLines.join("\n")).toContain("no ballot was sealed under that one");
  });
});

describe("upgrading a database from before sealed ballots", () => {
  it("seals the plaintext lines of an open session and deletes those of closed ones, losing no vote", async () => {
    await openTwoNominations();
    const db = test.app.db.$client;
    // what the older version left: plaintext lines under random ids, for a session still open
    db.prepare(
      "insert into ballots (id, session_id, nomination_id, choice) values (?, 1, 1, 'approve'), (?, 1, 1, 'reject'), (?, 1, 2, 'abstain')",
    ).run(91_000_001, 91_000_002, 91_000_003);
    // and the record that three members voted, so the close may count (quorum, and MIN_BALLOTS_FOR_COUNTS)
    for (const name of ["Phạm Văn Hùng", "Lê Thị Mai", "Nguyễn Văn Tâm"])
      db.prepare("insert into session_voters (session_id, person_id, voted_at) values (1, ?, 0)").run(
        test.app.services.directory.findOnePerson(name).id,
      );
    test = test.restart();
    const after = test.app.db.$client;
    expect(after.prepare("select count(*) as n from ballots").get()).toEqual({ n: 0 });
    expect(after.prepare("select count(*) as n from sealed_ballots").get()).toEqual({ n: 3 });
    expect(test.logLines.join("\n")).toContain("plaintext ballot lines from an older version");
    await say(test, actAs(test, "Trịnh Văn Sơn"), { action: "sessions:closeok:1" });
    expect(test.app.services.ballots.items(1)).toMatchObject([
      { approve: 1, reject: 1, abstain: 0 },
      { approve: 0, reject: 0, abstain: 1 },
    ]);
  });
});
