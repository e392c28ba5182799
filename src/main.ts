// Composition root: configuration → database and core → the adapters the environment asks for → run.
import { ConfigError, loadConfig } from "./config";
import { createApp } from "./app";
import { runConsole } from "./adapters/console";
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
  logger.error({}, "platform adapters are not available in this build yet");
  app.close();
  process.exit(1);
}

main().catch((error: unknown) => {
  process.stderr.write(`thidua-bot stopped: ${(error as Error).message}\n`);
  process.exit(1);
});
