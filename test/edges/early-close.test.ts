// Closing a session early with one or two ballots: the lone ballot used to be published to every member as "1 đồng
// ý, 0 không đồng ý…", and reopening revealed each member in turn. Now counts are published only when the session
// met its quorum and holds at least MIN_BALLOTS_FOR_COUNTS ballots; below that, every platform's members, the
// secretary, the database and the minutes learn only how many voted and that nothing passed.
import JSZip from "jszip";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MIN_BALLOTS_FOR_COUNTS } from "../../src/core/ballots/tally";
import { openSession, proposeAsSecretary, vote } from "../nominations/support";
import { actAs, createTestApp, say, type TestApp } from "../support/harness";
import { type SlackTest, startSlackTest } from "../support/slack-harness";
import { startTelegramTest, type TelegramTest, USERS } from "../support/telegram-harness";
import { startZaloTest, type ZaloTest } from "../support/zalo-harness";

const COUNTS = /\d+\s*(đồng ý|không đồng ý|không biểu quyết|for|against|abstaining)\b/;
const hungOnZalo = { id: "5c4b3a29180716f5e4d3", display_name: "Phạm Văn Hùng" };
const TAM_ON_SLACK = "U0TAM0001";

let test: TestApp;
let z: ZaloTest;
let tg: TelegramTest;
let slack: SlackTest;
beforeEach(async () => {
  test = createTestApp();
  z = await startZaloTest({ test });
  tg = await startTelegramTest({ test });
  slack = await startSlackTest({ test });
  z.link("Phạm Văn Hùng", hungOnZalo);
  tg.link("Lê Thị Mai", USERS.lan);
  slack.link("Nguyễn Văn Tâm", TAM_ON_SLACK);
});
afterEach(async () => {
  await slack.close();
  await tg.close();
  await z.close();
});

const son = () => actAs(test, "Trịnh Văn Sơn");

/** The visible text of a session's minutes (.docx), every w:t run in order, read with JSZip. */
async function minutesText(sessionId: number): Promise<string> {
  const reply = await say(test, son(), { action: `documents:minutes:${sessionId}` });
  const file = reply.replies.flatMap((r) => r.blocks).find((b) => b.type === "file");
  if (file?.type !== "file") throw new Error(`no minutes: ${reply.text}`);
  const xml = (await (await JSZip.loadAsync(file.data)).file("word/document.xml")?.async("string")) ?? "";
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
}
const slackTexts = () => slack.api.callsOf("chat.postMessage").map((c) => JSON.stringify(c.params));

async function closeWith(voters: string[], sessionId: number): Promise<string> {
  for (const name of voters) await vote(test, actAs(test, name), sessionId, { 1: "a" });
  const closed = await say(test, son(), { action: `sessions:closeok:${sessionId}` });
  // the result reaches members on every platform
  await z.api.waitFor(() => z.api.lastText(hungOnZalo.id).includes(`Kết quả phiên xét ${sessionId}`));
  await tg.api.waitFor(() => tg.api.lastText(USERS.lan.id).includes(`Kết quả phiên xét ${sessionId}`));
  await slack.api.waitFor(() => slackTexts().some((t) => t.includes(`Kết quả phiên xét ${sessionId}`)));
  return closed.text;
}

describe("an early close below the floor", () => {
  it("publishes no count with one ballot, nor with two after reopening, on any platform, in the database or the minutes", async () => {
    expect(MIN_BALLOTS_FOR_COUNTS).toBe(3);
    await proposeAsSecretary(test, "Vũ Thị Lan", "LDTT");
    await openSession(test, son(), [1]);
    const first = await closeWith(["Lê Thị Mai"], 1);
    expect(first).toContain("Chỉ 1/6 thành viên bỏ phiếu");
    expect(first).toContain("không đề nghị nào được thông qua");
    expect(first).toContain("Số 1 Vũ Thị Lan — Lao động tiên tiến: chưa được xét, trở lại danh sách chờ");

    // reopened, two members vote (still short of the quorum of 3 of 6), closed early again
    await openSession(test, son(), [1]);
    const second = await closeWith(["Lê Thị Mai", "Phạm Văn Hùng"], 2);
    expect(second).toContain("Chỉ 2/6 thành viên bỏ phiếu");

    for (const text of [first, second, z.api.lastText(hungOnZalo.id), tg.api.lastText(USERS.lan.id), ...slackTexts()])
      expect(text).not.toMatch(COUNTS);
    const stored = test.app.db.$client.prepare("select approve, reject, abstain, passed from session_items").all();
    expect(stored).toEqual([
      { approve: null, reject: null, abstain: null, passed: 0 },
      { approve: null, reject: null, abstain: null, passed: 0 },
    ]);
    // the nomination is back in the pool, for a session that can decide
    expect(test.app.services.nominations.get(1).status).toBe("proposed");
    // the minutes: who took part and that nothing was counted, no count in the table
    const minutes = await minutesText(2);
    expect(minutes).toContain("số phiếu từng đề nghị không được kiểm và không ghi vào biên bản");
    expect(minutes).toContain("Chưa xét, trở lại danh sách chờ");
    expect(minutes).not.toContain("Đạt");
  });

  it("with a quorum but fewer than three ballots (a council of four), still passes nothing and counts nothing", async () => {
    for (const name of ["Đặng Quốc Bảo", "Hoàng Văn Long"])
      test.app.services.directory.revoke(null, test.app.services.directory.findOnePerson(name).id, "council");
    await proposeAsSecretary(test, "Vũ Thị Lan", "LDTT");
    await openSession(test, son(), [1]);
    const text = await closeWith(["Lê Thị Mai", "Phạm Văn Hùng"], 1);
    expect(text).toContain("Có 2/4 thành viên bỏ phiếu, ít hơn 3 phiếu");
    expect(text).toContain("lựa chọn của phần mềm");
    expect(text).not.toMatch(COUNTS);
    expect(test.app.services.nominations.get(1).status).toBe("proposed");
  });

  it("publishes the counts once the session met its quorum with three ballots", async () => {
    await proposeAsSecretary(test, "Vũ Thị Lan", "LDTT");
    await openSession(test, son(), [1]);
    const text = await closeWith(["Lê Thị Mai", "Phạm Văn Hùng", "Nguyễn Văn Tâm"], 1);
    expect(text).toContain("3 đồng ý, 0 không đồng ý, 0 không biểu quyết");
  });

  it("says in /rules what happens below the floor, as the software's choice and not the law", async () => {
    const rules = await say(test, son(), "/rules 2026");
    expect(rules.text).toContain("Lựa chọn của phần mềm, không phải quy định pháp luật");
    expect(rules.text).toContain("có ít nhất 3 phiếu");
  });

  it("deletes at start the counts an older version stored for a session closed without a quorum", async () => {
    await proposeAsSecretary(test, "Vũ Thị Lan", "LDTT");
    await openSession(test, son(), [1]);
    await closeWith(["Lê Thị Mai"], 1);
    // what the older version left: the lone ballot's count, stored
    test.app.db.$client.prepare("update session_items set approve = 1, reject = 0, abstain = 0").run();
    const again = createTestApp({ dir: test.dir, seedDemo: false });
    try {
      expect(again.app.db.$client.prepare("select approve, reject, abstain from session_items").all()).toEqual([
        { approve: null, reject: null, abstain: null },
      ]);
      expect(again.logLines.some((l) => l.includes("counts of sessions closed without a quorum"))).toBe(true);
    } finally {
      again.close();
    }
  });
});
