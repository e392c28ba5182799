// Which account an announcement takes to a person: the platform they pinned with /reach, else the one they last
// wrote from; never a blocked one; and people with none are kept, marked unreachable, with the reason.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MAX_UNREACHABLE_LISTED, unreachableBlocks } from "../../commands/support/unreachable";
import { chooseAccount, createRunningPlatforms, parseReason, reasonCode } from "../../src/core/broadcasts/reach";
import type { Account } from "../../src/core/directory/types";
import { createTestApp, say, type TestApp } from "../support/harness";

let test: TestApp;
beforeEach(() => {
  test = createTestApp();
});
afterEach(() => test.close());

const account = (platform: Account["platform"], blocked = false): Account => ({
  platform,
  externalId: `${platform}-1`,
  personId: 1,
  blockedAt: blocked ? new Date(0) : null,
});

describe("choosing the account", () => {
  it("prefers the pinned platform, then the last used, and passes over blocked and tried ones", () => {
    const both = [account("telegram"), account("slack")];
    const lastSlack = { preferredPlatform: null, lastPlatform: "slack" as const };
    expect(chooseAccount(both, {})).toMatchObject({ platform: "telegram" });
    expect(chooseAccount(both, lastSlack)).toMatchObject({ platform: "slack" });
    expect(chooseAccount(both, { ...lastSlack, preferredPlatform: "telegram" })).toMatchObject({ platform: "telegram" });
    expect(chooseAccount(both, { ...lastSlack, preferredPlatform: "telegram" }, { tried: ["telegram"] })).toMatchObject({ platform: "slack" });
    expect(chooseAccount([account("telegram", true), account("slack")], { preferredPlatform: "telegram" })).toMatchObject({ platform: "slack" });
    expect(chooseAccount([account("telegram", true)], {})).toEqual({ unreachable: { kind: "blocked", platforms: ["telegram"] } });
    expect(chooseAccount([], {})).toEqual({ unreachable: { kind: "no-account", platforms: ["telegram", "slack", "console", "zalo"] } });
  });
});

describe("choosing among the platforms that run", () => {
  it("passes over accounts of platforms that do not run, and says why nobody is left", () => {
    const running = createRunningPlatforms();
    running.set(["zalo"]);
    const lastTelegram = { preferredPlatform: "telegram" as const, lastPlatform: "telegram" as const };
    expect(chooseAccount([account("telegram"), account("zalo")], lastTelegram, { running })).toMatchObject({ platform: "zalo" });
    expect(chooseAccount([account("telegram")], lastTelegram, { running })).toEqual({
      unreachable: { kind: "platform-off", platforms: ["telegram"] },
    });
    expect(chooseAccount([account("console"), account("telegram")], {}, { running })).toEqual({
      unreachable: { kind: "platform-off", platforms: ["telegram", "console"] },
    });
    expect(chooseAccount([], {}, { running })).toEqual({ unreachable: { kind: "no-account", platforms: ["zalo"] } });
    expect(chooseAccount([account("zalo", true), account("telegram")], {}, { running })).toEqual({
      unreachable: { kind: "blocked", platforms: ["zalo"] },
    });
    expect(chooseAccount([account("zalo")], {}, { running, tried: ["zalo"] })).toEqual({ unreachable: { kind: "blocked", platforms: ["zalo"] } });
  });

  it("keeps a reason in a row's error and reads it back; a platform's own code is not a reason", () => {
    const reason = { kind: "platform-off" as const, platforms: ["telegram" as const, "console" as const] };
    expect(reasonCode(reason)).toBe("platform-off:telegram,console");
    expect(parseReason(reasonCode(reason))).toEqual(reason);
    expect(parseReason("blocked")).toEqual({ kind: "blocked", platforms: [] });
    expect(parseReason("http-400")).toBeNull();
    expect(parseReason(null)).toBeNull();
  });
});

describe("/reach", () => {
  it("pins the platform announcements take, and 'auto' goes back to where the person last wrote from", async () => {
    const { directory, broadcasts } = test.app.services;
    const lan = directory.findOnePerson("Vũ Thị Lan");
    directory.linkAccount(lan.id, { platform: "telegram", externalId: "9001" });
    directory.linkAccount(lan.id, { platform: "slack", externalId: "U9001" });
    const onTelegram = { platform: "telegram" as const, userId: "9001", chatId: "9001", chatKind: "dm" as const };
    const leader = directory.findOnePerson("Phạm Văn Hùng");
    const platformOfLan = () => broadcasts.recipients(leader, { kind: "units", unitIds: [lan.unitId] }).find((r) => r.personId === lan.id)?.platform;

    expect((await say(test, onTelegram, "/reach slack")).text).toContain("Từ nay thông báo đến với bạn qua Slack");
    expect(platformOfLan()).toBe("slack");
    // she writes from Telegram, but pinned to Slack: still Slack
    await say(test, onTelegram, "/news");
    expect(platformOfLan()).toBe("slack");
    const choices = await say(test, onTelegram, "/nhantin");
    expect(choices.text).toContain("Nơi tôi nhắn bot gần nhất");
    await say(test, onTelegram, "1");
    expect(platformOfLan()).toBe("telegram");
    // a platform without an account is refused (the demo gave her a terminal account: take it away)
    test.app.db.$client.prepare("delete from platform_accounts where person_id = ? and platform = 'console'").run(lan.id);
    expect((await say(test, onTelegram, "/reach console")).text).toContain("Bạn chưa liên kết tài khoản Cửa sổ dòng lệnh");
    expect(platformOfLan()).toBe("telegram");
  });

  it("keeps people without an account in the run, failed as 'no-account', and lists them in the preview", async () => {
    const { directory, broadcasts } = test.app.services;
    const leader = directory.findOnePerson("Phạm Văn Hùng");
    const lan = directory.findOnePerson("Vũ Thị Lan");
    test.app.db.$client.prepare("delete from platform_accounts where person_id = ?").run(lan.id);
    const preview = broadcasts.preview(leader, { kind: "everyone" });
    expect(preview.unreachable).toEqual([
      { personId: lan.id, name: "Vũ Thị Lan", unitName: lan.unitName, reason: "no-account", platforms: ["telegram", "slack", "console", "zalo"] },
    ]);
    const { announcementId } = broadcasts.announce(leader, { text: "Thông báo.", audience: { kind: "everyone" }, repeat: null });
    const run = broadcasts.report(leader, announcementId).runs[0];
    expect(run).toMatchObject({ total: preview.total, failed: 1, failures: { "no-account": 1 }, pending: preview.total - 1 });
    expect(run?.unreachable.map((p) => p.name)).toEqual(["Vũ Thị Lan"]);
  });
});

describe("the list of unreachable people", () => {
  it("names at most MAX_UNREACHABLE_LISTED and counts the rest", () => {
    const people = Array.from({ length: MAX_UNREACHABLE_LISTED + 7 }, (_, i) => ({ name: `P${i}`, unitName: "U", reason: "blocked" as const }));
    const [title, list] = unreachableBlocks(people);
    expect(title).toMatchObject({ text: { key: "reach-unreachable-title", args: { count: MAX_UNREACHABLE_LISTED + 7 } } });
    const items = list?.type === "list" ? list.items : [];
    expect(items).toHaveLength(MAX_UNREACHABLE_LISTED + 1);
    expect(items.at(-1)).toEqual({ key: "reach-unreachable-more", args: { count: 7 } });
  });
});
