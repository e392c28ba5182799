// npm run bench:telegram — simulated users send commands and form answers through the real grammY stack (runner,
// pace, our adapter, core and SQLite) against the local Bot API stand-in with its flood limits off, and the same
// load goes to a bare grammY echo bot in the same run as the reference. Prints updates per second (burst) and the
// p50/p99 latency from update to reply at a steady 200 updates/s; then the flood scenario (./telegram-flood.ts)
// with Telegram's real limits. BENCH_PARTS=throughput or BENCH_PARTS=flood runs one part.
import { run } from "@grammyjs/runner";
import { Bot } from "grammy";
import { TelegramApiStandIn, type TelegramUser } from "../test/support/telegram-api";
import { benchUsers, startOurBot, TOKEN } from "./support/telegram-bot";
import { floodScenario } from "./telegram-flood";

const USERS = Number(process.env.BENCH_USERS ?? 200);
const BURST = Number(process.env.BENCH_BURST ?? 2000);
const RATE = Number(process.env.BENCH_RATE ?? 200);
const STEADY_SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const PARTS = (process.env.BENCH_PARTS ?? "throughput,flood").split(",");
// The stand-in's flood limits are off, and so are our pace and inbound limits (which would otherwise cap both bots
// at Telegram's 30/s): what is measured is the cost of our stack per update, not Telegram's limits.
const UNPACED = { perSecond: 1_000_000, perChatGapMs: 0, perGroupPerMinute: null };

interface Target {
  name: string;
  api: TelegramApiStandIn;
  stop(): Promise<void>;
}

/** Sends updates and measures, per update, the time until the bot's first answer to that chat. */
async function measure(target: Target, users: TelegramUser[], script: (i: number) => string, count: number, ratePerSecond: number | null) {
  const { api } = target;
  const pending = new Map<number, number[]>();
  const latencies: number[] = [];
  const answered = () => latencies.length;
  let baseline = api.calls.length;
  const watch = setInterval(() => {
    for (; baseline < api.calls.length; baseline++) {
      const call = api.calls[baseline];
      if (!call || (call.method !== "sendMessage" && call.method !== "editMessageText")) continue;
      const queue = pending.get(Number(call.params.chat_id));
      const sentAt = queue?.shift();
      if (sentAt !== undefined) latencies.push(performance.now() - sentAt);
    }
  }, 1);
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const user = users[i % users.length] as TelegramUser;
    if (ratePerSecond) {
      const due = started + (i * 1000) / ratePerSecond;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
    const queue = pending.get(user.id) ?? [];
    queue.push(performance.now());
    pending.set(user.id, queue);
    api.sendText(user, script(i));
  }
  while (answered() < count && performance.now() - started < 120_000) await new Promise((resolve) => setTimeout(resolve, 5));
  clearInterval(watch);
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((latencies.length * p) / 100))] ?? Number.NaN;
  return { perSecond: answered() / seconds, p50: pct(50), p99: pct(99), answered: answered() };
}

async function echoBot(): Promise<Target> {
  const api = await new TelegramApiStandIn().start();
  const bot = new Bot(TOKEN, { client: { apiRoot: api.apiRoot } });
  bot.on("message:text", (ctx) => ctx.reply(ctx.message.text));
  await bot.init();
  const runner = run(bot);
  const stop = async () => {
    if (runner.isRunning()) await runner.stop();
    await api.stop();
  };
  return { name: "bare grammY echo bot", api, stop };
}

const users = benchUsers(USERS);
// a mix of what people send: help, their pledges, and opening and cancelling the pledge form
const SCRIPT = ["/help", "/mypledges", "/pledge", "/cancel", "/whoami"];
const script = (i: number) => SCRIPT[Math.floor(i / USERS) % SCRIPT.length] as string;

if (PARTS.includes("throughput")) {
  const rows: Array<Record<string, string>> = [];
  const ourBot = () => startOurBot(users, { sendLimits: UNPACED, inbound: null });
  for (const make of [echoBot, ourBot]) {
    const target = await make();
    // warm up so JIT and SQLite caches do not count
    await measure(target, users, () => "/help", Math.min(200, BURST), null);
    const burst = await measure(target, users, script, BURST, null);
    const steady = await measure(target, users, script, RATE * STEADY_SECONDS, RATE);
    rows.push({
      bot: target.name,
      "burst updates/s": burst.perSecond.toFixed(0),
      [`p50 ms @${RATE}/s`]: steady.p50.toFixed(1),
      [`p99 ms @${RATE}/s`]: steady.p99.toFixed(1),
      answered: `${burst.answered + steady.answered}/${BURST + RATE * STEADY_SECONDS}`,
    });
    await target.stop();
  }
  console.table(rows);
  const [echo, ours] = rows;
  if (echo && ours) {
    const ratio = Number(ours["burst updates/s"]) / Number(echo["burst updates/s"]);
    console.log(
      `throughput ratio (ours / echo): ${ratio.toFixed(2)} (goal ≥ 0.50); p99 at ${RATE}/s: ${ours[`p99 ms @${RATE}/s`]} ms (goal < 50 ms)`,
    );
  }
}
if (PARTS.includes("flood")) {
  const flood = await floodScenario({ users: Number(process.env.BENCH_FLOOD_USERS ?? 20), seconds: Number(process.env.BENCH_FLOOD_SECONDS ?? 10) });
  console.log("Flood, with Telegram's real limits on the stand-in and the bot's real pace and inbound limits:");
  console.table(flood);
  console.log(`users' p99 under flood: ${flood[1]?.["p99 ms"]} ms (baseline ${flood[0]?.["p99 ms"]} ms; goal < 1000 ms)`);
}
process.exit(0);
