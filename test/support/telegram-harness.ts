// The real Telegram adapter (grammY with the runner, or a webhook on node:http) on a real core, talking to the
// local Bot API stand-in.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createTelegramAdapter, type TelegramAdapter } from "../../src/adapters/telegram";
import { TELEGRAM_LIMITS } from "../../src/adapters/telegram/limits";
import type { InboundLimits } from "../../src/engine/conversation/inbound-gate";
import { createTestApp, ROOMY_INBOUND, type TestApp } from "./harness";
import { TelegramApiStandIn, type TelegramUser } from "./telegram-api";

export const BOT_TOKEN = "123456:TEST-token-for-the-local-stand-in";
export const WEBHOOK_SECRET = "webhook-secret-0123456789";

/** Demo people as Telegram users. */
export const USERS = {
  lan: { id: 1001, first_name: "Lan", language_code: "vi" },
  long: { id: 1002, first_name: "Long", language_code: "vi" },
  son: { id: 1003, first_name: "Sơn", language_code: "en" },
  stranger: { id: 1999, first_name: "Khách", language_code: "en" },
} satisfies Record<string, TelegramUser>;

export interface TelegramTest {
  test: TestApp;
  api: TelegramApiStandIn;
  telegram: TelegramAdapter;
  /** Set in webhook mode: where the stand-in (or a forger) posts updates. */
  webhookUrl: string | null;
  link(fullName: string, user: TelegramUser): void;
  /** Stops the bot and the database, then starts both again on the same file, as after a crash and restart. */
  restart(): Promise<TelegramTest>;
  close(): Promise<void>;
}

interface Options {
  webhook?: boolean;
  /** Spacing per private chat; Telegram's 1 s makes interactive tests slow, so tests use less. */
  perChatMs?: number;
  /** Inbound limits; by default roomy enough for a test that answers a form quickly, null for none. */
  inbound?: InboundLimits | null;
  test?: TestApp;
  api?: TelegramApiStandIn;
}

export async function startTelegramTest(options: Options = {}): Promise<TelegramTest> {
  const api = options.api ?? (await new TelegramApiStandIn().start());
  const test = options.test ?? createTestApp();
  let server: Server | null = null;
  let webhookUrl: string | null = null;
  if (options.webhook) {
    server = createServer((req, res) => (telegram.handles(req) ? telegram.requestListener(req, res) : res.writeHead(404).end()));
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    webhookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/telegram/webhook`;
  }
  const telegram = createTelegramAdapter({
    port: test.app.port,
    logger: test.app.services.log,
    token: BOT_TOKEN,
    apiRoot: api.apiRoot,
    webhook: webhookUrl ? { url: webhookUrl, secret: WEBHOOK_SECRET } : undefined,
    sendLimits: { ...TELEGRAM_LIMITS.pace, perChatGapMs: options.perChatMs ?? 20 },
    inbound: options.inbound === undefined ? ROOMY_INBOUND : options.inbound,
  });
  await telegram.start();
  const self: TelegramTest = {
    test,
    api,
    telegram,
    webhookUrl,
    link(fullName, user) {
      const person = test.app.services.directory.findOnePerson(fullName);
      test.app.services.directory.linkAccount(person.id, { platform: "telegram", externalId: String(user.id) });
    },
    async restart() {
      await telegram.stop();
      server?.closeAllConnections();
      server?.close();
      return startTelegramTest({ ...options, api, test: test.restart() });
    },
    async close() {
      await telegram.stop();
      server?.closeAllConnections();
      server?.close();
      await api.stop();
      test.close();
    },
  };
  return self;
}
