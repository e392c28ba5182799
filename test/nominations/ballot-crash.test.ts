// Casting ballots in a process killed with SIGKILL at random moments, again and again: a voter row never exists
// without its sealed ballot nor a sealed ballot without its voter row, no cast ballot is lost, and the tally at
// the close is exactly what was cast.
import { type ChildProcess, fork } from "node:child_process";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BALLOT_CHOICES } from "../../src/core/nominations/types";
import { createTestApp, type TestApp } from "../support/harness";
import { seededChoices } from "../support/seed";
import { proposeAsSecretary } from "./support";

const SESSIONS = 4;
let test: TestApp;
let child: ChildProcess | null = null;
afterEach(() => {
  child?.kill("SIGKILL");
  test.close();
});

function startChild(random: () => number): Promise<"done" | "killed"> {
  const started = fork(join(import.meta.dirname, "../support/ballot-child.ts"), [], {
    env: { ...process.env, DATABASE_URL: test.databaseUrl },
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  child = started;
  return new Promise((resolve) => {
    started.on("message", (m) => {
      // once it is casting, kill it after a random moment (a cast commits every few milliseconds)
      if (m === "started") setTimeout(() => started.kill("SIGKILL"), 2 + random() * 30);
    });
    started.on("exit", (_code, signal) => resolve(signal === "SIGKILL" ? "killed" : "done"));
  });
}

describe("casting ballots under kill -9", () => {
  it("keeps voter rows and sealed ballots in step, loses no cast ballot, and counts exactly", async () => {
    test = createTestApp();
    const random = seededChoices("kill moments");
    const staff = ["Vũ Thị Lan", "Bùi Đức Anh", "Nguyễn Văn An", "Phan Thị Bích", "Lý Thị Ngọc", "Hồ Thị Duyên", "Cao Văn Phúc", "Ngô Thị Thu"];
    const { ballots, directory } = test.app.services;
    const secretary = directory.findOnePerson("Trịnh Văn Sơn");
    for (const name of staff.slice(0, SESSIONS)) {
      const nomination = await proposeAsSecretary(test, name, "LDTT");
      await ballots.open(secretary, { title: `Phiên ${name}`, nominationIds: [nomination.id], endsAt: new Date("2026-01-20T00:00:00Z") });
    }
    test.app.close();
    const db = () => test.app.db.$client;
    const inStep = () =>
      db()
        .prepare(
          "select s.id, (select count(*) from session_voters v where v.session_id = s.id) as voters, (select count(*) from sealed_ballots b where b.box = 'review_session:' || s.id) as sealed from review_sessions s",
        )
        .all() as Array<{ id: number; voters: number; sealed: number }>;

    let kills = 0;
    const progress: number[] = [];
    for (let round = 0; round < 3; round++) {
      const outcome = await startChild(random);
      test = createTestApp({ dir: test.dir, seedDemo: false, clock: test.clock });
      const rows = inStep();
      for (const row of rows) expect(row.voters, `session ${row.id} after round ${round}`).toBe(row.sealed);
      progress.push(rows.reduce((sum, r) => sum + r.voters, 0));
      test.app.close();
      if (outcome === "done") break;
      kills++;
    }
    expect(kills, `ballots cast after each round: ${progress.join(", ")}`).toBeGreaterThan(0);
    // one last run finishes whatever the kills interrupted
    expect(await startChildToEnd()).toBe("done");
    test = createTestApp({ dir: test.dir, seedDemo: false, clock: test.clock });
    const members = test.app.services.directory.withRole("council").length;
    for (const session of await test.app.services.ballots.openSessions()) {
      const result = await test.app.services.ballots.close(test.app.services.directory.findOnePerson("Trịnh Văn Sơn"), session.id);
      const expected = { approve: 0, reject: 0, abstain: 0 };
      for (let m = 0; m < members; m++) expected[BALLOT_CHOICES[(m + session.id) % 3] as keyof typeof expected]++;
      expect(result.session.voterCount).toBe(members);
      expect(result.items[0]).toMatchObject(expected);
    }
    expect(db().prepare("select count(*) as n from sealed_ballots").get()).toEqual({ n: 0 });
  }, 120_000);
});

function startChildToEnd(): Promise<"done" | "killed"> {
  const started = fork(join(import.meta.dirname, "../support/ballot-child.ts"), [], {
    env: { ...process.env, DATABASE_URL: test.databaseUrl },
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  child = started;
  return new Promise((resolve) => started.on("exit", (_code, signal) => resolve(signal === "SIGKILL" ? "killed" : "done")));
}
