// Parity: the same pledge typed in the terminal chat and in a Zalo private chat leaves the same rows, and so does
// the unit head's confirmation; only the platform differs.
import { afterEach, describe, expect, it } from "vitest";
import { actAs, createTestApp, say, type TestApp } from "../support/harness";
import { startZaloTest, ZALO_USERS, type ZaloTest } from "../support/zalo-harness";

let consoleApp: TestApp;
let z: ZaloTest;
afterEach(async () => {
  consoleApp?.close();
  await z?.close();
});

const ANSWERS = ["/pledge", "1, 2", "Xong", "Hoàn thành 100% nhiệm vụ; có 01 sáng kiến cấp cơ sở.", "1"];

/** Every column but the row's own id and the person's (the same demo person has the same id in both). */
function rows(test: TestApp, table: string): Array<Record<string, unknown>> {
  return (test.app.db.$client.prepare(`select * from ${table} order by id`).all() as Array<Record<string, unknown>>).map(
    ({ id: _id, ...rest }) => rest,
  );
}

describe("Zalo and the terminal chat", () => {
  it("leave the same pledge and review rows", async () => {
    consoleApp = createTestApp();
    const lan = actAs(consoleApp, "Vũ Thị Lan");
    for (const answer of ANSWERS) await say(consoleApp, lan, answer);
    const long = actAs(consoleApp, "Hoàng Văn Long");
    await say(consoleApp, long, "/review");
    await say(consoleApp, long, { action: "review:ok:1" });

    z = await startZaloTest();
    z.link("Vũ Thị Lan", ZALO_USERS.lan);
    z.link("Hoàng Văn Long", ZALO_USERS.long);
    for (const answer of ANSWERS) await z.say(ZALO_USERS.lan, answer);
    expect(await z.say(ZALO_USERS.long, "/review")).toContain("1. Xác nhận số 1");
    expect(await z.say(ZALO_USERS.long, "Xác nhận")).toContain("Đã xác nhận bản đăng ký số 1");

    const pledgesOnConsole = rows(consoleApp, "pledges");
    expect(pledgesOnConsole).toHaveLength(1);
    expect(pledgesOnConsole[0]).toMatchObject({ status: "confirmed" });
    expect(rows(z.test, "pledges")).toEqual(pledgesOnConsole);
    const audit = (test: TestApp) =>
      test.app.db.$client.prepare("select action, entity, entity_id, actor_person_id from audit_log where entity = 'pledge' order by id").all();
    expect(audit(z.test)).toEqual(audit(consoleApp));
  });
});
