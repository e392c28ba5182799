// Composition root: configuration → database and core → the adapters the environment asks for → run.
import { createServer, type IncomingMessage, type RequestListener } from "node:http";
import { runConsole } from "./adapters/console";
import { createSeenRequests } from "./adapters/seen-requests";
import { createSlackAdapter, SLACK_ENDPOINT } from "./adapters/slack";
import { createTelegramAdapter, TELEGRAM_WEBHOOK_PATH, type TelegramAdapter } from "./adapters/telegram";
import { ZALO_WEBHOOK_PATH } from "./adapters/zalo";
import { zaloFromConfig } from "./adapters/zalo/from-config";
import { type App, createApp } from "./app";
import { type Config, ConfigError, loadConfig } from "./config";
import type { Logger } from "./core/ports";
import { createLogger } from "./logging/logger";
import { createOutbox } from "./outbox";
import { createSlackTransport } from "./outbox/slack-transport";
import { createTelegramTransport } from "./outbox/telegram-transport";
import type { Transport } from "./outbox/transport";
import { createScheduler } from "./scheduler";

/** What an adapter needs from the shared HTTP server: the paths it serves and its listener. */
interface HttpRoute {
  handles(req: IncomingMessage): boolean;
  requestListener: RequestListener;
}

interface Running {
  start(): Promise<void>;
  stop(): Promise<void>;
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const platformsWanted = Boolean(config.TELEGRAM_BOT_TOKEN || config.SLACK_BOT_TOKEN || config.ZALO_BOT_TOKEN);
  // in the terminal chat, only warnings and errors, so log lines do not interleave with the conversation
  const logger = createLogger(platformsWanted ? config.LOG_LEVEL : process.env.LOG_LEVEL ? config.LOG_LEVEL : "warn");
  const app = createApp({ config, logger });
  if (!platformsWanted) {
    await runConsole({
      app,
      input: process.stdin,
      output: process.stdout,
      exportDir: config.EXPORT_DIR,
      interactive: Boolean(process.stdin.isTTY),
      caseDigestCron: config.CASE_DIGEST_CRON,
    });
    app.close();
    return;
  }
  await runPlatforms(app, config, logger);
}

/** Telegram, Slack and/or Zalo in one process on one core; webhooks and Slack's HTTP mode share one server on PORT. */
async function runPlatforms(app: App, config: Config, logger: Logger): Promise<void> {
  const routes: HttpRoute[] = [];
  const running: Running[] = [];
  let telegramAdapter: TelegramAdapter | null = null;

  if (config.SLACK_BOT_TOKEN) {
    const slack = createSlackAdapter({
      app,
      logger,
      botToken: config.SLACK_BOT_TOKEN,
      signingSecret: config.SLACK_SIGNING_SECRET,
      appToken: config.SLACK_APP_TOKEN,
      apiUrl: config.SLACK_API_URL,
    });
    if (!config.SLACK_APP_TOKEN) routes.push(slack);
    running.push(slack);
  }
  if (config.TELEGRAM_BOT_TOKEN) {
    const webhook = config.TELEGRAM_WEBHOOK_URL ? { url: config.TELEGRAM_WEBHOOK_URL, secret: config.TELEGRAM_WEBHOOK_SECRET as string } : undefined;
    const telegram = createTelegramAdapter({ app, logger, token: config.TELEGRAM_BOT_TOKEN, apiRoot: config.TELEGRAM_API_ROOT, webhook });
    if (webhook) routes.push(telegram);
    running.push(telegram);
    telegramAdapter = telegram;
  }
  const zalo = zaloFromConfig(app, config, logger);
  if (zalo?.webhook) routes.push(zalo.adapter);
  if (zalo) running.push(zalo.adapter);

  const server =
    routes.length > 0
      ? createServer((req, res) => {
          const route = routes.find((r) => r.handles(req));
          if (route) route.requestListener(req, res);
          else res.writeHead(404).end();
        })
      : null;
  if (server) {
    await new Promise<void>((resolve) => server.listen(config.PORT, resolve));
    logger.info(
      {
        port: config.PORT,
        paths: [
          config.SLACK_BOT_TOKEN && !config.SLACK_APP_TOKEN ? SLACK_ENDPOINT : null,
          config.TELEGRAM_WEBHOOK_URL ? TELEGRAM_WEBHOOK_PATH : null,
          zalo?.webhook ? ZALO_WEBHOOK_PATH : null,
        ].filter(Boolean),
      },
      "listening",
    );
  }
  for (const adapter of running) await adapter.start();

  // announcements go out through the outbox, paced per platform; the scheduler creates their runs
  const transports: Transport[] = [];
  if (telegramAdapter) {
    transports.push(
      createTelegramTransport({
        token: config.TELEGRAM_BOT_TOKEN as string,
        apiRoot: config.TELEGRAM_API_ROOT,
        translator: app.services.translator,
        botUsername: telegramAdapter.bot.botInfo.username,
      }),
    );
  }
  if (config.SLACK_BOT_TOKEN)
    transports.push(createSlackTransport({ token: config.SLACK_BOT_TOKEN, apiUrl: config.SLACK_API_URL, translator: app.services.translator }));
  if (zalo) transports.push(zalo.transport);
  const outbox = createOutbox(app, logger, transports, zalo ? { limits: { zalo: zalo.pace } } : {});
  outbox.start();
  const scheduler = createScheduler({
    services: app.services,
    logger,
    timezone: config.TIMEZONE,
    caseDigestCron: config.CASE_DIGEST_CRON,
    onRuns: outbox.poke,
    firstTime: createSeenRequests(app.db).firstTime,
  });
  await scheduler.start();
  running.push({
    start: async () => undefined,
    async stop() {
      await scheduler.stop();
      await outbox.stop();
    },
  });
  logger.info({ telegram: Boolean(config.TELEGRAM_BOT_TOKEN), slack: Boolean(config.SLACK_BOT_TOKEN), zalo: Boolean(zalo) }, "thidua-bot started");

  const shutdown = async (signal: string) => {
    logger.info({ signal }, "stopping");
    await Promise.allSettled(running.map((r) => r.stop()));
    server?.close();
    app.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error: unknown) => {
  process.stderr.write(`thidua-bot stopped: ${(error as Error).message}\n`);
  process.exit(1);
});
