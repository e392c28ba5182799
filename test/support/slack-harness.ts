// The real Slack adapter (Bolt's HTTP receiver on a node:http server) on a real core, talking to the local
// Web API stand-in, with a requester that signs what it posts as Slack does.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createSlackAdapter, SLACK_ENDPOINT, type SlackAdapter } from "../../src/adapters/slack";
import type { InboundLimits } from "../../src/engine/conversation/inbound-gate";
import { createTestApp, ROOMY_INBOUND, type TestApp } from "./harness";
import { SlackApiStandIn } from "./slack-api";
import { SlackRequester } from "./slack-requests";

export const SIGNING_SECRET = "test-signing-secret-0123456789abcdef";
export const BOT_TOKEN = "xoxb-test-token";

export interface SlackTest {
  test: TestApp;
  api: SlackApiStandIn;
  slack: SlackAdapter;
  server: Server;
  slackRequest: SlackRequester;
  /** Links a demo person to a Slack user id. */
  link(fullName: string, slackUserId: string): void;
  close(): Promise<void>;
}

export async function startSlackTest(
  options: { channelIntervalMs?: number; inbound?: InboundLimits | null; test?: TestApp } = {},
): Promise<SlackTest> {
  const api = await new SlackApiStandIn({ tokens: [BOT_TOKEN], channelIntervalMs: options.channelIntervalMs ?? 0 }).start();
  const test = options.test ?? createTestApp();
  const slack = createSlackAdapter({
    port: test.app.port,
    logger: test.app.services.log,
    botToken: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    apiUrl: api.apiUrl,
    channelIntervalMs: options.channelIntervalMs ?? 0,
    retries: 3,
    inbound: options.inbound === undefined ? ROOMY_INBOUND : options.inbound,
  });
  // Bolt checks its token (auth.test) as it is built and awaits the answer only when an event comes: answered
  // before the test goes on, no failure the test injects reaches it, and no stop leaves it failing after the test
  await api.waitFor(() => api.callsOf("auth.test").length > 0);
  const server = createServer((req, res) => {
    if (slack.handles(req)) slack.requestListener(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const slackRequest = new SlackRequester(`http://127.0.0.1:${port}${SLACK_ENDPOINT}`, SIGNING_SECRET);
  return {
    test,
    api,
    slack,
    server,
    slackRequest,
    link(fullName, slackUserId) {
      const person = test.app.services.directory.findOnePerson(fullName);
      test.app.services.directory.linkAccount(person.id, { platform: "slack", externalId: slackUserId });
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await api.stop();
      test.close();
    },
  };
}
