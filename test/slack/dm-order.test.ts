// A person's lines in the app's DM are answered in the order they were written, as on every platform (the shared
// conversation loop): each is acked at once and worked on after the ack, and a quick line after a slow one (an
// export) still waits for the slow one's answer.
import { afterEach, describe, expect, it } from "vitest";
import { type SlackTest, startSlackTest } from "../support/slack-harness";

let s: SlackTest;
afterEach(async () => s.close());

const dm = (user: string, text: string) => s.slackRequest.event({ type: "message", channel_type: "im", channel: `D${user}`, user, text, ts: "1.1" });

describe("Slack DM order", () => {
  it("answers a quick line after a slow one in the order they were written", async () => {
    s = await startSlackTest();
    s.link("Trịnh Văn Sơn", "USON");
    for (const line of ["export", "whoami", "export", "whoami"]) expect((await dm("USON", line)).status).toBe(200);
    await s.slack.idle();
    const texts = s.api.received("USON").map((m) => m.text);
    expect(texts).toHaveLength(4);
    expect(texts.map((text) => (text.includes("Trịnh Văn Sơn") ? "whoami" : "export"))).toEqual(["export", "whoami", "export", "whoami"]);
  });
});
