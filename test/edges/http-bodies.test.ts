// Every HTTP endpoint reads its own body with a cap, and no request can end the process. The attacker's test, on
// the real entry point (src/main.ts) with the three webhooks on one port: with the right secret, a malformed body
// and a 3 MB body on the Telegram webhook, the Zalo webhook and Slack's endpoint each get a 4xx, and /healthz still
// answers after each; a real update afterwards is still handled. The one-time file links (PUBLIC_URL) on the same
// server: unknown, malformed and oversized requests are answered, never read, and the bot keeps running.
import { request } from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BotProcess, botDataDir, freePort, startBot } from "../support/bot-process";
import { SlackApiStandIn } from "../support/slack-api";
import { TelegramApiStandIn } from "../support/telegram-api";
import { ZaloApiStandIn } from "../support/zalo-api";

const TELEGRAM_SECRET = "webhook-secret-0123456789";
const ZALO_SECRET = "zalo-webhook-secret-0123";
const SIGNING_SECRET = "signing-secret-for-tests";
let telegram: TelegramApiStandIn;
let zalo: ZaloApiStandIn;
let slack: SlackApiStandIn;
let bot: BotProcess;

/** Posts raw bytes (node:http, so a large body is really streamed); resolves with the status, or the socket error. */
function post(path: string, body: Buffer | string, headers: Record<string, string>): Promise<number | string> {
  return new Promise((resolve) => {
    const req = request({ host: "127.0.0.1", port: bot.port, path, method: "POST", headers }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? "error"));
    req.end(body);
  });
}

/** GETs a path as written (node:http, so "../" is not resolved away). */
function statusOf(path: string): Promise<number> {
  return new Promise((resolve) => {
    const req = request({ host: "127.0.0.1", port: bot.port, path, method: "GET" }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", () => resolve(0));
    req.end();
  });
}

const huge = Buffer.alloc(3 * 1024 * 1024, "a");
const alive = async () => (await bot.get("/healthz")).status;

beforeAll(async () => {
  telegram = await new TelegramApiStandIn().start();
  zalo = await new ZaloApiStandIn().start();
  slack = await new SlackApiStandIn().start();
  const port = await freePort();
  bot = await startBot({
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    DATABASE_URL: join(botDataDir(), "http.sqlite"),
    TELEGRAM_BOT_TOKEN: "123456:HTTP-bodies-test-token-000000000",
    TELEGRAM_API_ROOT: telegram.apiRoot,
    TELEGRAM_WEBHOOK_URL: "https://bot.example.gov.vn/telegram/webhook",
    TELEGRAM_WEBHOOK_SECRET: TELEGRAM_SECRET,
    ZALO_BOT_TOKEN: zalo.token,
    ZALO_API_ROOT: zalo.apiRoot,
    ZALO_WEBHOOK_URL: "https://bot.example.gov.vn/zalo/webhook",
    ZALO_WEBHOOK_SECRET: ZALO_SECRET,
    SLACK_BOT_TOKEN: "xoxb-http-bodies",
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
  });
  await bot.waitFor(() => bot.logs().some((l) => l.msg === "thidua-bot started"), 30_000);
}, 60_000);
afterAll(async () => {
  bot?.child.kill("SIGKILL");
  await Promise.all([telegram?.stop(), zalo?.stop(), slack?.stop()]);
});

describe("bodies on every endpoint", () => {
  it("answers a malformed and an oversized body on the Telegram webhook with 4xx, and keeps running", async () => {
    const headers = { "content-type": "application/json", "x-telegram-bot-api-secret-token": TELEGRAM_SECRET };
    expect(await post("/telegram/webhook", "{not json", headers)).toBe(400);
    expect(await alive()).toBe(200);
    expect(await post("/telegram/webhook", '{"update_id":"x"}', headers)).toBe(400);
    expect(await post("/telegram/webhook", huge, headers)).toBe(413);
    expect(await alive()).toBe(200);
    // a real update still acts: the bot answers the person
    const sent = telegram.callsOf("sendMessage").length;
    const update = {
      update_id: 1,
      message: { message_id: 1, date: 1, chat: { id: 77, type: "private" }, from: { id: 77, is_bot: false, first_name: "A" }, text: "/help" },
    };
    expect(await post("/telegram/webhook", JSON.stringify(update), headers)).toBe(200);
    await bot.waitFor(() => telegram.callsOf("sendMessage").length > sent);
  });

  it("answers a malformed and an oversized body on the Zalo webhook with 4xx, and keeps running", async () => {
    const headers = { "content-type": "application/json", "x-bot-api-secret-token": ZALO_SECRET };
    expect(await post("/zalo/webhook", "{not json", headers)).toBe(400);
    expect(await alive()).toBe(200);
    expect(await post("/zalo/webhook", huge, headers)).toBe(413);
    expect(await alive()).toBe(200);
  });

  it("answers a malformed and an oversized body on Slack's endpoint with 4xx, and keeps running", async () => {
    const { createHmac } = await import("node:crypto");
    const signed = (body: Buffer | string) => {
      const ts = String(Math.floor(Date.now() / 1000));
      const signature = `v0=${createHmac("sha256", SIGNING_SECRET).update(`v0:${ts}:${body}`).digest("hex")}`;
      return { "content-type": "application/json", "x-slack-request-timestamp": ts, "x-slack-signature": signature };
    };
    expect(await post("/slack/events", "{not json", signed("{not json"))).toBe(400);
    expect(await alive()).toBe(200);
    expect(await post("/slack/events", huge, signed(huge))).toBe(413);
    expect(await alive()).toBe(200);
  });

  it("answers unknown, malformed and oversized requests for file links without reading them, and keeps running", async () => {
    const token = Buffer.alloc(32, 9).toString("base64url");
    expect(await post(`/file/${token}`, "", {})).toBe(404);
    expect(await post(`/file/${token}`, huge, { "content-type": "application/octet-stream" })).toBe(413);
    expect(await alive()).toBe(200);
    for (const path of ["/file/", "/file/%E0%A4%A", `/file/${token}?x=${"a".repeat(4000)}`, "/file/../../etc/passwd"])
      expect(await statusOf(path), path).toBe(404);
    expect(await alive()).toBe(200);
    expect(bot.child.exitCode).toBeNull();
  });

  it("reports every running platform in /readyz, Zalo included", async () => {
    const ready = await bot.get("/readyz");
    expect(ready.status).toBe(200);
    expect(ready.body.platforms).toMatchObject({ telegram: { ok: true }, slack: { ok: true }, zalo: { ok: true, state: "up" } });
    expect(ready.body.database).toEqual({ ok: true });
  });

  it("refuses a body sent to a health check past its small cap, and the log says nothing ended", async () => {
    const status = await new Promise<number>((resolve) => {
      const req = request(
        { host: "127.0.0.1", port: bot.port, path: "/healthz", method: "GET", headers: { "content-length": String(huge.length) } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on("error", () => resolve(0));
      req.end(huge);
    });
    expect(status).toBe(413);
    expect(await alive()).toBe(200);
    expect(bot.child.exitCode).toBeNull();
    expect(bot.lines.join("\n")).not.toContain("thidua-bot stopped");
  });
});
