// The real program (src/main.ts) with only ZALO_BOT_TOKEN set runs the Zalo adapter against the stand-in,
// answers a first message with the command list, and stops cleanly on SIGTERM. With a webhook URL it registers the
// webhook and serves /zalo/webhook on PORT, refusing a call without the secret. Killed with SIGKILL in the middle of
// a form, it starts again on the same file and carries on from the last answer.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
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

/** What the bot wrote to stderr, to explain a failure. */
let stderr = "";

function start(env: Record<string, string>, keepDir = false): ChildProcess {
  if (!keepDir) dir = mkdtempSync(join(tmpdir(), "thidua-zalo-main-"));
  stderr = "";
  const started = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      DATABASE_URL: join(dir, "bot.sqlite"),
      LOG_LEVEL: "warn",
      BALLOT_KEY: Buffer.alloc(32, 5).toString("base64"),
      ...env,
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  started.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
  });
  return started;
}

describe("main with Zalo", () => {
  it("polls, greets a stranger in one short line, and stops on SIGTERM", async () => {
    api = await new ZaloApiStandIn({ pollTimeoutMs: 200 }).start();
    child = start({ ZALO_BOT_TOKEN: api.token, ZALO_API_ROOT: api.apiRoot, ZALO_SEND_INTERVAL_MS: "0", PORT: String(await freePort()) });
    await api.waitFor(() => api.callsOf("getUpdates").length > 0, 90_000);
    expect(api.callsOf("deleteWebhook")).toHaveLength(1);
    const user = { id: hexId(), display_name: "Khách" };
    api.userSays(user, "Xin chào");
    await api.waitFor(() => api.texts(user.id).join("\n").includes("Gõ /register"), 30_000);
    const exited = new Promise<number | null>((resolve) => child?.on("exit", (code) => resolve(code)));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  }, 150_000);

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
    await api.waitFor(() => api.webhook !== null, 90_000);
    const user = { id: hexId(), display_name: "Khách" };
    const event = api.userSays(user, "/help");
    await api.waitFor(() => api.texts(user.id).length > 0, 30_000);
    expect(await api.postToWebhook(event, { secret: "not-the-secret" })).toBe(401);
    expect(api.callsOf("getUpdates")).toEqual([]);
    child.kill("SIGTERM");
  }, 150_000);

  it("survives kill -9 in the middle of a form: the answers so far are kept, and nothing is answered twice", async () => {
    api = await new ZaloApiStandIn({ pollTimeoutMs: 200 }).start();
    const env = { ZALO_BOT_TOKEN: api.token, ZALO_API_ROOT: api.apiRoot, ZALO_SEND_INTERVAL_MS: "0", PORT: String(await freePort()) };
    // a unit to register into, from a roster that also carries a Zalo id
    dir = mkdtempSync(join(tmpdir(), "thidua-zalo-main-"));
    const roster = join(dir, "staff.csv");
    writeFileSync(roster, `full_name,unit,roles,zalo_user_id\nNguyễn Thị Hồng,Văn phòng Sở,unit_head,${hexId()}\n`);
    const imported = spawnSync(process.execPath, ["--import", "tsx", "src/cli.ts", "import-staff", roster], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, DATABASE_URL: join(dir, "bot.sqlite") },
      encoding: "utf8",
    });
    expect(imported.status, imported.stderr).toBe(0);
    child = start(env, true);
    await api.waitFor(() => api.callsOf("getUpdates").length > 0, 90_000);
    const user = { id: hexId(), display_name: "Khách" };
    const says = async (text: string) => {
      const before = api.sent(user.id).length;
      api.userSays(user, text);
      await api
        .waitFor(() => api.sent(user.id).length > before, 30_000)
        .catch(() => {
          throw new Error(`no answer to "${text}"; the bot said: ${stderr.slice(-2000)}`);
        });
      return api.lastText(user.id);
    };
    expect(await says("/register")).toContain("(1/2)");
    expect(await says("Nguyễn Văn Khách")).toContain("(2/2)");
    const killed = new Promise((resolve) => child?.on("exit", resolve));
    child.kill("SIGKILL");
    await killed;
    const sentBefore = api.sent(user.id).length;
    const deletesBefore = api.callsOf("deleteWebhook").length;
    child = start(env, true);
    // the new process polls once it has removed any webhook (at start) and then asked for updates itself
    await api.waitFor(() => api.callsOf("deleteWebhook").length > deletesBefore, 90_000);
    const restartedAt = api.callsOf("deleteWebhook").at(-1)?.at as number;
    await api.waitFor(() => api.callsOf("getUpdates").some((c) => c.at > restartedAt), 30_000);
    // the unit is picked by number, so after the restart the question comes back first; then "1" answers it
    const resumed = await says("1");
    expect(resumed).toContain("Bạn đang điền dở biểu mẫu /register");
    expect(resumed).toContain("(2/2)");
    const summary = await says("1");
    expect(summary).toContain("Nguyễn Văn Khách");
    expect(summary).toContain("Văn phòng Sở");
    expect(api.sent(user.id).length).toBe(sentBefore + 2);
    child.kill("SIGTERM");
  }, 180_000);
});
