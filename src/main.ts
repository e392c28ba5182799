// Composition root: configuration → database and core → the adapters the environment asks for → the runtime
// (outbox and scheduler) → run. A platform's libraries are loaded only when its token is set.
import type { Server } from "node:http";
import { createFileLinkRoute } from "./adapters/file-link-route";
import { inboundLimitsFrom } from "./adapters/pace/inbound-limits";
import type { HttpRoute, PlatformAdapter } from "./adapters/platform";
import { type App, createApp } from "./app";
import { type Config, ConfigError, loadConfig } from "./config";
import { createDeliveryRetention } from "./core/retention/deliveries";
import { backupWithRotation } from "./db/backup";
import { type DatabaseLock, lockDatabaseWaiting } from "./db/lock";
import { createRetentionStore } from "./db/repos/retention";
import type { Logger } from "./kernel/ports";
import { createLogger } from "./logging/logger";
import { createInFlight, currentRequestId, type InFlight } from "./logging/request-scope";
import { createHealth, createHealthRoute, type Health } from "./ops/health";
import { installGracefulStop } from "./ops/shutdown";
import { createSlackProbe } from "./ops/slack-probe";
import { listen, prepareDatabase, startPlatform } from "./ops/startup";
import { endsTheProcess, exitOnFatal } from "./ops/startup-errors";
import { type Runtime, startRuntime } from "./runtime";

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
  const logger = createLogger(config.LOG_LEVEL ?? (platformsWanted ? "info" : "warn"));
  // the database is this process's until it ends (an OS-level lock, src/db/lock.ts): a second bot, the terminal chat
  // on the same file or `cli restore` is refused, naming this process; an operator's command holding it briefly is
  // waited for
  const lock =
    config.DATABASE_URL === ":memory:" ? null : await lockDatabaseWaiting(config.DATABASE_URL, platformsWanted ? "bot" : "terminal chat", 10_000);
  process.once("exit", () => lock?.release());
  await prepareDatabase(config.DATABASE_URL, logger);
  const app = createApp({ config, logger });
  if (platformsWanted) await runPlatforms(app, config, logger, lock);
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
    jobs: [...(config.BACKUP_DIR ? [nightlyBackup(app, config, logger)] : []), deliveryRetention(app, config, logger)],
    // announcements waiting for Telegram, Slack or Zalo stay the bot's to send (src/outbox/index.ts)
    outbox: { rehome: false },
  });
  running = logger;
  await chat.run(() => runtime.drained());
  await runtime.stop();
  app.close();
}

/** What an adapter's start needs besides itself: the Slack token check (Telegram's probe sits inside its API client). */
interface Started {
  adapter: PlatformAdapter;
  mode: string;
  before?: () => Promise<void>;
  after?: () => void;
}

/** The adapters whose tokens are set, each module loaded only then, wired to the health checks. */
async function createPlatformAdapters(app: App, config: Config, logger: Logger, health: Health, inFlight: InFlight): Promise<Started[]> {
  const adapters: Started[] = [];
  const inbound = inboundLimitsFrom(config);
  if (config.SLACK_BOT_TOKEN) {
    const { createSlackAdapter } = await import("./adapters/slack");
    const slack = createSlackAdapter({
      port: app.port,
      logger,
      botToken: config.SLACK_BOT_TOKEN,
      signingSecret: config.SLACK_SIGNING_SECRET,
      appToken: config.SLACK_APP_TOKEN,
      apiUrl: config.SLACK_API_URL,
      inbound,
      inFlight,
    });
    const probe = createSlackProbe(slack.client, health.link("slack"), logger);
    adapters.push({ adapter: slack, mode: config.SLACK_APP_TOKEN ? "socket" : "http", before: probe.start, after: probe.stop });
  }
  if (config.TELEGRAM_BOT_TOKEN) {
    const { createTelegramAdapter } = await import("./adapters/telegram");
    const { createTelegramProbe } = await import("./adapters/telegram/probe");
    const webhook = config.TELEGRAM_WEBHOOK_URL ? { url: config.TELEGRAM_WEBHOOK_URL, secret: config.TELEGRAM_WEBHOOK_SECRET as string } : undefined;
    const telegram = createTelegramAdapter({
      port: app.port,
      logger,
      token: config.TELEGRAM_BOT_TOKEN,
      apiRoot: config.TELEGRAM_API_ROOT,
      webhook,
      inbound,
      transformers: [createTelegramProbe(health.link("telegram"), logger)],
      inFlight,
    });
    adapters.push({ adapter: telegram, mode: webhook ? "webhook" : "polling" });
  }
  if (config.ZALO_BOT_TOKEN) {
    const { createZaloAdapter } = await import("./adapters/zalo");
    const webhook = config.ZALO_WEBHOOK_URL ? { url: config.ZALO_WEBHOOK_URL, secret: config.ZALO_WEBHOOK_SECRET as string } : undefined;
    const { ZALO_BOT_TOKEN: token, ZALO_API_ROOT: apiRoot, ZALO_SEND_INTERVAL_MS: sendIntervalMs } = config;
    adapters.push({
      adapter: createZaloAdapter({ port: app.port, logger, token, apiRoot, webhook, sendIntervalMs, inbound, link: health.link("zalo"), inFlight }),
      mode: webhook ? "webhook" : "polling",
    });
  }
  return adapters;
}

/** Telegram, Slack and/or Zalo in one process on one core; webhooks, Slack's HTTP mode and /healthz, /readyz share one server on PORT. */
async function runPlatforms(app: App, config: Config, logger: Logger, lock: DatabaseLock | null): Promise<void> {
  const health = createHealth({
    databasePath: config.DATABASE_URL,
    ping: () => app.db.$client.prepare("select 1").get(),
    ...(lock ? { lock } : {}),
  });
  const inFlight = createInFlight();
  const started = await createPlatformAdapters(app, config, logger, health, inFlight);
  const adapters = started.map((s) => s.adapter);
  let server: Server | null = null;
  let runtime: Runtime | null = null;

  // installed before anything starts, so that a stop during a slow start-up (a platform not answering) is clean too:
  // stop taking updates, finish the ones being handled, then the sends in flight; the database closes last
  let serverClosed: Promise<unknown> = Promise.resolve();
  installGracefulStop({
    logger,
    steps: [
      {
        name: "intake",
        run: () => {
          const open = server;
          if (open) serverClosed = new Promise((resolve) => open.close(resolve));
        },
      },
      { name: "adapters", run: () => Promise.allSettled(started.flatMap((s) => [s.after?.(), s.adapter.stop()])) },
      { name: "updates in flight", run: () => inFlight.idle(8_000) },
      { name: "outbox and scheduler", run: () => runtime?.stop() },
      { name: "http server", run: () => serverClosed },
      { name: "database", run: () => app.close() },
    ],
  });

  // the server always runs, first, so a monitor sees the start-up progress in /readyz
  const routes: HttpRoute[] = [createHealthRoute(health), ...adapters.flatMap((a) => (a.route ? [a.route] : []))];
  // one-time file links (PUBLIC_URL): Zalo, which cannot carry files, gets a link to each
  if (config.PUBLIC_URL)
    routes.push(
      createFileLinkRoute({
        door: app.fileLinks.door,
        translator: app.translator,
        defaultLocale: config.DEFAULT_LOCALE,
        durability: app.durability,
        logger,
      }),
    );
  server = await listen(routes, config.PORT, logger);
  for (const { adapter, mode, before } of started)
    await startPlatform(
      adapter.platform,
      mode,
      async () => {
        await before?.();
        await adapter.start();
      },
      logger,
    );

  runtime = await startRuntime({
    app,
    logger,
    transports: adapters.map((a) => a.transport()),
    timezone: config.TIMEZONE,
    caseDigestCron: config.CASE_DIGEST_CRON,
    digestCron: config.DIGEST_CRON,
    jobs: [...(config.BACKUP_DIR ? [nightlyBackup(app, config, logger)] : []), deliveryRetention(app, config, logger)],
    onTick: health.tick,
  });
  health.expectScheduler();
  logger.info({ platforms: adapters.map((a) => a.platform) }, "outbox and scheduler started");
  health.markStarted();
  running = logger;
  logger.info({ platforms: adapters.map((a) => a.platform) }, "thidua-bot started");
  warmCharts(app, logger);
}

/**
 * Loads the chart libraries and draws a small chart once the bot is up, in the background: a fresh process takes
 * about half a second for its first chart, which would otherwise fall on the first person to ask for one.
 */
function warmCharts(app: App, logger: Logger): void {
  setTimeout(() => {
    app.services.charts.warm().then(
      () => logger.debug({}, "charts warmed up"),
      (error: unknown) => logger.warn({ errorName: (error as Error).name }, "charts could not be warmed up"),
    );
  }, 1000).unref();
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

/** Every ten minutes: old delivery rows summarised and deleted in small batches (src/core/retention). */
function deliveryRetention(app: App, config: Config, logger: Logger) {
  const retention = createDeliveryRetention({
    store: createRetentionStore(app.db),
    figuresOf: (runId) => app.services.broadcasts.runFigures(runId),
    clock: app.services.clock,
    days: config.DELIVERY_RETENTION_DAYS,
  });
  return {
    name: "delivery-retention",
    cron: "*/10 * * * *",
    async run() {
      const { runs, deleted } = await retention.sweep();
      if (deleted > 0) logger.info({ runs, deleted }, "old delivery rows summarised and deleted");
    },
  };
}

/** Set once the bot is up: from then on a stray rejection is logged and the bot goes on (see below). */
let running: Logger | null = null;

// Bolt checks its token on its own too, in a promise nobody awaits: a refusal there must end the same way. Before
// the start completes any failure ends the process (systemd or Docker starts it again); once running, only a refused
// token or an unreachable Slack does: a rejection from one request's work (a webhook, a send) is logged with its
// request id and kind, and the bot keeps serving everyone else.
process.on("unhandledRejection", (error) => {
  if (!running || endsTheProcess(error)) exitOnFatal(error);
  running.error(
    { requestId: currentRequestId(), errorName: (error as Error)?.name, stack: (error as Error)?.stack },
    "unhandled rejection; the bot goes on",
  );
});
main().catch(exitOnFatal);
