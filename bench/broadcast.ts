// npm run bench:broadcast — a Telegram broadcast through the real outbox against the Bot API stand-in enforcing
// Telegram's limits (30 messages a second overall), at several network round trips: the stand-in receives each
// call half a round trip after it was sent (and counts it then, as Telegram counts what it receives) and answers
// half a round trip later. One person in ten also has a Slack account they have never written from, so each run
// must still reach each person once, on Telegram. Prints, per round trip, people reached per second, its ratio to
// the limit, the lanes and sends in flight at most, 429 answers received, and how many were lost or duplicated.
//
//   npm run bench:broadcast                                   # 1,500 people at 0, 100 and 250 ms
//   npm run bench:broadcast -- --rtt 250 --recipients 10000   # one round trip, a bigger audience
//   npm run bench:broadcast -- --runs 3                       # each round trip three times
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createSendPacer } from "../src/adapters/pace/send-pacer";
import { isTelegramGroup, TELEGRAM_LIMITS } from "../src/adapters/telegram/limits";
import { createTelegramTransport } from "../src/adapters/telegram/transport";
import { createApp } from "../src/app";
import { createLogger } from "../src/logging/logger";
import { createOutbox } from "../src/outbox";
import { TELEGRAM_FLOOD_LIMITS, TelegramApiStandIn } from "../test/support/telegram-api";
import { announceToRecipients } from "./support/recipients";
import { loadAverage } from "./support/stats";

const { values: args } = parseArgs({
  options: {
    rtt: { type: "string", default: "0,100,250" },
    recipients: { type: "string", default: process.env.BENCH_RECIPIENTS ?? "1500" },
    runs: { type: "string", default: "1" },
  },
});
const RECIPIENTS = Number(args.recipients);
const ROUND_TRIPS = String(args.rtt).split(",").map(Number);
const RUNS = Number(args.runs);

async function broadcast(roundTripMs: number) {
  const api = await new TelegramApiStandIn().start();
  api.limits = TELEGRAM_FLOOD_LIMITS;
  api.roundTripMs = roundTripMs;
  const dir = mkdtempSync(join(tmpdir(), "thidua-bench-broadcast-"));
  const app = createApp({
    config: { DATABASE_URL: join(dir, "bench.sqlite"), DEFAULT_LOCALE: "vi", TIMEZONE: "Asia/Ho_Chi_Minh" },
    logger: createLogger("error"),
  });
  app.services.setup.seedDemo();
  const { announcementId, leader } = announceToRecipients(app, RECIPIENTS, { firstTelegramId: 1_000_000, slackEveryTenth: true });
  // the bot's one pace for Telegram, as the adapter makes it
  const pace = createSendPacer(TELEGRAM_LIMITS.pace, isTelegramGroup);
  const outbox = createOutbox(app, app.services.log, [
    createTelegramTransport({
      token: "123456:BENCH-token-for-the-local-stand-in",
      apiRoot: api.apiRoot,
      translator: app.services.translator,
      botUsername: "thidua_bench_bot",
      pace,
    }),
  ]);
  const load = loadAverage();
  const started = performance.now();
  outbox.start();
  let mostLanes = 0;
  let mostInFlight = 0;
  const sample = setInterval(() => {
    mostLanes = Math.max(mostLanes, outbox.workers[0]?.lanes() ?? 0);
    mostInFlight = Math.max(mostInFlight, pace.inFlight());
  }, 50);
  const progress = setInterval(
    () => process.stderr.write(`\r${roundTripMs} ms: ${api.callsOf("sendMessage").filter((c) => c.status === 200).length}/${RECIPIENTS} sent`),
    1000,
  );
  await outbox.drained(RECIPIENTS * 1000);
  clearInterval(progress);
  clearInterval(sample);
  process.stderr.write("\n");
  const seconds = (performance.now() - started) / 1000;
  await outbox.stop();

  const ok = api.callsOf("sendMessage").filter((c) => c.status === 200);
  const perChat = new Map<string, number>();
  for (const call of ok) perChat.set(String(call.params.chat_id), (perChat.get(String(call.params.chat_id)) ?? 0) + 1);
  const report = app.services.broadcasts.report(leader, announcementId).runs[0];
  const perSecond = (report?.sent ?? 0) / seconds;
  await api.stop();
  app.close();
  rmSync(dir, { recursive: true, force: true });
  return {
    "round trip (ms)": roundTripMs,
    people: RECIPIENTS,
    load,
    seconds: seconds.toFixed(1),
    "people reached/s": perSecond.toFixed(2),
    "of 30/s limit": `${((perSecond / 30) * 100).toFixed(1)}%`,
    "lanes · in flight (most)": `${mostLanes} · ${mostInFlight}`,
    "429 received": api.callsOf("sendMessage").filter((c) => c.status === 429).length,
    lost: RECIPIENTS - perChat.size,
    duplicated: [...perChat.values()].reduce((n, v) => n + v - 1, 0),
    "report targeted/reached/failed": `${report?.total}/${report?.sent}/${report?.failed}`,
  };
}

const rows = [];
for (let run = 0; run < RUNS; run++) for (const rtt of ROUND_TRIPS) rows.push(await broadcast(rtt));
console.table(rows);
process.exit(0);
