// Composition root: configuration → database and core → the adapters the environment asks for → run.
import { ConfigError, loadConfig } from "./config";
import { createApp } from "./app";
import { createServer } from "node:http";
import { runConsole } from "./adapters/console";
import { SLACK_ENDPOINT, createSlackAdapter } from "./adapters/slack";
import { createLogger } from "./logging/logger";

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
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
  const app = createApp({ config, logger });
  if (!platformsWanted) {
    await runConsole({ app, input: process.stdin, output: process.stdout, exportDir: config.EXPORT_DIR, interactive: Boolean(process.stdin.isTTY) });
    app.close();
    return;
  }
  const slack = config.SLACK_BOT_TOKEN ? await startSlack(app, config, logger) : null;
  if (!slack) {
    logger.error({}, "platform adapters are not available in this build yet");
    app.close();
    process.exit(1);
  }
}

/** Slack over HTTP on PORT at /slack/events (or Socket Mode with SLACK_APP_TOKEN). Other paths answer 404. */
async function startSlack(app: ReturnType<typeof createApp>, config: ReturnType<typeof loadConfig>, logger: ReturnType<typeof createLogger>) {
  const slack = createSlackAdapter({
    app,
    logger,
    botToken: config.SLACK_BOT_TOKEN as string,
    signingSecret: config.SLACK_SIGNING_SECRET,
    appToken: config.SLACK_APP_TOKEN,
    apiUrl: config.SLACK_API_URL,
  });
  if (config.SLACK_APP_TOKEN) {
    await slack.start();
    logger.info({ mode: "socket" }, "slack connected");
    return slack;
  }
  const server = createServer((req, res) => {
    if (slack.handles(req)) slack.requestListener(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(config.PORT, resolve));
  logger.info({ mode: "http", port: config.PORT, path: SLACK_ENDPOINT }, "slack listening");
  return slack;
}

main().catch((error: unknown) => {
  process.stderr.write(`thidua-bot stopped: ${(error as Error).message}\n`);
  process.exit(1);
});
