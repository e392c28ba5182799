// The council's secret ballot and the full path from proposal to decision, on a real SQLite file.
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actAs, actions, announcedDeliveries, createTestApp, say, type TestApp } from "../support/harness";
import { nominatePerson, openSession, proposeAsSecretary, vote } from "./support";

let test: TestApp;
beforeEach(() => {
  test = createTestApp();
});
afterEach(() => test.close());

const MEMBERS = ["Phạm Văn Hùng", "Lê Thị Mai", "Nguyễn Văn Tâm"];

describe("review sessions and the secret ballot", () => {
  it("takes a nomination from proposal through a vote of three members to a decision", async () => {
    const told: Array<{ to: string; key: string }> = [];
    test.app.observeNotifications((id, reply) => {
      const block = reply.blocks[0];
      told.push({ to: test.app.services.directory.getPerson(id).fullName, key: block && "text" in block ? block.text.key : (block?.type ?? "") });
    });
    const long = actAs(test, "Hoàng Văn Long");
    await nominatePerson(test, long, "Vũ Thị Lan", 1);
    const son = actAs(test, "Trịnh Văn Sơn");
    const dossiers = await say(test, son, { action: "nominations:dossiers:0" });
    expect(dossiers.text).toContain("Danh sách hồ sơ đề nghị trình Hội đồng: 1 hồ sơ");
    const xlsx = dossiers.replies.flatMap((r) => r.blocks).find((b) => b.type === "file" && b.fileName.endsWith(".xlsx"));
    expect(xlsx && xlsx.type === "file" ? xlsx.data.byteLength : 0).toBeGreaterThan(1000);
    const opened = await openSession(test, son, [1]);
    expect(opened.text).toContain("Đã mở phiên xét số 1. Phiếu bầu đã gửi đến 6 thành viên Hội đồng");
    expect(
      told
        .filter((t) => t.key === "ballot-invitation")
        .map((t) => t.to)
        .sort(),
    ).toEqual(["Hoàng Văn Long", "Lê Thị Mai", "Nguyễn Văn Tâm", "Phạm Văn Hùng", "Trịnh Văn Sơn", "Đặng Quốc Bảo"].sort());

    const hung = actAs(test, MEMBERS[0] as string);
    const ballot = await say(test, hung, "/vote");
    expect(ballot.text).toContain("Phiếu bầu kín — phiên 1");
    expect(ballot.text).toContain("Số 1 — Vũ Thị Lan — Lao động tiên tiến: (chưa chọn)");
    await say(test, hung, { action: "vote:p:1.1.a" });
    const review = await say(test, hung, { action: "vote:review:1" });
    expect(review.text).toContain("Sau khi bỏ phiếu, bạn không sửa được nữa");
    expect(actions(review.replies)).toEqual(["vote:cast:1", "vote:open:1"]);
    expect((await say(test, hung, { action: "vote:cast:1" })).text).toContain("Đã bỏ phiếu của bạn vào phiên 1");
    await vote(test, actAs(test, MEMBERS[1] as string), 1, { 1: "a" });
    await vote(test, actAs(test, MEMBERS[2] as string), 1, { 1: "r" });

    // before the close: turnout only, no tally, for anybody
    const during = await say(test, son, "/sessions");
    expect(during.text).toContain("3/6 thành viên đã bỏ phiếu");
    expect((await say(test, son, { action: "sessions:result:1" })).text).toContain("kết quả chỉ có sau khi kết thúc phiên");

    const closed = await say(test, son, { action: "sessions:closeok:1" });
    expect(closed.text).toContain("Có 3/6 thành viên Hội đồng bỏ phiếu");
    expect(closed.text).toContain("ĐƯỢC THÔNG QUA — số 1 Vũ Thị Lan — Lao động tiên tiến: 2 đồng ý, 1 không đồng ý, 0 không biểu quyết");
    expect(test.app.services.nominations.get(1).status).toBe("approved");

    told.length = 0;
    // the decision is recorded once signed, on 20/01
    test.clock.set("2026-01-20T09:00:00Z");
    await say(test, son, "/decide");
    await say(test, son, "1");
    await say(test, son, { action: "f:done" });
    await say(test, son, "125/QĐ-SNV");
    await say(test, son, "20/01/2026");
    await say(test, son, "Phạm Văn Hùng, Giám đốc Sở");
    const decided = await say(test, son, { action: "f:ok" });
    expect(decided.text).toContain("Đã ghi quyết định số 125/QĐ-SNV cho 1 trường hợp");
    expect(test.app.services.nominations.get(1)).toMatchObject({ status: "decided", decisionNo: "125/QĐ-SNV", decisionDate: "2026-01-20" });
    const congratulated = told.filter((t) => t.key === "decision-notify").map((t) => t.to);
    expect(congratulated.sort()).toEqual(["Hoàng Văn Long", "Vũ Thị Lan"].sort());
    // the decision is announced to everyone through the announcement outbox: one delivery per person
    expect(announcedDeliveries(test, "decision-announce-title")).toBe(20);

    const list = await say(test, son, "/nominations decided");
    expect(list.text).toContain("Quyết định số 125/QĐ-SNV, người ký: Phạm Văn Hùng, Giám đốc Sở");
    const exported = await say(test, son, { action: "nominations:decisions:0" });
    const csv = exported.replies.flatMap((r) => r.blocks).find((b) => b.type === "file" && b.fileName.endsWith(".csv"));
    const csvText = Buffer.from(csv && csv.type === "file" ? csv.data : new Uint8Array()).toString("utf8");
    expect(csvText).toContain("STT");
    expect(csvText).toContain("Số quyết định");
    expect(csvText).toContain("125/QĐ-SNV,20/01/2026");
  });

  it("refuses a second ballot, a ballot after the close, and a ballot from a non-member", async () => {
    await proposeAsSecretary(test, "Vũ Thị Lan", "LDTT");
    const son = actAs(test, "Trịnh Văn Sơn");
    await openSession(test, son, [1]);
    const hung = actAs(test, "Phạm Văn Hùng");
    await vote(test, hung, 1, { 1: "a" });
    expect((await say(test, hung, { action: "vote:open:1" })).text).toContain("Bạn đã bỏ phiếu ở phiên xét 1");
    expect((await say(test, hung, { action: "vote:cast:1" })).text).toContain("Bạn đã bỏ phiếu ở phiên xét 1");

    // a ballot button pressed in a group chat shows nothing there
    const mai = actAs(test, "Lê Thị Mai");
    const inGroup = await say(test, { ...mai, chatId: "group-1", chatKind: "group" }, { action: "vote:open:1" });
    expect(inGroup.text).toContain("chỉ dùng trong tin nhắn riêng");
    expect(inGroup.text).not.toContain("Vũ Thị Lan");

    const lan = actAs(test, "Vũ Thị Lan");
    // not on the session's list of voters: refused, whichever button is forged
    expect((await say(test, lan, { action: "vote:open:1" })).text).toContain("Bạn không có tên trong danh sách bỏ phiếu của phiên xét 1");
    expect((await say(test, lan, { action: "vote:p:1.1.a" })).text).toContain("Bạn không có tên trong danh sách bỏ phiếu của phiên xét 1");

    // granted the council role after the session opened: not in this session's electorate
    test.app.services.directory.grant(null, test.app.services.directory.findOnePerson("Ngô Thị Thu").id, "council");
    const thu = actAs(test, "Ngô Thị Thu");
    expect((await say(test, thu, { action: "vote:open:1" })).text).toContain("Bạn không có tên trong danh sách bỏ phiếu của phiên xét 1");

    // the end time passes: the next interaction closes the session first
    await say(test, mai, { action: "vote:open:1" });
    await say(test, mai, { action: "vote:p:1.1.r" });
    test.clock.set("2026-01-06T17:00:01Z");
    expect((await say(test, mai, { action: "vote:cast:1" })).text).toContain("Phiên xét 1 đã kết thúc");
    const session = test.app.services.ballots.get(1);
    expect(session).toMatchObject({ status: "closed", voterCount: 1, quorumMet: false });
    expect(test.app.services.nominations.get(1).status).toBe("proposed");
  });

  it("closes due sessions when the scheduler calls closeDueSessions", async () => {
    await proposeAsSecretary(test, "Vũ Thị Lan", "LDTT");
    await openSession(test, actAs(test, "Trịnh Văn Sơn"), [1]);
    for (const name of MEMBERS) await vote(test, actAs(test, name), 1, { 1: "a" });
    expect(await test.app.services.ballots.closeDueSessions(new Date("2026-01-06T12:00:00Z"))).toEqual([]);
    expect(await test.app.services.ballots.closeDueSessions(new Date("2026-01-06T17:00:00Z"))).toEqual([1]);
    expect(test.app.services.ballots.items(1)).toMatchObject([{ approve: 3, reject: 0, abstain: 0, passed: true }]);
  });

  it("votes on a 2023 CSTĐCS by the agency's default, since Nghị định 91/2017 set no threshold for it", async () => {
    for (const name of ["Vũ Thị Lan", "Bùi Đức Anh", "Nguyễn Văn An", "Phan Thị Bích", "Lý Thị Ngọc", "Hồ Thị Duyên", "Cao Văn Phúc"]) {
      await proposeAsSecretary(test, name, "LDTT");
    }
    const cstdcs = await proposeAsSecretary(test, "Vũ Thị Lan", "CSTDCS");
    await openSession(test, actAs(test, "Trịnh Văn Sơn"), [cstdcs.id]);
    // four of six members approve: more than half of the ballots cast (the 80% of all members came in 2024)
    for (const name of [...MEMBERS, "Đặng Quốc Bảo"]) await vote(test, actAs(test, name), 1, { [cstdcs.id]: "a" });
    const closed = await say(test, actAs(test, "Trịnh Văn Sơn"), { action: "sessions:closeok:1" });
    expect(closed.text).toContain("ĐƯỢC THÔNG QUA — số 8 Vũ Thị Lan — Chiến sĩ thi đua cơ sở: 4 đồng ý");
    expect(closed.text).toContain("cần trên 50% số phiếu bầu");
  });

  it("leaves no link from any ballot to a member anywhere in the database after the close", async () => {
    await proposeAsSecretary(test, "Vũ Thị Lan", "LDTT");
    await proposeAsSecretary(test, "Bùi Đức Anh", "LDTT");
    await openSession(test, actAs(test, "Trịnh Văn Sơn"), [1, 2]);
    await vote(test, actAs(test, "Phạm Văn Hùng"), 1, { 1: "a", 2: "r" });
    await vote(test, actAs(test, "Lê Thị Mai"), 1, { 1: "r", 2: "x" });
    await vote(test, actAs(test, "Nguyễn Văn Tâm"), 1, { 1: "a", 2: "a" });
    await say(test, actAs(test, "Trịnh Văn Sơn"), { action: "sessions:closeok:1" });
    test.app.close();

    const db = new Database(test.databaseUrl, { readonly: true });
    try {
      const tables = (db.prepare("select name from sqlite_master where type = 'table'").all() as Array<{ name: string }>).map((t) => t.name);
      // the sealed ballots were opened, counted and deleted at the close: no ballot remains in any form
      expect(db.prepare("select count(*) as n from sealed_ballots").get()).toEqual({ n: 0 });
      // no choice is written anywhere else: not in the audit log, not in a half-filled form, nowhere
      for (const table of tables) {
        const rows = db.prepare(`select * from "${table}"`).all() as Array<Record<string, unknown>>;
        for (const value of rows.flatMap((row) => Object.values(row))) {
          expect(String(value), table).not.toMatch(/\b(approve|reject|abstain)\b|vote:p:/);
        }
      }
      const voted = db.prepare("select actor_person_id, details from audit_log where action = 'session.voted'").all() as Array<{ details: unknown }>;
      expect(voted).toHaveLength(3);
      for (const entry of voted) expect(entry.details).toBeNull();
      // what is kept: who voted (not how), and the tally
      expect(db.prepare("select count(*) as n from session_voters").get()).toEqual({ n: 3 });
      expect(db.prepare("select nomination_id, approve, reject, abstain from session_items order by nomination_id").all()).toEqual([
        { nomination_id: 1, approve: 2, reject: 1, abstain: 0 },
        { nomination_id: 2, approve: 1, reject: 1, abstain: 1 },
      ]);
      expect(db.prepare("select count(*) as n from dialog_states").get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
    // reopen so afterEach can close and remove it
    test = createTestApp({ seedDemo: false, dir: test.dir });
  });
});
