// Linking a person's Slack and console/Telegram accounts with a one-time code.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actAs, say } from "../support/harness";
import { type SlackTest, startSlackTest } from "../support/slack-harness";

let s: SlackTest;
beforeEach(async () => {
  s = await startSlackTest();
});
afterEach(() => s.close());

const CODE = /([2-9A-Z]{4}-[2-9A-Z]{4})/;
const slackPerson = (user: string) => s.test.app.services.directory.resolveAccount({ platform: "slack", externalId: user });

async function codeFromConsole(): Promise<string> {
  const lan = actAs(s.test, "Vũ Thị Lan");
  const issued = await say(s.test, lan, "/link");
  const code = CODE.exec(issued.text)?.[1];
  if (!code) throw new Error(`no code in: ${issued.text}`);
  return code;
}

describe("/link", () => {
  it("attaches a Slack account to the person who issued the code elsewhere, once", async () => {
    const code = await codeFromConsole();
    expect(slackPerson("UNEW")).toBeNull();
    await s.slackRequest.slashCommand({ user: "UNEW", text: `link ${code.toLowerCase()}` });
    await s.api.waitFor(() => s.api.receivedText("UNEW").includes("Đã liên kết"));
    expect(slackPerson("UNEW")?.fullName).toBe("Vũ Thị Lan");
    // used codes do not work again
    await s.slackRequest.slashCommand({ user: "UOTHER", text: `link ${code}` });
    await s.api.waitFor(() => s.api.receivedText("UOTHER").includes("không đúng hoặc đã được dùng"));
    expect(slackPerson("UOTHER")).toBeNull();
    const audit = s.test.app.db.$client.prepare("select action from audit_log where action like 'account.%' order by id").all();
    expect(audit).toEqual([{ action: "account.link-code-issued" }, { action: "account.linked" }]);
  });

  it("works the other way: a code issued on Slack, typed on the console", async () => {
    s.link("Hoàng Văn Long", "ULONG");
    await s.slackRequest.slashCommand({ user: "ULONG", text: "link" });
    await s.api.waitFor(() => CODE.test(s.api.receivedText("ULONG")));
    const code = CODE.exec(s.api.receivedText("ULONG"))?.[1] as string;
    const guest = { platform: "console" as const, userId: "new-console", chatId: "dm-new", chatKind: "dm" as const };
    const done = await say(s.test, guest, `/link ${code}`);
    expect(done.text).toContain("Hoàng Văn Long");
    expect(s.test.app.services.directory.resolveAccount({ platform: "console", externalId: "new-console" })?.fullName).toBe("Hoàng Văn Long");
  });

  it("refuses an expired code and a wrong code", async () => {
    const code = await codeFromConsole();
    s.test.clock.advance(11 * 60 * 1000);
    await s.slackRequest.slashCommand({ user: "UNEW", text: `link ${code}` });
    await s.api.waitFor(() => s.api.receivedText("UNEW").includes("đã hết hạn"));
    await s.slackRequest.slashCommand({ user: "UNEW", text: "link ABCD-EFGH" });
    await s.api.waitFor(() => s.api.receivedText("UNEW").includes("không đúng"));
    expect(slackPerson("UNEW")).toBeNull();
  });

  it("refuses a code typed on the platform that issued it", async () => {
    const code = await codeFromConsole();
    const other = { platform: "console" as const, userId: "someone", chatId: "dm-someone", chatKind: "dm" as const };
    expect((await say(s.test, other, `/link ${code}`)).text).toContain("chính nền tảng này");
  });
});
