// Start-up as an IT officer meets it: a token the platform refuses stops the bot at once with one clear line and a
// non-zero exit (instead of retrying forever); an unreachable platform is said in the log within seconds, while
// /healthz answers and /readyz says why it is not ready. Telegram here; Slack in startup-slack.test.ts, so the two
// slow files run side by side.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXIT_CONFIG } from "../../src/ops/startup-errors";
import { type BotProcess, botDataDir, freePort, startBot } from "../support/bot-process";
import { TelegramApiStandIn } from "../support/telegram-api";

const TOKEN = "123456:REFUSED-test-token-00000000000";
let telegram: TelegramApiStandIn;
const bots: BotProcess[] = [];

beforeAll(async () => {
  telegram = await new TelegramApiStandIn().start();
});
afterAll(async () => {
  for (const bot of bots) bot.child.kill("SIGKILL");
  await telegram.stop();
});

describe("start-up", () => {
  it("exits non-zero with one clear line when Telegram refuses the token (401)", async () => {
    telegram.failNext({ status: 401, times: 1000 });
    const bot = await startBot({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: telegram.apiRoot, DATABASE_URL: join(botDataDir(), "t.sqlite") });
    bots.push(bot);
    const started = Date.now();
    expect(await bot.exited).toBe(EXIT_CONFIG);
    expect(Date.now() - started).toBeLessThan(15_000);
    const plain = bot.lines.filter((line) => line.trim() !== "" && !line.startsWith("{"));
    expect(plain).toEqual(["thidua-bot stopped: Telegram refused the bot token (401 Unauthorized): check TELEGRAM_BOT_TOKEN and start again."]);
    // getMe was asked once: a refusal is not retried
    expect(telegram.callsOf("getMe").length).toBe(1);
    expect(bot.lines.join("\n")).not.toContain(TOKEN.split(":")[1]);
  }, 30_000);

  it("says within seconds that Telegram cannot be reached, and keeps /healthz up and /readyz unready with the reason", async () => {
    const closedPort = await freePort();
    const bot = await startBot({
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: `http://127.0.0.1:${closedPort}`,
      DATABASE_URL: join(botDataDir(), "t.sqlite"),
    });
    bots.push(bot);
    await bot.waitFor(() => bot.logs().some((l) => l.msg === "telegram not answering, retrying"), 10_000);
    expect(bot.logs().find((l) => l.msg === "telegram not answering, retrying")).toMatchObject({ state: "unreachable", reason: "ECONNREFUSED" });
    expect(bot.logs().map((l) => l.msg)).toEqual(expect.arrayContaining(["database opened", "listening", "telegram connecting"]));
    expect((await bot.get("/healthz")).status).toBe(200);
    const ready = await bot.get("/readyz");
    expect(ready).toMatchObject({
      status: 503,
      body: { status: "starting", platforms: { telegram: { ok: false, state: "unreachable", reason: "ECONNREFUSED" } } },
    });
    // stopped while still waiting for the platform (docker stop, systemctl stop): a clean, quick exit
    const signalled = Date.now();
    bot.child.kill("SIGTERM");
    expect(await bot.exited).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(5000);
  }, 30_000);
});
