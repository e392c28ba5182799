// Fair under flood on Slack: every request is acked (Slack insists), then the inbound limits decide whether it
// is worked on. A flooding user gets one notice; a stranger gets the "who are you" hint once; others are served.
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_INBOUND_LIMITS } from "../../src/adapters/pace/inbound-limits";
import { type SlackTest, startSlackTest } from "../support/slack-harness";

let s: SlackTest;
afterEach(async () => s.close());

const dm = (user: string, text: string) => s.slackRequest.event({ type: "message", channel_type: "im", channel: `D${user}`, user, text, ts: "1.1" });

describe("Slack under flood", () => {
  it("acks every request, answers the burst, and tells a flooding user once to slow down", async () => {
    s = await startSlackTest({ inbound: DEFAULT_INBOUND_LIMITS });
    s.link("Vũ Thị Lan", "ULAN");
    s.link("Hoàng Văn Long", "ULONG");
    const statuses = await Promise.all(Array.from({ length: 40 }, () => s.slackRequest.slashCommand({ user: "ULAN", text: "whoami" })));
    expect(statuses.every((r) => r.status === 200)).toBe(true);
    // someone else is served at once
    await s.slackRequest.slashCommand({ user: "ULONG", text: "whoami" });
    await s.api.waitFor(() => s.api.received("ULONG").some((m) => m.text.includes("Hoàng Văn Long")));
    // every request was acked, so each is in the adapter's queues; once they are empty, nothing more can come
    await s.slack.idle();
    const texts = s.api.received("ULAN").map((m) => m.text);
    expect(texts.filter((t) => t.includes("Bạn đang gửi nhanh hơn"))).toHaveLength(1);
    expect(texts.filter((t) => t.includes("Vũ Thị Lan")).length).toBe(DEFAULT_INBOUND_LIMITS.sender.burst);
  });

  it("gives a stranger writing plain messages the hint once, not once per message", async () => {
    s = await startSlackTest({ inbound: DEFAULT_INBOUND_LIMITS });
    for (let i = 0; i < 5; i++) await dm("USTRANGER", `xin chào ${i}`);
    await s.slack.idle();
    expect(s.api.received("USTRANGER")).toHaveLength(1);
  });
});
