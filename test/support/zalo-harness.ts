// The real Zalo adapter (polling, or a webhook on node:http) on a real core and SQLite file, talking over HTTP to
// the local Zalo Bot API stand-in.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createZaloAdapter, type ZaloAdapter } from "../../src/adapters/zalo";
import type { InboundLimits } from "../../src/engine/conversation/inbound-gate";
import { createTestApp, ROOMY_INBOUND, type TestApp } from "./harness";
import { ZaloApiStandIn, type ZaloUser } from "./zalo-api";

export const ZALO_WEBHOOK_SECRET = "zalo-webhook-secret-0123";

/** Demo people as Zalo users: string ids, per bot, as the platform gives them. */
export const ZALO_USERS = {
  lan: { id: "e4ea2cd5189df1c3a88c", display_name: "Vũ Thị Lan" },
  long: { id: "7a31f0c2d9e84b5a6c10", display_name: "Hoàng Văn Long" },
  stranger: { id: "0b9d8c7e6f5a4b3c2d1e", display_name: "Khách" },
} satisfies Record<string, ZaloUser>;

export interface ZaloTest {
  test: TestApp;
  api: ZaloApiStandIn;
  zalo: ZaloAdapter;
  webhookUrl: string | null;
  link(fullName: string, user: ZaloUser): void;
  /** Types a line as the user and waits until the bot has answered with something new in that chat. */
  say(user: ZaloUser, text: string): Promise<string>;
  /** Stops the adapter and the database, then starts both again on the same file, as after a crash. */
  restart(): Promise<ZaloTest>;
  close(): Promise<void>;
}

interface Options {
  webhook?: boolean;
  test?: TestApp;
  api?: ZaloApiStandIn;
  sendIntervalMs?: number;
  /** Inbound limits; by default roomy enough for a test that answers a form quickly, null for none. */
  inbound?: InboundLimits | null;
}

export async function startZaloTest(options: Options = {}): Promise<ZaloTest> {
  const api = options.api ?? (await new ZaloApiStandIn().start());
  const test = options.test ?? createTestApp();
  let server: Server | null = null;
  let webhookUrl: string | null = null;
  if (options.webhook) {
    server = createServer((req, res) => (zalo.handles(req) ? zalo.requestListener(req, res) : res.writeHead(404).end()));
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    webhookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/zalo/webhook`;
  }
  const zalo = createZaloAdapter({
    port: test.app.port,
    logger: test.app.services.log,
    token: api.token,
    apiRoot: api.apiRoot,
    webhook: webhookUrl ? { url: webhookUrl, secret: ZALO_WEBHOOK_SECRET } : undefined,
    sendIntervalMs: options.sendIntervalMs ?? 0,
    pollTimeoutSeconds: 1,
    inbound: options.inbound === undefined ? ROOMY_INBOUND : options.inbound,
  });
  await zalo.start();
  const stopAll = async () => {
    await zalo.stop();
    server?.closeAllConnections();
    server?.close();
  };
  return {
    test,
    api,
    zalo,
    webhookUrl,
    link(fullName, user) {
      const person = test.app.services.directory.findOnePerson(fullName);
      test.app.services.directory.linkAccount(person.id, { platform: "zalo", externalId: user.id });
    },
    async say(user, text) {
      const before = api.sent(user.id).length;
      api.userSays(user, text);
      await api.waitFor(() => api.sent(user.id).length > before);
      await zalo.idle();
      return api
        .sent(user.id)
        .slice(before)
        .map((m) => m.text)
        .join("\n");
    },
    async restart() {
      await stopAll();
      return startZaloTest({ ...options, api, test: test.restart() });
    },
    async close() {
      await stopAll();
      await api.stop();
      test.close();
    },
  };
}
