// The real entry point with a Telegram token, polling the Bot API stand-in: /healthz and /readyz answer on PORT
// although no webhook is configured; readiness follows the database file and the platform, and comes back.
import { chmodSync, renameSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BotProcess, botDataDir, freePort, startBot, UNPRIVILEGED } from "../support/bot-process";
import { TelegramApiStandIn } from "../support/telegram-api";

const TOKEN = "123456:READY-test-token-000000000000";
let telegram: TelegramApiStandIn;
let bot: BotProcess;
let databaseUrl: string;

beforeAll(async () => {
  telegram = await new TelegramApiStandIn().start();
  databaseUrl = join(botDataDir(), "thidua.sqlite");
  bot = await startBot({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: telegram.apiRoot, DATABASE_URL: databaseUrl });
  await bot.waitFor(async () => (await bot.get("/readyz")).status === 200);
}, 60_000);
afterAll(async () => {
  bot.child.kill("SIGKILL");
  await telegram.stop();
});

const readiness = () => bot.get("/readyz");

describe("health endpoints", () => {
  it("answers /healthz and a ready /readyz with states only, no secrets or ids", async () => {
    expect(await bot.get("/healthz")).toEqual({ status: 200, body: { status: "ok" } });
    const { body } = await readiness();
    expect(body).toMatchObject({
      status: "ready",
      database: { ok: true },
      platforms: { telegram: { ok: true, state: "up" } },
      scheduler: { ok: true },
    });
    expect(JSON.stringify(body)).not.toContain(TOKEN.split(":")[1]);
    expect(JSON.stringify(body)).not.toContain(databaseUrl);
  });

  it("says each start-up step in the log, with no token in it", () => {
    const messages = bot.logs().map((l) => l.msg);
    for (const step of [
      "database opened",
      "migrations applied",
      "listening",
      "telegram connecting",
      "telegram connected",
      "telegram started",
      "outbox and scheduler started",
      "thidua-bot started",
    ])
      expect(messages).toContain(step);
    expect(bot.lines.join("\n")).not.toContain(TOKEN.split(":")[1]);
    // not a terminal: every line is one JSON object with a level and a time
    const lines = bot.lines.filter((l) => l.trim() !== "");
    expect(bot.logs()).toHaveLength(lines.length);
    expect(bot.logs().every((l) => typeof l.level === "number" && typeof l.time === "number")).toBe(true);
  });

  it("goes unready when the database file cannot be read, and ready again when it can", async () => {
    // as its own user the bot is refused a file made unreadable; root reads anything, so there the file is moved away
    const [hide, restore, reason] = UNPRIVILEGED
      ? [() => chmodSync(databaseUrl, 0o000), () => chmodSync(databaseUrl, 0o644), "EACCES"]
      : [() => renameSync(databaseUrl, `${databaseUrl}.away`), () => renameSync(`${databaseUrl}.away`, databaseUrl), "ENOENT"];
    hide();
    try {
      const { status, body } = await readiness();
      expect(status).toBe(503);
      expect(body).toMatchObject({ status: "unready", database: { ok: false, reason }, platforms: { telegram: { ok: true } } });
    } finally {
      restore();
    }
    expect((await readiness()).status).toBe(200);
  });

  it("goes unready when the Bot API goes away, logs why, and is ready and polling again soon after it returns", async () => {
    await telegram.stop();
    const down = Date.now();
    await bot.waitFor(async () => (await readiness()).status === 503);
    const { body } = await readiness();
    expect(body).toMatchObject({ platforms: { telegram: { ok: false, state: "unreachable" } }, database: { ok: true } });
    expect((await bot.get("/healthz")).status).toBe(200);
    expect(bot.logs().some((l) => l.msg === "telegram not answering, retrying" && ["ECONNRESET", "ECONNREFUSED"].includes(String(l.reason)))).toBe(
      true,
    );

    // a ten-second outage: auto-retry alone would next poll about 21 s after it began
    await new Promise((r) => setTimeout(r, Math.max(0, 10_000 - (Date.now() - down))));
    await telegram.start();
    await bot.waitFor(async () => (await readiness()).status === 200, 10_000);
    expect((await readiness()).body).toMatchObject({ platforms: { telegram: { ok: true, state: "up" } } });
    const person = { id: 777_001, first_name: "Lan", language_code: "vi" };
    telegram.sendText(person, "/help");
    await telegram.waitFor(() => telegram.chat(person.id).length > 0, 6000);
  }, 60_000);
});

describe("health beside a webhook", () => {
  it("serves /healthz, /readyz and the Telegram webhook on one port", async () => {
    const api = await new TelegramApiStandIn().start();
    const port = await freePort();
    const secret = "webhook-secret-0123456789";
    const hooked = await startBot({
      PORT: String(port),
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: api.apiRoot,
      TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${port}/telegram/webhook`,
      TELEGRAM_WEBHOOK_SECRET: secret,
      DATABASE_URL: join(botDataDir(), "w.sqlite"),
    });
    try {
      await hooked.waitFor(async () => (await hooked.get("/readyz")).status === 200);
      expect(api.webhook?.url).toBe(`http://127.0.0.1:${port}/telegram/webhook`);
      const person = { id: 777_002, first_name: "Long", language_code: "vi" };
      const update = api.sendText(person, "/help");
      const post = (token: string) =>
        fetch(`http://127.0.0.1:${port}/telegram/webhook`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": token },
          body: JSON.stringify(update),
        });
      expect((await post("wrong-secret-0000000000")).status).toBe(401);
      expect((await post(secret)).status).toBe(200);
      await api.waitFor(() => api.chat(person.id).length > 0, 8000);
      expect((await hooked.get("/healthz")).status).toBe(200);
    } finally {
      hooked.child.kill("SIGKILL");
      await api.stop();
    }
  }, 60_000);
});
