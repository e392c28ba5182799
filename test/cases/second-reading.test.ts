// What a jurist's second reading changed in the case rules (issue 30), played through the real dispatcher on a real
// SQLite file: a second complaint has 30 days from the first decision (Luật Khiếu nại Điều 33), not the 90 of Điều 9;
// a handler may refuse to accept a complaint on a ground of Điều 11, and the complainant is told why (Điều 27); the
// days off the list only assumes are named in /caserules and at start-up.
import { afterEach, describe, expect, it } from "vitest";
import { loadCaseRules, loadHolidays } from "../../src/catalog/case-rules";
import { createWorkCalendar } from "../../src/core/cases/calendar";
import { createCaseDeadlines } from "../../src/core/cases/deadlines";
import { actAs, createTestApp, say, type TestApp } from "../support/harness";

let test: TestApp;
afterEach(() => test?.close());

const CONTENT = "Hội đồng xét khen thưởng phòng X đã bỏ qua hồ sơ đủ điều kiện của tôi.";
const deadlines = createCaseDeadlines(loadCaseRules(), createWorkCalendar(loadHolidays()));

function start(at: string, config: Parameters<typeof createTestApp>[0] = {}) {
  test = createTestApp(config);
  test.clock.set(at);
  return { lan: actAs(test, "Vũ Thị Lan"), hanh: actAs(test, "Mai Thị Hạnh") };
}

/** A named complaint through /khieunai; `from` is the day typed for the instance asked (dd/mm/yyyy). */
async function namedComplaint(who: ReturnType<typeof actAs>, instance: "1" | "2", from: string) {
  await say(test, who, "/khieunai");
  await say(test, who, CONTENT);
  await say(test, who, "1");
  const asked = await say(test, who, instance);
  await say(test, who, from);
  await say(test, who, "Hội đồng Thi đua – Khen thưởng Sở");
  await say(test, who, "12 Lê Lợi, phường 1");
  await say(test, who, "0912 345 678");
  const summary = await say(test, who, "Xem xét lại hồ sơ của tôi.");
  const receipt = await say(test, who, { action: "f:ok" });
  const code = /([0-9A-Z]{4}(?:-[0-9A-Z]{4}){4})/.exec(receipt.text)?.[1] as string;
  return { asked: asked.text, summary: summary.text, receipt: receipt.text, code };
}

describe("a second complaint has 30 days from the first decision (Luật Khiếu nại khoản 1 Điều 33)", () => {
  it("counts 30 calendar days, moved off Quốc khánh to the next working day, and 45 in remote areas", () => {
    // decision received Monday 3/8/2026; +30 = Wednesday 2/9 (Quốc khánh), 1–2/9 off: Thursday 3/9
    expect(deadlines.limitToComplain("2026-08-03", 2)).toMatchObject({
      day: "2026-09-03",
      rule: { days: 30, article: "Luật Khiếu nại, khoản 1 Điều 33" },
    });
    // the same day before 1/7/2026 is read in the codified text: official
    expect(deadlines.limitToComplain("2026-05-04", 2)).toMatchObject({
      day: "2026-06-03",
      rule: { article: "Luật Khiếu nại 02/2011/QH13, khoản 1 Điều 33", status: "official" },
    });
    // remote areas: at most 45 days; 3/8 + 45 = Thursday 17/9
    expect(deadlines.limitToComplain("2026-08-03", 2, true).day).toBe("2026-09-17");
    // a first complaint keeps the 90 days of Điều 9
    expect(deadlines.limitToComplain("2026-08-03", 1)).toMatchObject({ day: "2026-11-02", rule: { days: 90 } });
  });

  it("asks a second complainant for the first decision's day and never speaks of 90 days", async () => {
    const { lan } = start("2026-08-10T02:00:00Z");
    const filed = await namedComplaint(lan, "2", "03/08/2026");
    expect(filed.asked).toContain("quyết định giải quyết khiếu nại lần đầu");
    expect(filed.asked).toContain("30 ngày");
    expect(filed.asked).not.toContain("90 ngày");
    expect(filed.summary).toContain("Thời hạn khiếu nại lần hai: đến hết ngày 03/09/2026 (Luật Khiếu nại, khoản 1 Điều 33;");
    expect(filed.summary).not.toContain("Thời hiệu khiếu nại");
    expect(filed.receipt).toContain("ĐƠN KHIẾU NẠI (lần 2)");
    expect(filed.receipt).toContain("Ngày nhận được quyết định giải quyết khiếu nại lần đầu");
    expect(filed.receipt).toContain("Kèm theo đơn: quyết định giải quyết khiếu nại lần đầu");
    const stored = test.app.db.$client.prepare("select instance, letter from cases where id = 1").get() as { instance: number; letter: string };
    expect(stored.instance).toBe(2);
    expect(JSON.parse(stored.letter)).toMatchObject({ instance: 2, learnedOn: "2026-08-03" });
  });

  it("uses the remote-area period where the agency is in one, and warns a late second complaint without refusing it", async () => {
    const { lan } = start("2026-10-05T02:00:00Z", { config: { CASE_REMOTE_AREA: true } });
    const late = await namedComplaint(lan, "2", "03/08/2026");
    expect(late.summary).toContain("thời hạn khiếu nại lần hai đã hết ngày 17/09/2026");
    expect(late.summary).toContain("vùng sâu, vùng xa");
    expect(late.receipt).toContain("Đã nhận đơn số");
  });
});

describe("not accepting a complaint (Luật Khiếu nại Điều 11, 27)", () => {
  it("closes it on a ground of Điều 11 with the reason, and the complainant reads both with the article", async () => {
    const { lan, hanh } = start("2026-03-02T02:00:00Z");
    const filed = await namedComplaint(lan, "1", "20/02/2026");
    await say(test, hanh, { action: "cases:letter:1" });
    await say(test, hanh, "02/03/2026");
    await say(test, hanh, { action: "f:ok" });
    const view = (await say(test, hanh, { action: "cases:open:1" })).text;
    expect(view).toContain("Không thụ lý (nêu lý do)");

    await say(test, hanh, { action: "cases:notaccept:1" });
    const grounds = await say(test, hanh, "?");
    expect(grounds.text).toContain("khoản 1 Điều 11: quyết định, hành vi hành chính trong nội bộ cơ quan nhà nước");
    await say(test, hanh, "1");
    await say(test, hanh, "Việc phân công công việc trong phòng là chỉ đạo nội bộ, không phải quyết định khen thưởng.");
    expect((await say(test, hanh, { action: "f:ok" })).text).toContain("Đã ghi việc không thụ lý đơn số");

    expect(test.app.db.$client.prepare("select status, accept_by, resolve_by from cases where id = 1").get()).toEqual({
      status: "closed",
      accept_by: null,
      resolve_by: null,
    });
    const seen = (await say(test, lan, `/case ${filed.code}`)).text;
    expect(seen).toContain("Không thụ lý giải quyết");
    expect(seen).toContain("căn cứ khoản 1 Điều 11 Luật Khiếu nại");
    expect(seen).toContain("Lý do: Việc phân công công việc trong phòng là chỉ đạo nội bộ");
    expect(seen).toContain("Luật Khiếu nại 02/2011/QH13, Điều 27");
  });

  it("is refused before the signed letter, for a denunciation, and to anyone not handling cases", async () => {
    const { lan, hanh } = start("2026-03-02T02:00:00Z");
    await namedComplaint(lan, "1", "20/02/2026");
    const { cases } = test.app.services;
    const handler = test.app.services.directory.findOnePerson("Mai Thị Hạnh");
    const notice = "Không đủ điều kiện thụ lý.";
    const refused = async (actor: typeof handler) => cases.notAccept(actor, 1, "internal_act", notice);
    await expect(refused(handler)).rejects.toMatchObject({ code: "case-wrong-status" });
    await expect(refused(test.app.services.directory.findOnePerson("Vũ Thị Lan"))).rejects.toMatchObject({ code: "not-allowed-except" });
    expect((await say(test, hanh, { action: "cases:open:1" })).text).not.toContain("Không thụ lý");
    // a denunciation is accepted or not under Luật Tố cáo, not under Điều 11 of the Law on Complaints
    await say(test, lan, "/tocao");
    await say(test, lan, CONTENT);
    await say(test, lan, "1");
    await say(test, lan, "Ông Trần Văn B");
    await say(test, lan, "12 Lê Lợi, phường 1");
    await say(test, lan, "0912 345 678");
    await say(test, lan, "Xem xét, xử lý.");
    await say(test, lan, { action: "f:ok" });
    await say(test, hanh, { action: "cases:letter:2" });
    await say(test, hanh, "02/03/2026");
    await say(test, hanh, { action: "f:ok" });
    expect((await say(test, hanh, { action: "cases:open:2" })).text).not.toContain("Không thụ lý");
    await expect((async () => cases.notAccept(handler, 2, "internal_act", notice))()).rejects.toMatchObject({ code: "case-wrong-status" });
  });
});

describe("days off the list only assumes", () => {
  it("are named in /caserules and in the start-up log until the operator confirms them", async () => {
    const { hanh } = start("2026-12-06T02:00:00Z");
    const rules = (await say(test, hanh, "/caserules")).text;
    expect(rules).toContain("Ngày nghỉ mới là giả định");
    expect(rules).toContain("01/09/2026: Nghỉ liền kề Quốc khánh");
    expect(rules).toContain("24/11/2026: Ngày Văn hóa Việt Nam");
    expect(rules).toContain("Năm 2027: Lịch nghỉ năm 2027 chưa được công bố");
    expect(rules).toContain("Thời hạn khiếu nại lần hai: 30 ngày — Luật Khiếu nại, khoản 1 Điều 33");
    expect(rules).toContain("Không thụ lý khiếu nại: thông báo bằng văn bản, nêu rõ lý do: 9 trường hợp của Điều 11");
    const warned = test.logLines.find((l) => l.includes("holidays.json assumes these days"));
    expect(warned).toBeDefined();
    expect(warned).toContain("2026-09-01");
    expect(warned).toContain("2026-11-24");
    expect(warned).toContain("2027");
  });
});
