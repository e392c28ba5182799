// What reaches the bot from Slack is signed, fresh and acted on once.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type SlackTest, startSlackTest } from "../support/slack-harness";

let s: SlackTest;
beforeEach(async () => {
  s = await startSlackTest();
  s.link("Vũ Thị Lan", "ULAN");
});
afterEach(() => s.close());

// the help list names every command with a dash: "/link — …"
const helpReplies = () => s.api.received("ULAN").filter((m) => m.text.includes("/link —")).length;
const whoamiReplies = () => s.api.received("ULAN").filter((m) => m.text.includes("Vũ Thị Lan")).length;

describe("Slack request checks", () => {
  it("refuses a bad signature with 401 and does nothing", async () => {
    const refused = await s.slackRequest.slashCommand({ user: "ULAN", text: "help" }, { secretOverride: "not-the-secret" });
    expect(refused.status).toBe(401);
    const accepted = await s.slackRequest.slashCommand({ user: "ULAN", text: "whoami" });
    expect(accepted.status).toBe(200);
    await s.api.waitFor(() => whoamiReplies() === 1);
    expect(helpReplies()).toBe(0);
  });

  it("refuses timestamps more than five minutes in the future or the past with 401", async () => {
    const now = Math.floor(Date.now() / 1000);
    expect((await s.slackRequest.slashCommand({ user: "ULAN", text: "help" }, { timestamp: now + 6 * 60 })).status).toBe(401);
    expect((await s.slackRequest.slashCommand({ user: "ULAN", text: "help" }, { timestamp: now - 6 * 60 })).status).toBe(401);
    expect((await s.slackRequest.slashCommand({ user: "ULAN", text: "help" }, { timestamp: now + 60 })).status).toBe(200);
    await s.api.waitFor(() => s.api.receivedText("ULAN").includes("/thidua pledge"));
    expect(helpReplies()).toBe(1);
  });

  it("acts once on a retried event (X-Slack-Retry-Num) and on a replayed command", async () => {
    const event = { type: "message", channel_type: "im", channel: "DULAN", user: "ULAN", text: "help", ts: "1.1" };
    expect((await s.slackRequest.event(event, { eventId: "EvRETRY1" })).status).toBe(200);
    expect((await s.slackRequest.event(event, { eventId: "EvRETRY1" }, { retryNum: 1, retryReason: "http_timeout" })).status).toBe(200);
    // the same signed command posted twice (same trigger_id)
    await s.slackRequest.slashCommand({ user: "ULAN", text: "whoami", triggerId: "trg.ULAN.replay" });
    await s.slackRequest.slashCommand({ user: "ULAN", text: "whoami", triggerId: "trg.ULAN.replay" });
    // a later, different request is handled, so the repeats above had their chance to act
    await s.slackRequest.event({ ...event, text: "mypledges", ts: "1.2" }, { eventId: "EvOTHER" });
    await s.api.waitFor(() => s.api.receivedText("ULAN").includes("Bạn chưa có"));
    expect(helpReplies()).toBe(1);
    expect(whoamiReplies()).toBe(1);
  });

  it("answers typed commands in the app's DM, without a slash, and ignores the bot's own messages", async () => {
    await s.slackRequest.event({
      type: "message",
      channel_type: "im",
      channel: "DULAN",
      user: "UBOTTHIDUA",
      bot_id: "BTHIDUA",
      text: "help",
      ts: "1.0",
    });
    await s.slackRequest.event({ type: "message", channel_type: "im", channel: "DULAN", user: "ULAN", text: "whoami", ts: "1.1" });
    await s.api.waitFor(() => whoamiReplies() === 1);
    expect(helpReplies()).toBe(0);
  });

  it("keeps request bodies and typed words out of the logs", async () => {
    await s.slackRequest.event({ type: "message", channel_type: "im", channel: "DULAN", user: "ULAN", text: "bí mật riêng tư", ts: "1.1" });
    await s.api.waitFor(() => s.api.received("ULAN").length === 1);
    expect(s.test.logLines.join("\n")).not.toContain("bí mật");
  });
});
