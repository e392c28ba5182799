// The bot's shared HTTP server (src/ops/startup.ts, listen) serving the one-time file links of a test app, at an
// address known before the app is made (its PUBLIC_URL); after a restart it serves the new app's links.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createFileLinkRoute } from "../../src/adapters/file-link-route";
import type { HttpRoute } from "../../src/adapters/platform";
import type { App } from "../../src/app";
import { createMemoryLogger } from "../../src/logging/logger";
import { listen } from "../../src/ops/startup";

export interface FileLinkServer {
  /** The PUBLIC_URL to give the app. */
  url: string;
  /** Serves this app's links from now on. */
  serve(app: App): void;
  /** What the server logged. */
  logLines: string[];
  close(): Promise<void>;
}

export async function startFileLinkServer(): Promise<FileLinkServer> {
  const { logger, lines } = createMemoryLogger();
  let current: HttpRoute | null = null;
  const route: HttpRoute = {
    name: "file-link",
    handles: (req) => current?.handles(req) ?? false,
    requestListener: (req, res) => current?.requestListener(req, res),
  };
  const server: Server = await listen([route], 0, logger);
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    logLines: lines,
    serve(app) {
      current = createFileLinkRoute({
        door: app.fileLinks.door,
        translator: app.translator,
        defaultLocale: "vi",
        durability: app.durability,
        logger,
      });
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
