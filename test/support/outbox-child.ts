// A bot process that only runs the outbox, for the crash tests: the parent kills it with SIGKILL at random
// moments and starts it again on the same database file.

import { createSendPacer } from "../../src/adapters/pace/send-pacer";
import { createSlackTransport } from "../../src/adapters/slack/transport";
import { createTelegramTransport } from "../../src/adapters/telegram/transport";
import { createApp } from "../../src/app";
import { createOutboxQueue, type OutboxQueue } from "../../src/db/repos/broadcasts";
import { createLogger } from "../../src/logging/logger";
import { createOutbox } from "../../src/outbox";

const env = process.env;
const app = createApp({
  config: { DATABASE_URL: env.DATABASE_URL as string, DEFAULT_LOCALE: "vi", TIMEZONE: "Asia/Ho_Chi_Minh" },
  logger: createLogger("error"),
});
// OUTBOX_CRASH_AT=claim:N or result:N kills this process (SIGKILL) right after the Nth such commit
const [crashPhase, crashCount] = (env.OUTBOX_CRASH_AT ?? "").split(":");
const base = createOutboxQueue(app.db);
let claims = 0;
let results = 0;
const die = () => process.kill(process.pid, "SIGKILL");
const queue: OutboxQueue = {
  ...base,
  claim(...args) {
    const rows = base.claim(...args);
    if (rows.length > 0 && crashPhase === "claim" && ++claims === Number(crashCount)) die();
    return rows;
  },
  markSent(...args) {
    base.markSent(...args);
    if (crashPhase === "result" && ++results === Number(crashCount)) die();
  },
};
const fast = { perSecond: Number(env.OUTBOX_RATE ?? 2000), perChatGapMs: 0, perGroupPerMinute: null };
const outbox = createOutbox(
  app,
  app.services.log,
  [
    createTelegramTransport({
      token: "123456:CRASH-test-token-0000000000",
      apiRoot: env.TELEGRAM_API_ROOT,
      translator: app.services.translator,
      botUsername: "thidua_test_bot",
      pace: createSendPacer(fast),
    }),
    createSlackTransport({ token: "xoxb-test-token", apiUrl: env.SLACK_API_URL, translator: app.services.translator, pace: createSendPacer(fast) }),
  ],
  { lanes: Number(env.OUTBOX_LANES ?? 4), leaseMs: Number(env.OUTBOX_LEASE_MS ?? 300), queue },
);
outbox.start();
process.send?.("started");
