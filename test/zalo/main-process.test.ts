// The real program (src/main.ts) with only ZALO_BOT_TOKEN set runs the Zalo adapter against the stand-in,
// answers a first message with the command list, and stops cleanly on SIGTERM. With a webhook URL it registers the
// webhook and serves /zalo/webhook on PORT, refusing a call without the secret.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { hexId, ZaloApiStandIn } from "../support/zalo-api";

const ROOT = join(import.meta.dirname, "../..");
let api: ZaloApiStandIn;
let child: ChildProcess | null = null;
let dir: string;

afterEach(async () => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
  await api?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function start(env: Record<string, string>): ChildProcess {
  dir = mkdtempSync(join(tmpdir(), "thidua-zalo-main-"));
  return spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, DATABASE_URL: join(dir, "bot.sqlite"), LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
}

describe("main with Zalo", () => {
  it("polls, greets with the command list, and stops on SIGTERM", async () => {
    api = await new ZaloApiStandIn({ pollTimeoutMs: 200 }).start();
    child = start({ ZALO_BOT_TOKEN: api.token, ZALO_API_ROOT: api.apiRoot, ZALO_SEND_INTERVAL_MS: "0", PORT: String(await freePort()) });
    await api.waitFor(() => api.callsOf("getUpdates").length > 0, 30_000);
    expect(api.callsOf("deleteWebhook")).toHaveLength(1);
    const user = { id: hexId(), display_name: "Khách" };
    api.userSays(user, "Xin chào");
    await api.waitFor(() => api.texts(user.id).join("\n").includes("/register —"), 15_000);
    const exited = new Promise<number | null>((resolve) => child?.on("exit", (code) => resolve(code)));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  }, 60_000);

  it("registers the webhook and refuses a call without its secret", async () => {
    api = await new ZaloApiStandIn().start();
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/zalo/webhook`;
    child = start({
      ZALO_BOT_TOKEN: api.token,
      ZALO_API_ROOT: api.apiRoot,
      ZALO_WEBHOOK_URL: url,
      ZALO_WEBHOOK_SECRET: "a-secret-of-zalo",
      PORT: String(port),
    });
    await api.waitFor(() => api.webhook !== null, 30_000);
    const user = { id: hexId(), display_name: "Khách" };
    const event = api.userSays(user, "/help");
    await api.waitFor(() => api.texts(user.id).length > 0, 15_000);
    expect(await api.postToWebhook(event, { secret: "not-the-secret" })).toBe(401);
    expect(api.callsOf("getUpdates")).toEqual([]);
    child.kill("SIGTERM");
  }, 60_000);
});
