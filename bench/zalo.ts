// npm run bench:zalo — simulated users send commands and form answers through our Zalo adapter (typed client,
// long polling one event per call, core, SQLite, plain-text render) against the local Zalo Bot API stand-in, and
// the same load goes to a bare polling echo loop (getUpdates → sendMessage, nothing else) on the same stand-in,
// in the same run, as the reference. The send pace is 0 for both: what is measured is our stack, not a limit
// Zalo does not publish. Prints updates per second (burst) and p50/p99 update-to-reply at a steady rate kept
// below both loops' capacity (one event per getUpdates caps them), so the percentiles measure work, not queueing.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createZaloAdapter } from "../src/adapters/zalo";
import { createZaloClient } from "../src/adapters/zalo/client";
import { parseZaloEvent } from "../src/adapters/zalo/inbound";
import { createApp } from "../src/app";
import { createDirectoryRepo } from "../src/db/repos/directory";
import { createLogger } from "../src/logging/logger";
import { hexId, ZaloApiStandIn, type ZaloUser } from "../test/support/zalo-api";

const USERS = Number(process.env.BENCH_USERS ?? 200);
const BURST = Number(process.env.BENCH_BURST ?? 500);
const RATE = Number(process.env.BENCH_RATE ?? 20);
const STEADY_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

interface Target {
  name: string;
  api: ZaloApiStandIn;
  stop(): Promise<void>;
}

/** Pushes events and measures, per event, the time until the bot's first message to that chat. */
async function measure(target: Target, users: ZaloUser[], script: (i: number) => string, count: number, ratePerSecond: number | null) {
  const { api } = target;
  const pending = new Map<string, number[]>();
  const latencies: number[] = [];
  let baseline = api.calls.length;
  const watch = setInterval(() => {
    for (; baseline < api.calls.length; baseline++) {
      const call = api.calls[baseline];
      if (call?.method !== "sendMessage" || call.status !== 200) continue;
      const sentAt = pending.get(String(call.params.chat_id))?.shift();
      if (sentAt !== undefined) latencies.push(performance.now() - sentAt);
    }
  }, 1);
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const user = users[i % users.length] as ZaloUser;
    if (ratePerSecond) {
      const wait = started + (i * 1000) / ratePerSecond - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
    const queue = pending.get(user.id) ?? [];
    queue.push(performance.now());
    pending.set(user.id, queue);
    api.userSays(user, script(i));
  }
  while (latencies.length < count && performance.now() - started < 120_000) await new Promise((resolve) => setTimeout(resolve, 5));
  clearInterval(watch);
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((latencies.length * p) / 100))] ?? Number.NaN;
  return { perSecond: latencies.length / seconds, p50: pct(50), p99: pct(99), answered: latencies.length };
}

/** The reference: poll one event, echo its text, poll again. */
async function echoLoop(): Promise<Target> {
  const api = await new ZaloApiStandIn({ pollTimeoutMs: 1000 }).start();
  const client = createZaloClient({ token: api.token, apiRoot: api.apiRoot });
  const controller = new AbortController();
  const loop = (async () => {
    while (!controller.signal.aborted) {
      const event = parseZaloEvent(await client.getUpdates(30, controller.signal).catch(() => null));
      if (event?.text) await client.sendMessage(event.chatId, event.text);
    }
  })();
  return {
    name: "bare polling echo loop",
    api,
    stop: async () => {
      controller.abort();
      await loop;
      await api.stop();
    },
  };
}

async function ourBot(users: ZaloUser[]): Promise<Target> {
  const api = await new ZaloApiStandIn({ pollTimeoutMs: 1000 }).start();
  const dir = mkdtempSync(join(tmpdir(), "thidua-bench-"));
  const app = createApp({
    config: { DATABASE_URL: join(dir, "bench.sqlite"), DEFAULT_LOCALE: "vi", TIMEZONE: "Asia/Ho_Chi_Minh" },
    logger: createLogger("error"),
  });
  app.services.setup.seedDemo();
  // one staff member per simulated user, each with their own Zalo account
  const repo = createDirectoryRepo(app.db);
  const units = app.services.directory.units();
  app.uow.transaction(() => {
    for (const [i, user] of users.entries()) {
      const unit = units[i % units.length] as (typeof units)[number];
      const id = repo.insertPerson({ fullName: `Cán bộ thử ${i}`, unitId: unit.id, email: null, locale: "vi", status: "active" }, new Date());
      repo.addRole(id, "staff");
      repo.upsertAccount(id, "zalo", user.id);
    }
  });
  const zalo = createZaloAdapter({
    port: app.port,
    logger: app.services.log,
    token: api.token,
    apiRoot: api.apiRoot,
    sendIntervalMs: 0,
    inbound: null,
  });
  await zalo.start();
  return {
    name: "thidua-bot Zalo adapter (+ core + SQLite)",
    api,
    stop: async () => {
      await zalo.stop();
      await api.stop();
      app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const users: ZaloUser[] = Array.from({ length: USERS }, (_, i) => ({ id: hexId(), display_name: `U${i}` }));
// what people send, each answered with one message: who am I, their pledges, the campaigns, a form opened and left
const SCRIPT = ["/whoami", "/mypledges", "/pledge", "/cancel", "/campaigns"];
const script = (i: number) => SCRIPT[Math.floor(i / USERS) % SCRIPT.length] as string;

const rows: Array<Record<string, string>> = [];
for (const make of [() => echoLoop(), () => ourBot(users)]) {
  const target = await make();
  // warm up so JIT and SQLite caches do not count
  await measure(target, users, () => "/whoami", Math.min(200, BURST), null);
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
  console.log(`throughput ratio (ours / echo): ${ratio.toFixed(2)}; p99 update-to-reply at ${RATE}/s: ${ours[`p99 ms @${RATE}/s`]} ms`);
}
process.exit(0);
