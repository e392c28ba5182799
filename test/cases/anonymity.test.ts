// Complaints, played through the real dispatcher on a real SQLite file, and read afterwards as an adversary would:
// every table and column, and every log line, searched for anything that identifies an anonymous sender.
import { createHash } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actAs, createTestApp, everyStoredValue, say, type TestApp } from "../support/harness";

let test: TestApp;
beforeEach(() => {
  test = createTestApp({ config: { CASE_SEAL_KEY: Buffer.alloc(32, 7).toString("base64") } });
});
afterEach(() => test.close());

const SENDER = { platform: "telegram" as const, userId: "777001", chatId: "777001", chatKind: "dm" as const };
const CONTENT = "Hội đồng xét khen thưởng phòng X đã bỏ qua hồ sơ đủ điều kiện của một đồng chí.";

async function fileCase(who: typeof SENDER, identity: "1" | "2", content = CONTENT) {
  await say(test, who, "/complain");
  await say(test, who, "2");
  await say(test, who, content);
  await say(test, who, identity);
  await say(test, who, { action: "f:yes" });
  const receipt = await say(test, who, { action: "f:ok" });
  const code = /([0-9A-Z]{4}(?:-[0-9A-Z]{4}){4})/.exec(receipt.text)?.[1];
  return { receipt, code: code as string };
}

const everyValue = () => everyStoredValue(test.app);

describe("anonymous cases", () => {
  it("leave nothing in the database or the logs that points to the sender", async () => {
    // the sender is a known staff member, which is exactly the case anonymity must protect
    const person = test.app.services.directory.findOnePerson("Bùi Đức Anh");
    test.app.services.directory.linkAccount(person.id, { platform: "telegram", externalId: SENDER.userId });
    const { code } = await fileCase(SENDER, "2");
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
    // the follow-up comes from another account on another platform: the bot cannot tell it is the same person
    const elsewhere = { platform: "console" as const, userId: "someone-else", chatId: "x", chatKind: "dm" as const };
    expect((await say(test, elsewhere, `/case ${code.toLowerCase()}`)).text).toContain("Chưa có trả lời");
    expect((await say(test, SENDER, `/case ${code} Bổ sung: hồ sơ nộp ngày 05/01/2024.`)).text).toContain("Đã bổ sung thông tin");
    await test.app.services.cases.sendDigest();

    const identifiers = [SENDER.userId, SENDER.chatId, person.fullName, String(person.id), "Bùi Đức Anh"];
    const derived = identifiers.flatMap((v) => [
      createHash("sha256").update(v).digest("hex"),
      createHash("sha256").update(`telegram:${v}`).digest("hex"),
    ]);
    const caseRow = test.app.db.$client.prepare("select * from cases").get() as Record<string, unknown>;
    expect(caseRow.sender_person_id).toBeNull();
    expect(caseRow.received_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // the sender asked to be told of changes: their address is there only as AES-GCM ciphertext
    expect(String(caseRow.sealed_contact)).toMatch(/^[0-9a-f]{8}\.[\w-]+\.[\w-]+\.[\w-]+$/);

    // rows that are the case's own (cases, messages, files, audit of the case, dialog states) must hold none of them
    const db = test.app.db.$client;
    const caseValues = [
      ...(db.prepare("select * from cases").all() as Array<Record<string, unknown>>),
      ...(db.prepare("select * from case_messages").all() as Array<Record<string, unknown>>),
      ...(db.prepare("select * from case_files").all() as Array<Record<string, unknown>>),
      ...(db.prepare("select * from audit_log where entity = 'case'").all() as Array<Record<string, unknown>>),
      ...(db.prepare("select * from dialog_states").all() as Array<Record<string, unknown>>),
    ].flatMap((row) => Object.values(row).map(String));
    // short ids (a person's number) are compared whole: as substrings they occur in any hash
    for (const id of [...identifiers, ...derived])
      expect(
        caseValues.filter((v) => (id.length < 6 ? v === id : v.includes(id))),
        id,
      ).toEqual([]);
    // the sender's audit rows name no one and keep only a day
    const senderAudit = db.prepare("select * from audit_log where entity = 'case'").all() as Array<{
      actor_person_id: number | null;
      actor_label: string;
      at: number;
    }>;
    expect(senderAudit.length).toBe(2);
    for (const row of senderAudit) {
      expect(row.actor_person_id).toBeNull();
      expect(row.actor_label).toBe("sender");
      expect(row.at % 86_400_000).toBe(0);
    }
    // the account link exists elsewhere (the directory), but no table holds the case text beside it
    expect(everyValue().filter((v) => v.includes(CONTENT)).length).toBe(1);
    for (const line of test.logLines) {
      for (const needle of [SENDER.userId, person.fullName, CONTENT.slice(0, 20), code]) expect(line).not.toContain(needle);
    }
  });

  it("keeps the draft of a case in memory only: a restart loses it, the database never saw it", async () => {
    await say(test, SENDER, "/complain");
    await say(test, SENDER, "2");
    await say(test, SENDER, CONTENT);
    expect(everyValue().filter((v) => v.includes(CONTENT))).toEqual([]);
    test = test.restart();
    expect((await say(test, SENDER, "2")).text).not.toContain("Kiểm tra lại");
  });

  it("is refused in a group with only a link to the private chat, and stores nothing", async () => {
    const group = { ...SENDER, chatId: "-100200", chatKind: "group" as const };
    const reply = await say(test, group, "/tocao");
    expect(reply.replies).toHaveLength(1);
    expect(reply.replies[0]?.blocks).toEqual([{ type: "dm-link", text: { key: "error-dm-only", args: { command: "tocao" } }, start: "tocao" }]);
    expect(test.app.db.$client.prepare("select count(*) as n from cases").get()).toEqual({ n: 0 });
  });

  it("refuses empty, too short and oversized content, leaving nothing behind", async () => {
    await say(test, SENDER, "/complain");
    await say(test, SENDER, "1");
    expect((await say(test, SENDER, "   ")).text).toContain("không được để trống");
    expect((await say(test, SENDER, "x".repeat(5001))).text).toContain("vượt quá 5.000");
    await say(test, SENDER, "ngắn");
    await say(test, SENDER, "2");
    await say(test, SENDER, { action: "f:no" });
    expect((await say(test, SENDER, { action: "f:ok" })).text).toContain("Nội dung quá ngắn");
    expect(test.app.db.$client.prepare("select count(*) as n from cases").get()).toEqual({ n: 0 });
  });
});

describe("receipts and handling", () => {
  it("refuses a wrong receipt, and locks out after 20 wrong tries in a row", async () => {
    const { code } = await fileCase(SENDER, "2");
    const guesser = { platform: "console" as const, userId: "guesser", chatId: "g", chatKind: "dm" as const };
    expect((await say(test, guesser, "/case AAAA-BBBB-CCCC-DDDD-EEEE")).text).toContain("Mã biên nhận không đúng");
    expect((await say(test, guesser, "/case not-a-code")).text).toContain("Mã biên nhận không đúng");
    for (let i = 0; i < 18; i++) await say(test, guesser, `/case ${code.slice(0, 5)}0000-0000-0000-000${i % 10}`);
    // even the right code is refused now
    expect((await say(test, guesser, `/case ${code}`)).text).toContain("nhập sai mã quá nhiều lần");
    test.clock.advance(61 * 60 * 1000);
    expect((await say(test, guesser, `/case ${code}`)).text).toContain("Đơn số");
  });

  it("limits one sender's submissions a day without storing who they are", async () => {
    for (let i = 0; i < 5; i++) await fileCase(SENDER, "2", `${CONTENT} (${i})`);
    const sixth = await fileCase(SENDER, "2", `${CONTENT} (6)`);
    expect(sixth.receipt.text).toContain("Hôm nay bạn đã gửi 5 đơn");
    // the refused draft is kept (in memory) at its summary: the next day it can be sent as it is
    expect(sixth.receipt.text).toContain("Mọi câu trả lời vẫn được giữ");
    test.clock.advance(24 * 3600 * 1000);
    const nextDay = await say(test, SENDER, { action: "f:ok" });
    expect(nextDay.text).toMatch(/[0-9A-Z]{4}(-[0-9A-Z]{4}){4}/);
  });

  it("takes a named case from submission to closing, with the sender told through the sealed address", async () => {
    const lan = actAs(test, "Vũ Thị Lan");
    const told: string[] = [];
    await say(test, lan, "/complain");
    await say(test, lan, "1");
    await say(test, lan, CONTENT);
    await say(test, lan, "1");
    await say(test, lan, "1");
    await say(test, lan, "02/01/2026");
    await say(test, lan, "Hội đồng Thi đua – Khen thưởng Sở Nội vụ");
    await say(test, lan, "12 Lê Lợi, phường 1");
    await say(test, lan, "0912 345 678");
    await say(test, lan, "Xem xét lại hồ sơ đề nghị khen thưởng.");
    await say(test, lan, { action: "f:yes" });
    const receipt = await say(test, lan, { action: "f:ok" });
    const code = /([0-9A-Z]{4}(?:-[0-9A-Z]{4}){4})/.exec(receipt.text)?.[1] as string;
    expect(receipt.text).toContain("ĐƠN KHIẾU NẠI");
    const sealed = (test.app.db.$client.prepare("select sealed_contact from cases").get() as { sealed_contact: string }).sealed_contact;
    expect(sealed).not.toContain(lan.userId);

    test.app.registerSender("console", async (externalId, reply) => void told.push(`${externalId}:${reply.blocks[0]?.type}`));
    const hanh = actAs(test, "Mai Thị Hạnh");
    const list = await say(test, hanh, "/cases");
    expect(list.text).toContain("2026-0001 — Khiếu nại");
    expect((await say(test, hanh, { action: "cases:open:1" })).text).toContain("Người gửi: Vũ Thị Lan");
    await say(test, hanh, { action: "cases:letter:1" });
    await say(test, hanh, "05/01/2026");
    await say(test, hanh, { action: "f:ok" });
    await say(test, hanh, { action: "cases:accept:1" });
    const asked = await say(test, hanh, { action: "cases:reply:1" });
    const typed = await say(test, hanh, "Hồ sơ đã được Hội đồng xem xét lại.");
    const done = await say(test, hanh, { action: "f:ok" });
    expect(done.text, [asked.text, typed.text, done.text].join("\n---\n")).toContain("Đã trả lời đơn số 2026-0001");
    const view = await say(test, lan, `/case ${code}`);
    expect(view.text, view.text).toContain("Trả lời: Hồ sơ đã được Hội đồng xem xét lại.");
    await say(test, hanh, { action: "cases:close:1" });
    await say(test, hanh, "Bổ sung Giấy khen theo Quyết định số 12/QĐ-SNV.");
    expect((await say(test, hanh, { action: "f:ok" })).text).toContain("Đã kết thúc đơn số 2026-0001");
    expect(told.filter((t) => t.startsWith(lan.userId))).toHaveLength(4);
    // the reply address is erased at the close, and nothing more can be added
    expect(test.app.db.$client.prepare("select sealed_contact, status from cases").get()).toEqual({ sealed_contact: null, status: "closed" });
    expect((await say(test, lan, `/case ${code} thêm nữa`)).text).toContain("đã kết thúc");
    // handler actions are audited with the handler's identity
    const audit = test.app.db.$client.prepare("select action, actor_person_id from audit_log where entity = 'case' order by id").all();
    const hanhId = test.app.services.directory.findOnePerson("Mai Thị Hạnh").id;
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: "case.accepted", actor_person_id: hanhId },
        { action: "case.result", actor_person_id: hanhId },
      ]),
    );
  });

  it("shows overdue cases to the secretary, without their content", async () => {
    // anonymous feedback: the only anonymous kind with a period (the agency's own)
    await say(test, SENDER, "/phananh");
    await say(test, SENDER, CONTENT);
    await say(test, SENDER, "2");
    await say(test, SENDER, { action: "f:no" });
    await say(test, SENDER, { action: "f:ok" });
    test.clock.advance(40 * 24 * 3600 * 1000);
    const son = actAs(test, "Trịnh Văn Sơn");
    const overdue = await say(test, son, "/cases");
    expect(overdue.text).toContain("Có 1 đơn quá hạn");
    expect(overdue.text).not.toContain(CONTENT.slice(0, 30));
    expect((await say(test, son, { action: "cases:open:1" })).text).toBe("Bạn không có quyền làm việc này: việc này dành cho Cán bộ xử lý đơn thư.");
  });
});

describe("the handler's agenda", () => {
  it("counts open cases for case handlers, with deadlines and no sender", async () => {
    await say(test, SENDER, "/phananh");
    await say(test, SENDER, CONTENT);
    await say(test, SENDER, "2");
    await say(test, SENDER, { action: "f:no" });
    await say(test, SENDER, { action: "f:ok" });
    const hanh = test.app.services.directory.findOnePerson("Mai Thị Hạnh");
    const sections = test.app.agenda.sectionsFor(hanh.id, "vi");
    const cases = sections.find((s) => s.id === "cases.open");
    expect(cases?.pending).toBe(true);
    const line = test.app.services.translator.t("vi", cases?.items[0]?.key ?? "", cases?.items[0]?.args);
    // 15 working days from Monday 5/1/2026 (the agency's default period); Saturday 10/1 is worked in exchange
    // for Friday 2/1 (catalog/holidays.json), so it counts
    expect(line).toBe("2026-0001 — Phản ánh — hạn 23/01/2026");
    const lan = test.app.services.directory.findOnePerson("Vũ Thị Lan");
    expect(test.app.agenda.sectionsFor(lan.id, "vi").some((s) => s.id === "cases.open")).toBe(false);
  });
});
