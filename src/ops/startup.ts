// Start-up that says what it does: one log line per step (database, migrations, each platform connecting and
// connected, the HTTP server), a refused token turned into one clear line and a non-zero exit, and the HTTP
// server that always runs on PORT, so /healthz and /readyz answer even when only polling adapters are enabled.
import { createServer, type Server } from "node:http";
import { answer } from "../adapters/http-body";
import type { HttpRoute } from "../adapters/platform";
import { MIGRATIONS_FOLDER } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import type { Logger } from "../kernel/ports";
import { currentRequestId, inRequestScope } from "../logging/request-scope";
import { asTokenRefusal } from "./startup-errors";

/** Applies new migrations (copying a database with data first) and logs each step. */
export async function prepareDatabase(databasePath: string, logger: Logger, folder = MIGRATIONS_FOLDER): Promise<void> {
  if (databasePath === ":memory:") return;
  const { applied, backup } = await migrateDatabase(databasePath, folder);
  logger.info({ database: databasePath }, "database opened");
  if (backup) logger.info({ backup, migrations: applied.length }, "database copied before the upgrade");
  logger.info({ applied }, applied.length > 0 ? "migrations applied" : "migrations up to date");
}

/** Starts one platform adapter between a "connecting" and a "started" line; a refused token becomes TokenRefusedError. */
export async function startPlatform(platform: string, mode: string, start: () => Promise<void>, logger: Logger): Promise<void> {
  logger.info({ platform, mode }, `${platform} connecting`);
  try {
    await start();
  } catch (error) {
    throw asTokenRefusal(error) ?? error;
  }
  logger.info({ platform, mode }, `${platform} started`);
}

/**
 * The one HTTP server on `port` (webhooks, Slack's endpoint, health). Each request runs in its own request scope,
 * so every log line of its handling carries one request id. A route that throws or rejects is logged with that id
 * (its kind only: an error may quote a body) and answered 500: no request can end the process.
 */
export async function listen(routes: HttpRoute[], port: number, logger: Logger): Promise<Server> {
  const server = createServer((req, res) => {
    const route = routes.find((r) => r.handles(req));
    if (!route) {
      req.resume();
      answer(res, 404);
      return;
    }
    inRequestScope(() => {
      const failed = (error: unknown) => {
        logger.error({ requestId: currentRequestId(), errorName: (error as Error)?.name, path: route.name }, "http request failed");
        answer(res, 500);
      };
      try {
        Promise.resolve(route.requestListener(req, res)).catch(failed);
      } catch (error) {
        failed(error);
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, () => {
      server.off("error", reject);
      resolve();
    });
  });
  logger.info({ port }, "listening");
  return server;
}
