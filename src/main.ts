// Composition root: configuration → database and core → the adapters the environment asks for → the runtime
// (outbox and scheduler) → run. A platform's libraries are loaded only when its token is set.
import { createServer } from "node:http";
import type { HttpRoute, PlatformAdapter } from "./adapters/platform";
import { type App, createApp } from "./app";
import { type Config, ConfigError, loadConfig } from "./config";
import type { Logger } from "./core/ports";
import { backupWithRotation, holdDatabase } from "./db/backup";
import { createLogger } from "./logging/logger";
import { startRuntime } from "./runtime";

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
  const logger = createLogger(config.LOG_LEVEL ?? (platformsWanted ? "info" : "warn"));
  const app = createApp({ config, logger });
  // a lock file tells `cli restore` that a bot is using this database
  const release = config.DATABASE_URL === ":memory:" ? () => undefined : holdDatabase(config.DATABASE_URL);
  process.once("exit", release);
  if (platformsWanted) await runPlatforms(app, config, logger);
  else await runTerminal(app, config, logger);
}

/** The terminal chat, until end of input; announcements are printed through the same outbox as on platforms. */
async function runTerminal(app: App, config: Config, logger: Logger): Promise<void> {
  const { createConsoleChat } = await import("./adapters/console");
  const chat = createConsoleChat({
    port: app.port,
    input: process.stdin,
    output: process.stdout,
    exportDir: config.EXPORT_DIR,
    interactive: Boolean(process.stdin.isTTY),
  });
  const runtime = await startRuntime({
    app,
    logger,
    transports: [chat.transport],
    timezone: config.TIMEZONE,
    caseDigestCron: config.CASE_DIGEST_CRON,
    digestCron: config.DIGEST_CRON,
    jobs: config.BACKUP_DIR ? [nightlyBackup(app, config, logger)] : [],
  });
  await chat.run(() => runtime.drained());
  await runtime.stop();
  app.close();
}

/** The adapters whose tokens are set, each module loaded only then. */
async function createPlatformAdapters(app: App, config: Config, logger: Logger): Promise<PlatformAdapter[]> {
  const adapters: PlatformAdapter[] = [];
  if (config.SLACK_BOT_TOKEN) {
    const { createSlackAdapter } = await import("./adapters/slack");
    adapters.push(
      createSlackAdapter({
        port: app.port,
        logger,
        botToken: config.SLACK_BOT_TOKEN,
        signingSecret: config.SLACK_SIGNING_SECRET,
        appToken: config.SLACK_APP_TOKEN,
        apiUrl: config.SLACK_API_URL,
      }),
    );
  }
  if (config.TELEGRAM_BOT_TOKEN) {
    const { createTelegramAdapter } = await import("./adapters/telegram");
    const webhook = config.TELEGRAM_WEBHOOK_URL ? { url: config.TELEGRAM_WEBHOOK_URL, secret: config.TELEGRAM_WEBHOOK_SECRET as string } : undefined;
    adapters.push(createTelegramAdapter({ port: app.port, logger, token: config.TELEGRAM_BOT_TOKEN, apiRoot: config.TELEGRAM_API_ROOT, webhook }));
  }
  return adapters;
}

/** Telegram and/or Slack in one process on one core; webhooks and Slack's HTTP mode share one server on PORT. */
async function runPlatforms(app: App, config: Config, logger: Logger): Promise<void> {
  const adapters = await createPlatformAdapters(app, config, logger);
  const routes = adapters.flatMap((a) => (a.route ? [a.route] : []));
  const server = routes.length > 0 ? createServer(routeRequest(routes)) : null;
  if (server) {
    await new Promise<void>((resolve) => server.listen(config.PORT, resolve));
    logger.info({ port: config.PORT, platforms: adapters.filter((a) => a.route).map((a) => a.platform) }, "listening");
  }
  for (const adapter of adapters) await adapter.start();

  const runtime = await startRuntime({
    app,
    logger,
    transports: adapters.map((a) => a.transport()),
    timezone: config.TIMEZONE,
    caseDigestCron: config.CASE_DIGEST_CRON,
    digestCron: config.DIGEST_CRON,
    jobs: config.BACKUP_DIR ? [nightlyBackup(app, config, logger)] : [],
  });
  logger.info({ platforms: adapters.map((a) => a.platform) }, "thidua-bot started");

  const shutdown = async (signal: string) => {
    logger.info({ signal }, "stopping");
    await Promise.allSettled(adapters.map((a) => a.stop()));
    await runtime.stop();
    server?.close();
    app.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
}

function routeRequest(routes: HttpRoute[]) {
  return (req: Parameters<HttpRoute["requestListener"]>[0], res: Parameters<HttpRoute["requestListener"]>[1]) => {
    const route = routes.find((r) => r.handles(req));
    if (route) route.requestListener(req, res);
    else res.writeHead(404).end();
  };
}

/** The nightly backup into BACKUP_DIR, keeping the newest BACKUP_KEEP; logs where, never what. */
function nightlyBackup(app: App, config: Config, logger: Logger) {
  return {
    name: "backup",
    cron: config.BACKUP_CRON,
    run() {
      const result = backupWithRotation(app.db.$client, config.DATABASE_URL, config.BACKUP_DIR as string, config.BACKUP_KEEP);
      logger.info({ path: result.path, tables: Object.keys(result.tables).length }, "nightly backup written");
    },
  };
}

main().catch((error: unknown) => {
  process.stderr.write(`thidua-bot stopped: ${(error as Error).message}\n`);
  process.exit(1);
});
