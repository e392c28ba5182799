// A 200,000-character message used to become 99 Zalo replies that held up every Zalo send for 21 s. Over
// INBOUND_TEXT_MAX characters a message is refused in one localized reply, on Zalo and in a Slack DM alike (Telegram
// itself caps a message at 4,096 characters).
import { afterEach, describe, expect, it } from "vitest";
import { createTestApp } from "../support/harness";
import { type SlackTest, startSlackTest } from "../support/slack-harness";
import { startZaloTest, ZALO_USERS, type ZaloTest } from "../support/zalo-harness";

const HUGE = "Kiến nghị ".repeat(20_000);
let z: ZaloTest | null = null;
let slack: SlackTest | null = null;
afterEach(async () => {
  await z?.close();
  z = null;
  await slack?.close();
  slack = null;
});

describe("an over-long message", () => {
  it("gets one reply on Zalo, saying it was too long", async () => {
    z = await startZaloTest();
    z.link("Vũ Thị Lan", ZALO_USERS.lan);
    const reply = await z.say(ZALO_USERS.lan, HUGE);
    expect(reply).toContain("Tin nhắn quá dài");
    // a chat's replies leave in order: once the next message is answered, nothing more of the first can follow
    expect(await z.say(ZALO_USERS.lan, "/help")).not.toContain("Tin nhắn quá dài");
    expect(z.api.texts(ZALO_USERS.lan.id).filter((t) => t.includes("Tin nhắn quá dài"))).toHaveLength(1);
    expect(z.api.sent(ZALO_USERS.lan.id)).toHaveLength(2);
  });

  it("gets one reply in a Slack DM, saying it was too long", async () => {
    slack = await startSlackTest({ test: createTestApp() });
    slack.link("Vũ Thị Lan", "ULAN");
    const before = slack.api.callsOf("chat.postMessage").length;
    await slack.slackRequest.event({ type: "message", channel_type: "im", channel: "DULAN", user: "ULAN", text: HUGE, ts: "1.1" });
    await slack.api.waitFor(() => (slack?.api.callsOf("chat.postMessage").length ?? 0) > before);
    // a chat's replies leave in order: once the next message is answered, nothing more of the first can follow
    await slack.slackRequest.event({ type: "message", channel_type: "im", channel: "DULAN", user: "ULAN", text: "help", ts: "1.2" });
    await slack.api.waitFor(() => (slack?.api.callsOf("chat.postMessage").length ?? 0) > before + 1);
    const posted = slack.api.callsOf("chat.postMessage").slice(before);
    expect(posted).toHaveLength(2);
    expect(JSON.stringify(posted[0]?.params)).toContain("Tin nhắn quá dài");
    expect(JSON.stringify(posted[1]?.params)).not.toContain("Tin nhắn quá dài");
  });
});
