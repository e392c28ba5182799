// With SLACK_APP_TOKEN the adapter uses Socket Mode: no signing secret needed, and the HTTP listener serves nothing.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createSlackAdapter } from "../../src/adapters/slack";
import { createTestApp, type TestApp } from "../support/harness";
import { SlackApiStandIn } from "../support/slack-api";

let test: TestApp;
let api: SlackApiStandIn | null = null;
afterEach(async () => {
  test.close();
  await api?.stop();
  api = null;
});

describe("Slack Socket Mode", () => {
  it("builds without a signing secret and refuses HTTP deliveries", async () => {
    test = createTestApp();
    // Bolt checks the token (auth.test) as it is built: against the stand-in, not slack.com, so that no check is
    // left failing after the test
    const stand = await new SlackApiStandIn({ tokens: ["xoxb-socket"] }).start();
    api = stand;
    const slack = createSlackAdapter({
      port: test.app.port,
      logger: test.app.services.log,
      botToken: "xoxb-socket",
      appToken: "xapp-1-socket",
      apiUrl: stand.apiUrl,
    });
    await stand.waitFor(() => stand.callsOf("auth.test").length > 0);
    const server = createServer(slack.requestListener);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`, { method: "POST", body: "{}" });
    expect(response.status).toBe(404);
    server.close();
  });

  it("refuses HTTP mode without a signing secret", () => {
    test = createTestApp();
    expect(() => createSlackAdapter({ port: test.app.port, logger: test.app.services.log, botToken: "xoxb-x" })).toThrow(/SIGNING_SECRET/);
  });
});
