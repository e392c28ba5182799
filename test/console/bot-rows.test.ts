// The terminal chat opened on a stopped bot's database (to look something up) is a tool at the keyboard, not the
// deployment's new configuration: announcements waiting for Telegram stay waiting for the bot, neither moved to the
// terminal's accounts nor closed as unreachable.
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { runConsole } from "../support/console-process";
import { createTestApp, type TestApp } from "../support/harness";

let test: TestApp | null = null;
afterEach(() => test?.close());

describe("the terminal chat on a bot's database", () => {
  it("leaves the announcements waiting for Telegram to the bot", () => {
    test = createTestApp();
    const { directory, broadcasts } = test.app.services;
    const lan = directory.findOnePerson("Vũ Thị Lan");
    directory.linkAccount(lan.id, { platform: "telegram", externalId: "800001" });
    // the bot ran Telegram, wrote the announcement's rows, and stopped before sending Lan's
    broadcasts.running.set(["telegram"]);
    broadcasts.announce(directory.findOnePerson("Phạm Văn Hùng"), {
      text: "Thông báo chờ bot gửi.",
      audience: { kind: "units", unitIds: [lan.unitId] },
      repeat: null,
    });
    const lansRow = (db: Database.Database) =>
      db.prepare("select platform, status, error from deliveries where person_id = ?").get(lan.id) as Record<string, unknown>;
    test.app.close();
    const before = new Database(test.databaseUrl);
    expect(lansRow(before)).toMatchObject({ platform: "telegram", status: "pending" });
    before.close();

    const { status, stdout } = runConsole(test.dir, ["/help"]);
    expect(status).toBe(0);
    expect(stdout).toContain("/help");

    const after = new Database(test.databaseUrl);
    expect(lansRow(after)).toMatchObject({ platform: "telegram", status: "pending", error: null });
    after.close();
  }, 60_000);
});
