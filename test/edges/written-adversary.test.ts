// An absent member's written opinion read as an adversary would: a copy of the database file and its -wal taken at
// each step of /written (the summary on screen, the opinion recorded, a form abandoned half-way) shows no member
// with a choice. The form lives in memory only, the recording is sealed like a cast ballot and the WAL truncated
// after it; drafts an older version left in dialog_states are wiped at start.
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MEMORY_DRAFT_LIFETIME_MS } from "../../src/engine/dialog-store";
import { openSession, proposeAsSecretary, vote } from "../nominations/support";
import { actAs, createTestApp, say, type TestApp } from "../support/harness";

let test: TestApp;
beforeEach(() => {
  test = createTestApp();
});
afterEach(() => test.close());

/** What the secretary types: distinctive enough that finding it in the bytes means it was stored. */
const TYPED = "1 r, 2 a";

/** A reader's copy: the main file and its -wal as they are on disk now, and what a search of them finds. */
function copyAndSearch(label: string): { draftRows: number; found: string[] } {
  const dir = mkdtempSync(join(tmpdir(), `thidua-copy-${label}-`));
  const main = join(dir, "copy.sqlite");
  copyFileSync(test.databaseUrl, main);
  if (existsSync(`${test.databaseUrl}-wal`)) copyFileSync(`${test.databaseUrl}-wal`, `${main}-wal`);
  const bytes = Buffer.concat([readFileSync(main), existsSync(`${main}-wal`) ? readFileSync(`${main}-wal`) : Buffer.alloc(0)]).toString("latin1");
  // the typed choices, or any trace of the form's state (its JSON names the command and the ballot field)
  const found = [TYPED, '"ballot"', '"command":"written"'].filter((needle) => bytes.includes(Buffer.from(needle, "utf8").toString("latin1")));
  const db = new Database(main);
  try {
    const draftRows = db.prepare("select count(*) from dialog_states where command = 'written'").pluck().get() as number;
    const audit = db.prepare("select details from audit_log where action = 'session.written_opinion'").pluck().all() as string[];
    for (const details of audit) expect(details).not.toMatch(/approve|reject|abstain/);
    return { draftRows, found };
  } finally {
    db.close();
  }
}

async function sessionOnTwo() {
  await proposeAsSecretary(test, "Vũ Thị Lan", "LDTT");
  await proposeAsSecretary(test, "Bùi Đức Anh", "LDTT");
  await openSession(test, actAs(test, "Trịnh Văn Sơn"), [1, 2]);
}

describe("a written opinion against a reader of the database files", () => {
  it("leaves no member's choice in a copy taken at the summary, after recording, or after a form is abandoned", async () => {
    await sessionOnTwo();
    const son = actAs(test, "Trịnh Văn Sơn");
    await say(test, son, "/written");
    await say(test, son, "1");
    await say(test, son, "Đặng Quốc Bảo");
    const summary = await say(test, son, TYPED);
    expect(summary.text).toContain("không đồng ý");
    expect(copyAndSearch("summary")).toEqual({ draftRows: 0, found: [] });

    expect((await say(test, son, { action: "f:ok" })).text).toContain("Đã ghi ý kiến bằng văn bản của Đặng Quốc Bảo vào phiên 1");
    const recorded = copyAndSearch("recorded");
    expect(recorded).toEqual({ draftRows: 0, found: [] });
    // the WAL was folded in and emptied: its commit's place among others is gone from it
    expect(readFileSync(`${test.databaseUrl}-wal`).length).toBe(0);

    // another member's opinion, typed up to the summary and left there
    await say(test, son, "/written");
    await say(test, son, "1");
    await say(test, son, "Lê Thị Mai");
    await say(test, son, TYPED);
    expect(copyAndSearch("abandoned")).toEqual({ draftRows: 0, found: [] });

    // the recorded opinion is counted like any ballot at the close (with two more, so the counts may be published)
    for (const name of ["Phạm Văn Hùng", "Nguyễn Văn Tâm"]) await vote(test, actAs(test, name), 1, { 1: "a", 2: "a" });
    const closed = await say(test, son, { action: "sessions:closeok:1" });
    expect(closed.text).toContain("Trong đó 1 phiếu là ý kiến bằng văn bản");

    // the abandoned draft is wiped after its lifetime, even while the bot keeps running
    const key = `console:${son.userId}:${son.chatId}`;
    expect(test.app.dialogs.pending(key)?.command).toBe("written");
    test.clock.advance(MEMORY_DRAFT_LIFETIME_MS + 120_000);
    expect(test.app.dialogs.pending(key)).toBeNull();
  });

  it("wipes, at start, /written drafts an older version left in dialog_states, and empties the WAL", async () => {
    await sessionOnTwo();
    const bao = test.app.services.directory.findOnePerson("Đặng Quốc Bảo").id;
    const state = { command: "written", values: { session: "1", member: String(bao), ballot: TYPED }, step: -1, mode: "summary", ticked: [] };
    test.app.db.$client
      .prepare("insert into dialog_states (key, command, state, updated_at) values (?, 'written', ?, 0)")
      .run("telegram:1:1", JSON.stringify(state));
    test = test.restart();
    expect(copyAndSearch("restarted")).toEqual({ draftRows: 0, found: [] });
    expect(test.logLines.some((l) => l.includes("drafts of memory-only forms"))).toBe(true);
  });
});
