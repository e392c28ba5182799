// Composition root: configuration → database and core → the adapters the environment asks for → run.
import { runConsole } from "./adapters/console";
import { createSeenRequests } from "./adapters/seen-requests";
import { createSlackAdapter } from "./adapters/slack";
import { createTelegramAdapter, type TelegramAdapter } from "./adapters/telegram";
import { type App, createApp } from "./app";
import { type Config, ConfigError, loadConfig } from "./config";
import type { Logger } from "./core/ports";
import { createLogger } from "./logging/logger";
import { createInFlight } from "./logging/request-scope";
import { createHealth, createHealthRoute } from "./ops/health";
import { installGracefulStop } from "./ops/shutdown";
import { createSlackProbe } from "./ops/slack-probe";
import { type HttpRoute, listen, prepareDatabase, startPlatform } from "./ops/startup";
import { EXIT_CONFIG, TokenRefusedError } from "./ops/startup-errors";
import { createTelegramProbe } from "./ops/telegram-probe";
import { createOutbox } from "./outbox";
import { createSlackTransport } from "./outbox/slack-transport";
import { createTelegramTransport } from "./outbox/telegram-transport";
import type { Transport } from "./outbox/transport";
import { createScheduler } from "./scheduler";

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
  const platformsWanted = Boolean(config.TELEGRAM_BOT_TOKEN || config.SLACK_BOT_TOKEN);
  // in the terminal chat, only warnings and errors, so log lines do not interleave with the conversation
  const logger = createLogger(platformsWanted ? config.LOG_LEVEL : process.env.LOG_LEVEL ? config.LOG_LEVEL : "warn");
  await prepareDatabase(config.DATABASE_URL, logger);
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

/**
 * Telegram and/or Slack in one process on one core; webhooks, Slack's HTTP mode and the health checks share one
 * server on PORT. Each step logs a line; SIGTERM stops gracefully (src/ops/shutdown.ts).
 */
async function runPlatforms(app: App, config: Config, logger: Logger): Promise<void> {
  const health = createHealth({ databasePath: config.DATABASE_URL, ping: () => app.db.$client.prepare("select 1").get() });
  const routes: HttpRoute[] = [createHealthRoute(health)];
  const inFlight = createInFlight();
  let telegramAdapter: TelegramAdapter | null = null;
  let slackAdapter: ReturnType<typeof createSlackAdapter> | null = null;
  let slackProbe: ReturnType<typeof createSlackProbe> | null = null;

  if (config.SLACK_BOT_TOKEN) {
    slackAdapter = createSlackAdapter({
      app,
      logger,
      botToken: config.SLACK_BOT_TOKEN,
      signingSecret: config.SLACK_SIGNING_SECRET,
      appToken: config.SLACK_APP_TOKEN,
      apiUrl: config.SLACK_API_URL,
    });
    if (!config.SLACK_APP_TOKEN) routes.push(slackAdapter);
    slackProbe = createSlackProbe(slackAdapter.client, health.link("slack"), logger);
  }
  if (config.TELEGRAM_BOT_TOKEN) {
    const webhook = config.TELEGRAM_WEBHOOK_URL ? { url: config.TELEGRAM_WEBHOOK_URL, secret: config.TELEGRAM_WEBHOOK_SECRET as string } : undefined;
    telegramAdapter = createTelegramAdapter({
      app,
      logger,
      token: config.TELEGRAM_BOT_TOKEN,
      apiRoot: config.TELEGRAM_API_ROOT,
      webhook,
      transformers: [createTelegramProbe(health.link("telegram"), logger)],
      inFlight,
    });
    if (webhook) routes.push(telegramAdapter);
  }

  // the server comes first, so a monitor sees the start-up progress in /readyz
  const server = await listen(routes, config.PORT, logger);
  if (slackAdapter && slackProbe) {
    const slack = slackAdapter;
    await startPlatform(
      "slack",
      config.SLACK_APP_TOKEN ? "socket" : "http",
      async () => {
        await slackProbe.start();
        await slack.start();
      },
      logger,
    );
  }
  if (telegramAdapter)
    await startPlatform("telegram", config.TELEGRAM_WEBHOOK_URL ? "webhook" : "polling", () => (telegramAdapter as TelegramAdapter).start(), logger);

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
  const outbox = createOutbox(app, logger, transports);
  outbox.start();
  logger.info({ platforms: transports.map((t) => t.platform) }, "outbox started");
  const scheduler = createScheduler({
    services: app.services,
    logger,
    timezone: config.TIMEZONE,
    caseDigestCron: config.CASE_DIGEST_CRON,
    onRuns: outbox.poke,
    firstTime: createSeenRequests(app.db).firstTime,
    onTick: health.tick,
  });
  health.expectScheduler();
  await scheduler.start();
  logger.info({}, "scheduler started");
  health.markStarted();
  logger.info({ telegram: Boolean(config.TELEGRAM_BOT_TOKEN), slack: Boolean(config.SLACK_BOT_TOKEN) }, "thidua-bot started");

  // stop taking updates, finish the ones being handled, then the sends in flight; the database closes last
  let serverClosed: Promise<unknown> = Promise.resolve();
  installGracefulStop({
    logger,
    steps: [
      {
        name: "intake",
        run: () => {
          serverClosed = new Promise((resolve) => server.close(resolve));
        },
      },
      { name: "telegram", run: () => telegramAdapter?.stop() },
      { name: "slack", run: () => Promise.all([slackProbe?.stop(), slackAdapter?.stop()]) },
      { name: "updates in flight", run: () => inFlight.idle(8_000) },
      { name: "scheduler", run: () => scheduler.stop() },
      { name: "outbox", run: () => outbox.stop() },
      { name: "http server", run: () => serverClosed },
      { name: "database", run: () => app.close() },
    ],
  });
}

main().catch((error: unknown) => {
  if (error instanceof TokenRefusedError) {
    process.stderr.write(`thidua-bot stopped: ${error.message}\n`);
    process.exit(EXIT_CONFIG);
  }
  process.stderr.write(`thidua-bot stopped: ${(error as Error).message}\n`);
  process.exit(1);
});
