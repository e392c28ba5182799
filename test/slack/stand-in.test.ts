// The Slack stand-in itself, driven by Slack's own WebClient, so other tests can trust it.
import { WebClient } from "@slack/web-api";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SlackApiStandIn } from "../support/slack-api";

describe("Slack Web API stand-in", () => {
  let api: SlackApiStandIn;
  let client: WebClient;
  beforeEach(async () => {
    api = await new SlackApiStandIn({ channelIntervalMs: 0 }).start();
    client = new WebClient("xoxb-test", { slackApiUrl: api.apiUrl, retryConfig: { retries: 2, factor: 1, minTimeout: 1, maxTimeout: 5 } });
  });
  afterEach(() => api.stop());

  it("delivers to a user's DM, keeps metadata and reads it back from history", async () => {
    const auth = await client.auth.test();
    expect(auth.user_id).toBe(api.botUserId);
    const sent = await client.chat.postMessage({ channel: "U1", text: "chào & <b>", metadata: { event_type: "delivery", event_payload: { id: 7 } } });
    expect(sent.channel).toBe("DU1");
    const history = await client.conversations.history({ channel: "DU1", include_all_metadata: true });
    expect(history.messages?.[0]?.metadata?.event_payload).toEqual({ id: 7 });
    expect(api.received("U1")[0]?.text).toBe("chào & <b>");
    expect(api.callsOf("chat.postMessage")[0]?.token).toBe("xoxb-test");
  });

  it("answers 429 with Retry-After, which the client waits out and retries", async () => {
    api.fail({ method: "chat.postMessage", status: 429, retryAfter: 1 });
    await client.chat.postMessage({ channel: "C1", text: "x" });
    expect(api.callsOf("chat.postMessage").map((c) => c.status)).toEqual([429, 200]);
    expect(api.received("C1")).toHaveLength(1);
  });

  it("opens, pushes, updates and publishes views", async () => {
    const opened = await client.views.open({ trigger_id: "trg.U1.a", view: { type: "modal", title: { type: "plain_text", text: "A" }, blocks: [] } });
    await client.views.update({ view_id: opened.view?.id as string, view: { type: "modal", title: { type: "plain_text", text: "B" }, blocks: [] } });
    expect(api.lastModal("U1")?.view.title).toMatchObject({ text: "B" });
    await client.views.publish({ user_id: "U1", view: { type: "home", blocks: [] } });
    expect(api.home("U1")?.type).toBe("home");
  });
});
