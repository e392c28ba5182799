// npm run bench:telegram — simulated users send commands and form answers through the real grammY stack (our polling
// source, pace, adapter, core and SQLite) against the local Bot API stand-in with its flood limits off, and the same
// load goes to a bare grammY echo bot as the reference, the two alternated in BENCH_PAIRS pairs (default 5) in this
// one process. Prints updates per second (burst) and the p50/p99 latency from update to reply at a steady 200
// updates/s for each, then the median ratio with its min and max; then the flood scenario (./telegram-flood.ts) with
// Telegram's real limits. BENCH_PARTS=throughput or BENCH_PARTS=flood runs one part.
import { run } from "@grammyjs/runner";
import { Bot } from "grammy";
import { TelegramApiStandIn, type TelegramUser } from "../test/support/telegram-api";
import { compareWithEcho, type EchoTarget, type Platform } from "./support/echo-comparison";
import { formatSpread, loadAverage } from "./support/stats";
import { benchUsers, startOurBot, TOKEN } from "./support/telegram-bot";
import { floodScenario } from "./telegram-flood";

const USERS = Number(process.env.BENCH_USERS ?? 200);
const BURST = Number(process.env.BENCH_BURST ?? 2000);
const RATE = Number(process.env.BENCH_RATE ?? 200);
const STEADY_SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const PARTS = (process.env.BENCH_PARTS ?? "throughput,flood").split(",");
const PAIRS = Number(process.env.BENCH_PAIRS ?? 5);
// The stand-in's flood limits are off, and so are our pace and inbound limits (which would otherwise cap both bots
// at Telegram's 30/s): what is measured is the cost of our stack per update, not Telegram's limits.
const UNPACED = { perSecond: 1_000_000, perChatGapMs: 0, perGroupPerMinute: null };

/** Telegram as the comparison sees it: a private chat's id is its user's, and a reply is a message sent or edited. */
const TELEGRAM: Platform<TelegramUser> = {
  chatOf: (user) => String(user.id),
  isReply: (call) => call.method === "sendMessage" || call.method === "editMessageText",
};

const overStandIn = (name: string, api: TelegramApiStandIn, stop: () => Promise<void>): EchoTarget<TelegramUser> => ({
  name,
  calls: api.calls,
  send: (user, text) => void api.sendText(user, text),
  stop,
});

async function echoBot(): Promise<EchoTarget<TelegramUser>> {
  const api = await new TelegramApiStandIn().start();
  const bot = new Bot(TOKEN, { client: { apiRoot: api.apiRoot } });
  bot.on("message:text", (ctx) => ctx.reply(ctx.message.text));
  await bot.init();
  const runner = run(bot);
  return overStandIn("bare grammY echo bot", api, async () => {
    if (runner.isRunning()) await runner.stop();
    await api.stop();
  });
}

const users = benchUsers(USERS);
// a mix of what people send: help, their pledges, and opening and cancelling the pledge form
const SCRIPT = ["/help", "/mypledges", "/pledge", "/cancel", "/whoami"];
const script = (i: number) => SCRIPT[Math.floor(i / USERS) % SCRIPT.length] as string;

if (PARTS.includes("throughput")) {
  const ourBot = async () => {
    const bot = await startOurBot(users, { sendLimits: UNPACED, inbound: null });
    return overStandIn(bot.name, bot.api, bot.stop);
  };
  const load = { burst: BURST, rate: RATE, seconds: STEADY_SECONDS, pairs: PAIRS };
  const before = loadAverage();
  const { ratios, p99, referenceP99 } = await compareWithEcho([echoBot, ourBot], TELEGRAM, users, script, load);
  console.log(`load average (1 min) ${before} at the start, ${loadAverage()} at the end; ${PAIRS} pairs, echo bot first in each`);
  console.log(`burst throughput, ours / echo (min / median / max): ${formatSpread(ratios)} (goal ≥ 0.60)`);
  console.log(
    `p99 update to reply at ${RATE}/s, ms (min / median / max): ours ${formatSpread(p99, 1)}; echo ${formatSpread(referenceP99, 1)} (goal < 50 ms)`,
  );
}
if (PARTS.includes("flood")) {
  const flood = await floodScenario({ users: Number(process.env.BENCH_FLOOD_USERS ?? 20), seconds: Number(process.env.BENCH_FLOOD_SECONDS ?? 10) });
  console.log("Flood, with Telegram's real limits on the stand-in and the bot's real pace and inbound limits:");
  console.table(flood);
  console.log(`users' p99 under flood: ${flood[1]?.["p99 ms"]} ms (baseline ${flood[0]?.["p99 ms"]} ms; goal < 1000 ms)`);
}
process.exit(0);
