// npm run bench:zalo — simulated users send commands and form answers through our Zalo adapter (typed client,
// long polling one event per call, core, SQLite, plain-text render) against the local Zalo Bot API stand-in, and
// the same load goes to a bare polling echo loop (getUpdates → sendMessage, nothing else) on the same stand-in as
// the reference, the two alternated in BENCH_PAIRS pairs (default 5) in this one process. The send pace is 0 for both: what is measured is our stack, not a limit
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
import { compareWithEcho, type EchoTarget, type Platform } from "./support/echo-comparison";
import { formatSpread, loadAverage } from "./support/stats";

const USERS = Number(process.env.BENCH_USERS ?? 200);
const BURST = Number(process.env.BENCH_BURST ?? 500);
const RATE = Number(process.env.BENCH_RATE ?? 20);
const STEADY_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PAIRS = Number(process.env.BENCH_PAIRS ?? 5);

/** Zalo as the comparison sees it: a private chat's id is its user's, and a reply is a message sent and accepted. */
const ZALO: Platform<ZaloUser> = {
  chatOf: (user) => user.id,
  isReply: (call) => call.method === "sendMessage" && call.status === 200,
};

const overStandIn = (name: string, api: ZaloApiStandIn, stop: () => Promise<void>): EchoTarget<ZaloUser> => ({
  name,
  calls: api.calls,
  send: (user, text) => void api.userSays(user, text),
  stop,
});

/** The reference: poll one event, echo its text, poll again. */
async function echoLoop(): Promise<EchoTarget<ZaloUser>> {
  const api = await new ZaloApiStandIn({ pollTimeoutMs: 1000 }).start();
  const client = createZaloClient({ token: api.token, apiRoot: api.apiRoot });
  const controller = new AbortController();
  const loop = (async () => {
    while (!controller.signal.aborted) {
      const event = parseZaloEvent(await client.getUpdates(30, controller.signal).catch(() => null));
      if (event?.text) await client.sendMessage(event.chatId, event.text);
    }
  })();
  return overStandIn("bare polling echo loop", api, async () => {
    controller.abort();
    await loop;
    await api.stop();
  });
}

async function ourBot(users: ZaloUser[]): Promise<EchoTarget<ZaloUser>> {
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
  return overStandIn("thidua-bot Zalo adapter (+ core + SQLite)", api, async () => {
    await zalo.stop();
    await api.stop();
    app.close();
    rmSync(dir, { recursive: true, force: true });
  });
}

const users: ZaloUser[] = Array.from({ length: USERS }, (_, i) => ({ id: hexId(), display_name: `U${i}` }));
// what people send, each answered with one message: who am I, their pledges, the campaigns, a form opened and left
const SCRIPT = ["/whoami", "/mypledges", "/pledge", "/cancel", "/campaigns"];
const script = (i: number) => SCRIPT[Math.floor(i / USERS) % SCRIPT.length] as string;

const load = { burst: BURST, rate: RATE, seconds: STEADY_SECONDS, pairs: PAIRS };
const before = loadAverage();
const { ratios, p99, referenceP99 } = await compareWithEcho([echoLoop, () => ourBot(users)], ZALO, users, script, load);
console.log(`load average (1 min) ${before} at the start, ${loadAverage()} at the end; ${PAIRS} pairs, echo loop first in each`);
console.log(`burst throughput, ours / echo (min / median / max): ${formatSpread(ratios)} (goal ≥ 0.60)`);
console.log(`p99 update to reply at ${RATE}/s, ms (min / median / max): ours ${formatSpread(p99, 1)}; echo ${formatSpread(referenceP99, 1)}`);
process.exit(0);
