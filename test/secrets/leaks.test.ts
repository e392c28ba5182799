// The smaller leaks of issue 12, each played as the one who would exploit it: a rotated or lost CASE_SEAL_KEY,
// a /link code guesser, a restart that used to forget abuse counts, a formula in an exported cell, a staff member
// forging a secretary's button, and a roster file too big or broken to read.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { createSpreadsheetExporter } from "../../src/exports/spreadsheet";
import { createMemoryLogger } from "../../src/logging/logger";
import { RosterFileError, readRosterFile } from "../../src/roster/read";
import { actAs, createTestApp, say, type TestApp } from "../support/harness";
import { type SlackTest, startSlackTest } from "../support/slack-harness";

const KEY_A = Buffer.alloc(32, 1).toString("base64");
const KEY_B = Buffer.alloc(32, 2).toString("base64");
const KEY_C = Buffer.alloc(32, 3).toString("base64");
const CONTENT = "Hồ sơ khen thưởng của phòng đã bị bỏ sót một đồng chí đủ điều kiện.";

let test: TestApp;
afterEach(() => test.close());

// named feedback: a named complaint would first wait for its signed letter (Luật Khiếu nại Điều 8)
async function fileNamedCaseAskingForNotices(who: ReturnType<typeof actAs>) {
  await say(test, who, "/complain");
  await say(test, who, "3");
  await say(test, who, CONTENT);
  await say(test, who, "1");
  await say(test, who, { action: "f:yes" });
  return say(test, who, { action: "f:ok" });
}

describe("CASE_SEAL_KEY", () => {
  beforeEach(() => {
    test = createTestApp({ config: { CASE_SEAL_KEY: KEY_A } });
  });

  it("stores a key id, re-seals under a new key while the previous one is given, and counts what no key opens", async () => {
    const lan = actAs(test, "Vũ Thị Lan");
    await fileNamedCaseAskingForNotices(lan);
    const sealed = () => (test.app.db.$client.prepare("select sealed_contact as s from cases").get() as { s: string }).s;
    const underA = sealed();
    expect(underA.split(".")).toHaveLength(4);

    // rotation: the new key with the previous one; the address is re-sealed under the new key at start
    test = restartWith({ CASE_SEAL_KEY: KEY_B, CASE_SEAL_KEY_PREVIOUS: KEY_A });
    expect(sealed()).not.toBe(underA);
    expect(sealed().split(".")[0]).not.toBe(underA.split(".")[0]);
    expect(test.logLines.join("\n")).toContain('"resealed":1');
    const told: string[] = [];
    test.app.registerSender("console", async (externalId) => void told.push(externalId));
    const hanh = actAs(test, "Mai Thị Hạnh");
    await say(test, hanh, { action: "cases:accept:1" });
    expect(told).toEqual([lan.userId]);

    // the previous key is dropped and the current one lost: the start says how many addresses cannot be opened
    test = restartWith({ CASE_SEAL_KEY: KEY_C });
    expect(test.logLines.join("\n")).toContain('"unreadable":1');
    told.length = 0;
    test.app.registerSender("console", async (externalId) => void told.push(externalId));
    await say(test, actAs(test, "Mai Thị Hạnh"), { action: "cases:reply:1" });
    await say(test, actAs(test, "Mai Thị Hạnh"), "Đã nhận được đơn, đang xem xét.");
    await say(test, actAs(test, "Mai Thị Hạnh"), { action: "f:ok" });
    expect(told).toEqual([]);
    const warned = test.logLines.filter((l) => l.includes("change notice could not be sent"));
    expect(warned).toHaveLength(1);
    // the log line names neither the case nor the sender
    for (const needle of [lan.userId, "2026-0001", '"caseId"', '"id"']) expect(warned[0]).not.toContain(needle);
  });
});

function restartWith(config: Record<string, string>): TestApp {
  test.app.close();
  return createTestApp({ dir: test.dir, seedDemo: false, clock: test.clock, config });
}

describe("/link codes", () => {
  beforeEach(() => {
    test = createTestApp();
  });

  it("lock an account out after 10 wrong codes within an hour, across a restart, until the next hour", async () => {
    const issued = await say(test, actAs(test, "Vũ Thị Lan"), "/link");
    const code = /([2-9A-Z]{4}-[2-9A-Z]{4})/.exec(issued.text)?.[1] as string;
    const guesser = { platform: "telegram" as const, userId: "66600", chatId: "66600", chatKind: "dm" as const };
    for (let i = 0; i < 10; i++) expect((await say(test, guesser, `/link ZZZZ-ZZZ${i + 2}`)).text).toContain("không đúng");
    test = test.restart();
    // even the right code is refused now, by the count kept in the database
    expect((await say(test, guesser, `/link ${code}`)).text).toContain("quá nhiều lần trong một giờ");
    test.clock.advance(60 * 60 * 1000);
    const again = await say(test, actAs(test, "Vũ Thị Lan"), "/link");
    const fresh = /([2-9A-Z]{4}-[2-9A-Z]{4})/.exec(again.text)?.[1] as string;
    expect((await say(test, guesser, `/link ${fresh}`)).text).toContain("Đã liên kết");
    // the counter rows name nobody and keep only the day
    const rows = test.app.db.$client.prepare("select * from abuse_counters").all() as Array<Record<string, unknown>>;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(JSON.stringify(row)).not.toContain(guesser.userId);
      expect(row.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe("abuse counters", () => {
  beforeEach(() => {
    test = createTestApp();
  });

  it("survive a restart and are shared by every process on the database", async () => {
    const sender = { platform: "telegram" as const, userId: "777001", chatId: "777001", chatKind: "dm" as const };
    const { cases } = test.app.services;
    for (let i = 0; i < 5; i++) cases.submit(null, { platform: "telegram", externalId: sender.userId }, submission(i));
    // a second process on the same database (same key) sees the same count
    const { logger } = createMemoryLogger();
    const other = createApp({
      config: { DATABASE_URL: test.databaseUrl, DEFAULT_LOCALE: "vi", TIMEZONE: "Asia/Ho_Chi_Minh" },
      logger,
      clock: test.clock,
    });
    try {
      expect(() => other.services.cases.submit(null, { platform: "telegram", externalId: sender.userId }, submission(6))).toThrow(/case-daily-limit/);
    } finally {
      other.close();
    }
    test = test.restart();
    expect(() => test.app.services.cases.submit(null, { platform: "telegram", externalId: sender.userId }, submission(7))).toThrow(
      /case-daily-limit/,
    );
    // someone else is not affected
    expect(test.app.services.cases.submit(null, { platform: "telegram", externalId: "777002" }, submission(8)).item.number).toBe("2026-0006");
  });
});

function submission(i: number) {
  return { kind: "denunciation" as const, content: `${CONTENT} (${i})`, anonymous: true, files: [], contact: null };
}

describe("exports", () => {
  it("write a text cell that Excel would run as a formula with a leading apostrophe", async () => {
    const csv = await createSpreadsheetExporter("Asia/Ho_Chi_Minh").csv({
      sheetName: "x",
      headers: ["Họ tên", "Nội dung"],
      rows: [
        ['=HYPERLINK("http://x.example","bấm")', "+84 912"],
        ["-1+1", "@SUM(A1)"],
        ["\tTAB", "\rCR"],
        ["Vũ Thị Lan", -5],
      ],
    });
    const text = Buffer.from(csv).toString("utf8");
    expect(text).toContain(`"'=HYPERLINK(""http://x.example"",""bấm"")",'+84 912`);
    expect(text).toContain("'-1+1,'@SUM(A1)");
    expect(text).toContain("'\tTAB");
    expect(text).toContain("Vũ Thị Lan,-5");
  });
});

describe("forms and records opened from a button", () => {
  beforeEach(() => {
    test = createTestApp();
  });
  const STORY = "Chị đã giúp đỡ một gia đình khó khăn trong khu phố suốt mùa lũ, không ai biết.";

  async function reportDeed() {
    await say(test, actAs(test, "Bùi Đức Anh"), "/gooddeed");
    await say(test, actAs(test, "Bùi Đức Anh"), "Vũ Thị Lan");
    await say(test, actAs(test, "Bùi Đức Anh"), STORY);
    return say(test, actAs(test, "Bùi Đức Anh"), { action: "f:ok" });
  }

  it("refuse a staff member who forges the secretary's good-deed button, in chat and in a Slack modal", async () => {
    await reportDeed();
    const staff = actAs(test, "Nguyễn Văn An");
    const forged = await say(test, staff, { action: "gooddeed:nominate:1" });
    // refused naming who may, and nothing of the deed
    expect(forged.text).toBe("Bạn không có quyền làm việc này: việc này dành cho Thư ký Hội đồng.");
    expect(forged.text).not.toContain(STORY.slice(0, 20));
    expect(test.app.dialogs.pending(`console:${staff.userId}:${staff.chatId}`)).toBeNull();
    const viaModal = await test.app.wholeForms.action({ ...staff, platform: "console" }, "gooddeed:nominate:1");
    expect(JSON.stringify(viaModal)).not.toContain(STORY.slice(0, 20));
    expect(viaModal?.kind).toBe("replies");
    // the secretary still gets the form with the story
    const form = await say(test, actAs(test, "Trịnh Văn Sơn"), { action: "gooddeed:nominate:1" });
    expect(form.text).toContain("Đề nghị danh hiệu hoặc hình thức khen thưởng nào?");
  });
});

describe("forged buttons on Slack", () => {
  let s: SlackTest;
  afterEach(() => s.close());
  it("show a staff member nothing of a good-deed story", async () => {
    s = await startSlackTest();
    // closed by s.close(); closing it again in the outer afterEach is harmless
    test = s.test;
    s.link("Nguyễn Văn An", "UAN");
    const { nominations, directory } = s.test.app.services;
    await nominations.reportGoodDeed(
      directory.findOnePerson("Bùi Đức Anh"),
      directory.findOnePerson("Vũ Thị Lan").id,
      "Một câu chuyện kín chỉ thư ký được đọc.",
    );
    await s.slackRequest.blockAction({ user: "UAN", actionId: "act_0_0", value: "gooddeed:nominate:1" });
    await s.api.waitFor(() => s.api.receivedText("UAN").includes("không có quyền"));
    expect(s.api.receivedText("UAN")).not.toContain("câu chuyện kín");
    expect(s.api.lastModal("UAN")).toBeUndefined();
  });
});

describe("import-staff", () => {
  beforeEach(() => {
    test = createTestApp({ seedDemo: false });
  });
  const HEADER = "full_name,unit,roles,telegram_user_id,slack_user_id,email,language\n";

  it("refuses a file over 16 MB or 60,000 rows, and says in one sentence that a file is malformed", async () => {
    const big = join(test.dir, "big.csv");
    writeFileSync(big, HEADER + `Nguyễn Văn A,Phòng X,,,,,vi${" ".repeat(200)}\n`.repeat(75_000));
    await expect(readRosterFile(big)).rejects.toThrow(/more than the 16 MB/);
    const many = join(test.dir, "many.csv");
    writeFileSync(many, HEADER + "A,B,,,,,\n".repeat(60_001));
    await expect(readRosterFile(many)).rejects.toThrow(/60001 rows, more than the 60,000/);
    const broken = join(test.dir, "broken.csv");
    writeFileSync(broken, `${HEADER}"Nguyễn Văn A,Phòng X\n"Trần "B",Phòng Y\n`);
    const error = await readRosterFile(broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RosterFileError);
    expect((error as Error).message).toMatch(/^the file is not a well-formed CSV \([^.]*\); save it again from the spreadsheet as CSV UTF-8$/);
    const fakeXlsx = join(test.dir, "fake.xlsx");
    writeFileSync(fakeXlsx, "this is not a zip file");
    await expect(readRosterFile(fakeXlsx)).rejects.toThrow("the file is not a readable Excel workbook; open it in Excel and save it again as .xlsx");
  });
});

describe("BALLOT_KEY in the configuration", () => {
  it("is required with a platform token, and never printed", async () => {
    const { loadConfig } = await import("../../src/config");
    const token = { TELEGRAM_BOT_TOKEN: "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ" };
    expect(() => loadConfig(token)).toThrow(/BALLOT_KEY: is required with a platform token/);
    const bad = "c2hvcnQ=";
    const error = (() => {
      try {
        loadConfig({ ...token, BALLOT_KEY: bad });
      } catch (e) {
        return e as Error;
      }
      return null;
    })();
    expect(error?.message).toContain("BALLOT_KEY: must be 32 random bytes");
    expect(error?.message).not.toContain(bad);
    expect(loadConfig({ ...token, BALLOT_KEY: KEY_A }).BALLOT_KEY).toBe(KEY_A);
    // the terminal chat needs nothing: it makes a key file beside the database
    expect(loadConfig({}).BALLOT_KEY).toBeUndefined();
  });
});
