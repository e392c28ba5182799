import { createOutbox } from "../src/outbox";
import { TELEGRAM_FLOOD_LIMITS } from "../test/support/telegram-api";
import { announceToRecipients } from "./support/recipients";
import { benchUsers, percentile, startOurBot, steadyUsers } from "./support/telegram-bot";

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : Number(process.env[`BENCH_${name.toUpperCase()}`]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}
const RECIPIENTS = option("recipients", 600);
const USERS = option("users", 50);
/** How long the users use the bot while the broadcast runs; each asks every 5 s. */
const WINDOW_S = option("seconds", 15);
const FIRST_RECIPIENT = 1_000_000;

const users = benchUsers(USERS);
const bot = await startOurBot(users, { standInLimits: TELEGRAM_FLOOD_LIMITS });
const { app, api } = bot;
const { announcementId, leader } = announceToRecipients(app, RECIPIENTS, { firstTelegramId: FIRST_RECIPIENT });

// the adapter's transport waits in the adapter's pace, behind the users' replies
const outbox = createOutbox(app, app.services.log, [bot.telegram.transport()]);
const isRecipient = (chat: unknown) => Number(chat) >= FIRST_RECIPIENT;
const okSends = () => api.callsOf("sendMessage").filter((c) => c.status === 200);
const started = performance.now();
outbox.start();
// the users start once the broadcast is running at full pace
await new Promise((r) => setTimeout(r, 2000));
const windowStart = performance.now();
const before = okSends();
const latencies = await steadyUsers(bot, users, 5000, WINDOW_S);
const windowSeconds = (performance.now() - windowStart) / 1000;
const during = okSends().slice(before.length);
const broadcastRate = during.filter((c) => isRecipient(c.params.chat_id)).length / windowSeconds;
const userRate = during.filter((c) => !isRecipient(c.params.chat_id)).length / windowSeconds;
const remaining = TELEGRAM_FLOOD_LIMITS.perSecondOverall - userRate;

const progress = setInterval(
  () => process.stderr.write(`\r${okSends().filter((c) => isRecipient(c.params.chat_id)).length}/${RECIPIENTS} sent`),
  1000,
);
await outbox.drained(RECIPIENTS * 1000);
clearInterval(progress);
process.stderr.write("\n");
const totalSeconds = (performance.now() - started) / 1000;
await outbox.stop();

const perChat = new Map<string, number>();
for (const call of okSends().filter((c) => isRecipient(c.params.chat_id)))
  perChat.set(String(call.params.chat_id), (perChat.get(String(call.params.chat_id)) ?? 0) + 1);
const report = app.services.broadcasts.report(leader, announcementId).runs[0];
console.table([
  {
    recipients: RECIPIENTS,
    users: USERS,
    "users' answers": latencies.length,
    "users' p99 ms": percentile(latencies, 99).toFixed(0),
    "broadcast/s (users active)": broadcastRate.toFixed(1),
    "left by users /s": remaining.toFixed(1),
    "of what was left": `${((broadcastRate / remaining) * 100).toFixed(0)}%`,
    "429 received": api.calls.filter((c) => c.status === 429).length,
    lost: RECIPIENTS - perChat.size,
    duplicated: [...perChat.values()].reduce((n, v) => n + v - 1, 0),
    "report sent/failed": `${report?.sent}/${report?.failed}`,
    "total s": totalSeconds.toFixed(0),
  },
]);
console.log("goals: no 429, broadcast ≥ 90% of what the users left of 30/s, users' p99 < 1500 ms");
await bot.stop();
process.exit(0);
