// The real entry point with a Telegram token, polling the Bot API stand-in: /healthz and /readyz answer on PORT
// although no webhook is configured; readiness follows the database file and the platform, and comes back.
import { chmodSync, renameSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BotProcess, botDataDir, startBot, UNPRIVILEGED } from "../support/bot-process";
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
