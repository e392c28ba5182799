// An anonymous case read as an adversary would: copies of the database and its -wal taken after every step of
// the Telegram flow, every commit replayed, every row the flow added or changed searched for a time finer than
// the day. The attack recovered the Confirm press's time within 8 ms from a dedupe row's seen_at.
import { readFileSync, statSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startSlackTest } from "../support/slack-harness";
import { stateValue } from "../support/slack-requests";
import { startTelegramTest, type TelegramTest, USERS } from "../support/telegram-harness";
import { addedRows, type Rows, readBytes, readImage, replayWal } from "../support/wal-replay";

let tg: TelegramTest;
const { lan } = USERS;
const DAY_MS = 86_400_000;

/**
 * Values in a row that look like an instant finer than a day: ms or s since 1970 near now, or a time of day standing
 * alone ("09:41", "2026-01-05T09") — not two digits either side of a colon inside a hex salt:hash.
 */
function fineTimes(row: string, around: number[]): string[] {
  const found: string[] = [];
  for (const value of Object.values(JSON.parse(row) as Record<string, unknown>)) {
    if (typeof value === "number") {
      for (const t of around) {
        const ms = Math.abs(value - t) < 3 * DAY_MS ? value : Math.abs(value * 1000 - t) < 3 * DAY_MS ? value * 1000 : null;
        if (ms !== null && ms % DAY_MS !== 0) found.push(String(value));
      }
    } else if (typeof value === "string" && /\b\d{1,2}:\d{2}\b|\d{4}-\d{2}-\d{2}[T ]\d{2}/.test(value)) found.push(value);
  }
  return found;
}

type Copy = { main: Buffer; wal: Buffer };

/** Every state any copy shows: each copy's main file, and each commit its WAL holds. */
function statesOf(copies: Copy[], dir: string): Rows[] {
  const states: Rows[] = [];
  copies.forEach(({ main, wal }, i) => {
    states.push(readImage(main, dir, `c${i}.sqlite`));
    for (const [j, image] of replayWal(main, wal).entries()) states.push(readImage(image, dir, `c${i}-${j}.sqlite`));
  });
  return states;
}

/** The values finer than a day in every row that appeared after the first state. */
function finerThanDay(states: Rows[], around: number[]): string[] {
  const seen = new Set(states[0] ? Object.values(states[0]).flat() : []);
  const offending: string[] = [];
  for (const state of states.slice(1)) {
    for (const [table, rows] of Object.entries(state)) {
      for (const row of rows) {
        if (seen.has(row)) continue;
        seen.add(row);
        for (const value of fineTimes(row, around)) offending.push(`${table}: ${value} in ${row}`);
      }
    }
  }
  return offending;
}

describe("an anonymous case against a reader of the database files", () => {
  beforeEach(async () => {
    tg = await startTelegramTest();
    tg.link("Vũ Thị Lan", USERS.lan);
  });
  afterEach(async () => tg.close());

  it("leaves no time finer than the day in any commit of the flow, and an empty WAL after it", async () => {
    const { api } = tg;
    const sqlite = tg.test.app.db.$client;
    sqlite.pragma("wal_autocheckpoint = 0");
    sqlite.pragma("wal_checkpoint(TRUNCATE)");
    const copies: Copy[] = [];
    const snapshot = () => copies.push({ main: readFileSync(tg.test.databaseUrl), wal: readBytes(`${tg.test.databaseUrl}-wal`) });
    snapshot();

    // /tocao has chosen the kind: the first question is the content
    api.sendText(lan, "/tocao");
    await api.waitFor(() => api.lastText(lan.id).includes("Hãy viết nội dung"));
    snapshot();
    api.sendText(lan, "Danh sách đề nghị của phòng có người không đủ tiêu chuẩn.");
    await api.waitFor(() => api.lastText(lan.id).includes("Ẩn danh"));
    snapshot();
    api.pressLabel(lan, lan.id, "Ẩn danh");
    await api.waitFor(() => api.lastText(lan.id).includes("Kiểm tra lại"));
    snapshot();
    api.pressLabel(lan, lan.id, "Xác nhận");
    await api.waitFor(() => api.chat(lan.id).some((m) => m.text.includes("Mã biên nhận của bạn")));
    // the case is saved: the WAL has been folded in and truncated
    expect(statSync(`${tg.test.databaseUrl}-wal`).size).toBe(0);
    snapshot();
    api.pressLabel(lan, lan.id, "Tôi đã chép mã");
    await api.waitFor(() => api.lastText(lan.id).includes("Đã xoá nội dung đơn"));
    snapshot();
    expect(sqlite.prepare("select count(*) as n from cases where anonymous = 1").get()).toEqual({ n: 1 });

    const states = statesOf(copies, tg.test.dir);
    expect(states.length).toBeGreaterThan(copies.length);
    expect(finerThanDay(states, [Date.now(), tg.test.clock.now().getTime()])).toEqual([]);
    // the flow did write: the dedupe records of its updates, the case itself
    const last = states.at(-1) as Rows;
    expect(last.seen_requests?.length).toBeGreaterThan(4);
    expect(last.cases).toHaveLength(1);
    expect(addedRows(states[0] as Rows, last).sealed_ballots).toBeUndefined();
  });
});

describe("an anonymous case on Slack against a reader of the database files", () => {
  it("the modal flow's requests leave no time finer than the day either", async () => {
    const s = await startSlackTest();
    try {
      s.link("Vũ Thị Lan", "ULAN");
      const sqlite = s.test.app.db.$client;
      sqlite.pragma("wal_autocheckpoint = 0");
      sqlite.pragma("wal_checkpoint(TRUNCATE)");
      const copies: Copy[] = [];
      const snapshot = () => copies.push({ main: readFileSync(s.test.databaseUrl), wal: readBytes(`${s.test.databaseUrl}-wal`) });
      snapshot();
      await s.slackRequest.slashCommand({ user: "ULAN", text: "complain" });
      await s.api.waitFor(() => s.api.lastModal("ULAN") !== undefined);
      snapshot();
      const modal = s.api.lastModal("ULAN") as { id: string; view: Record<string, unknown> };
      const answered = await s.slackRequest.viewSubmission({
        user: "ULAN",
        viewId: modal.id,
        callbackId: String(modal.view.callback_id),
        privateMetadata: String(modal.view.private_metadata),
        values: {
          kind: { v: stateValue.select("denunciation") },
          content: { v: stateValue.text("Việc bình xét danh hiệu của phòng không công khai danh sách.") },
          identity: { v: stateValue.select("anonymous") },
        },
      });
      snapshot();
      const push = answered.json as { view: { callback_id: string; private_metadata: string } };
      await s.slackRequest.viewSubmission({
        user: "ULAN",
        viewId: "VCONFIRM",
        callbackId: push.view.callback_id,
        privateMetadata: push.view.private_metadata,
        values: {},
      });
      await s.api.waitFor(() => s.api.receivedText("ULAN").includes("Mã biên nhận"));
      expect(statSync(`${s.test.databaseUrl}-wal`).size).toBe(0);
      snapshot();
      await s.slackRequest.blockAction({ user: "ULAN", actionId: "act_0_0", value: "complain:saved:0" });
      await s.api.waitFor(() => s.api.receivedText("ULAN").includes("Đã xoá nội dung đơn"));
      snapshot();
      const states = statesOf(copies, s.test.dir);
      expect(finerThanDay(states, [Date.now(), s.test.clock.now().getTime()])).toEqual([]);
      const last = states.at(-1) as Rows;
      expect(last.seen_requests?.length).toBeGreaterThanOrEqual(4);
      expect(last.cases).toHaveLength(1);
    } finally {
      s.close();
    }
  });
});
