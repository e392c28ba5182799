// npm run bench:slack — requests per second and time to ack through the real Bolt HTTP stack (our adapter on the
// real core and SQLite, against the local Web API stand-in), beside a bare Bolt app that only acks: the two
// alternated, bare Bolt first, in --pairs pairs (default 5) in this one process, for /thidua help and for a modal's
// submission; prints each pair, then the median ratio with its min and max.
// Usage: npm run bench:slack [-- --requests 2000 --concurrency 16 --pairs 5]
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App as BoltApp, HTTPReceiver, LogLevel } from "@slack/bolt";
import { createSlackAdapter, SLACK_ENDPOINT } from "../src/adapters/slack";
import { createApp } from "../src/app";
import { createLogger } from "../src/logging/logger";
import { SlackApiStandIn } from "../test/support/slack-api";
import { type SignedResponse, SlackRequester, stateValue } from "../test/support/slack-requests";
import { formatSpread, loadAverage } from "./support/stats";

const SECRET = "bench-signing-secret-0123456789";
const TOKEN = "xoxb-bench";

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : Number.NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}
const REQUESTS = option("requests", 1500);
const CONCURRENCY = option("concurrency", 16);
const PAIRS = option("pairs", 5);

async function listen(listener: RequestListener): Promise<{ server: Server; url: string }> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${SLACK_ENDPOINT}` };
}

interface Result {
  name: string;
  perSecond: number;
  p50: number;
  p99: number;
  failures: number;
}

/** Sends `REQUESTS` requests, `CONCURRENCY` at a time; latency is until the HTTP answer, i.e. time to ack. */
async function measure(name: string, send: (i: number) => Promise<SignedResponse>): Promise<Result> {
  for (let i = 0; i < 50; i++) await send(i); // warm up
  const latencies: number[] = [];
  let failures = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) {
        const i = next++;
        const t0 = performance.now();
        const response = await send(i);
        latencies.push(performance.now() - t0);
        if (response.status !== 200) failures++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { name, perSecond: REQUESTS / seconds, p50: at(0.5), p99: at(0.99), failures };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "thidua-bench-"));
  const api = await new SlackApiStandIn({ tokens: [TOKEN], channelIntervalMs: 0 }).start();
  const app = createApp({
    config: {
      DATABASE_URL: join(dir, "bench.sqlite"),
      DEFAULT_LOCALE: "vi",
      TIMEZONE: "Asia/Ho_Chi_Minh",
      DB_COMMIT_WINDOW_MS: Number(process.env.DB_COMMIT_WINDOW_MS ?? 2),
    },
    logger: createLogger("silent"),
  });
  app.services.setup.seedDemo();
  const lan = app.services.directory.findOnePerson("Vũ Thị Lan");
  app.services.directory.linkAccount(lan.id, { platform: "slack", externalId: "ULAN" });

  const slack = createSlackAdapter({
    port: app.port,
    logger: app.services.log,
    botToken: TOKEN,
    signingSecret: SECRET,
    apiUrl: api.apiUrl,
    sendLimits: { perSecond: 1_000_000, perChatGapMs: 0, perGroupPerMinute: null },
    inbound: null,
  });
  const ours = await listen((req, res) => slack.requestListener(req, res));

  // the baseline: Bolt's own HTTP receiver with listeners that only ack
  const silent = { debug() {}, info() {}, warn() {}, error() {}, setLevel() {}, getLevel: () => LogLevel.ERROR, setName() {} };
  const receiver = new HTTPReceiver({ signingSecret: SECRET, endpoints: SLACK_ENDPOINT, processBeforeResponse: false, logger: silent });
  const bare = new BoltApp({ token: TOKEN, receiver, logger: silent, clientOptions: { slackApiUrl: api.apiUrl } });
  bare.command("/thidua", async ({ ack }) => ack());
  bare.view("thidua_form", async ({ ack }) => ack());
  const baseline = await listen(receiver.requestListener);

  const ourRequests = new SlackRequester(ours.url, SECRET);
  const bareRequests = new SlackRequester(baseline.url, SECRET);

  // one real pledge modal, whose submission is replayed with fresh trigger ids (each checks and stashes a draft)
  await ourRequests.slashCommand({ user: "ULAN", text: "pledge" });
  await api.waitFor(() => api.lastModal("ULAN") !== undefined);
  const modal = api.lastModal("ULAN");
  if (!modal) throw new Error("the pledge modal did not open");
  const blocks = modal.view.blocks as Array<{ block_id?: string; element?: { options?: Array<{ value: string }> } }>;
  const title = blocks.find((b) => b.block_id === "titles")?.element?.options?.[0]?.value ?? "LDTT";
  const submission = (requests: SlackRequester) => () =>
    requests.viewSubmission({
      user: "ULAN",
      viewId: modal.id,
      callbackId: "thidua_form",
      privateMetadata: String(modal.view.private_metadata),
      values: { titles: { v: stateValue.checkboxes([title]) }, commitments: { v: stateValue.text("Hoàn thành xuất sắc nhiệm vụ được giao.") } },
    });
  const command = (requests: SlackRequester) => () => requests.slashCommand({ user: "ULAN", text: "help" });

  // help replies list every command as "/name — description"
  const helpReplies = () => api.received("ULAN").filter((m) => m.text.includes("/help —")).length;
  const before = loadAverage();
  const results: Result[] = [];
  const ratios = { helpRate: [] as number[], helpP99: [] as number[], modalRate: [] as number[], modalP99: [] as number[] };
  let drainMs = 0;
  for (let pair = 1; pair <= PAIRS; pair++) {
    const bareHelp = await measure(`${pair}: bare Bolt, slash command (ack only)`, command(bareRequests));
    const ourHelp = await measure(`${pair}: thidua, /thidua help`, command(ourRequests));
    // the work after ack (dispatch, chat.postMessage to the DM) finishes before the modals are measured, so that the
    // help replies still being posted do not weigh on either modal row
    const workStarted = performance.now();
    await api.waitFor(() => helpReplies() >= (REQUESTS + 50) * pair, 120_000);
    drainMs = Math.max(drainMs, performance.now() - workStarted);
    const bareModal = await measure(`${pair}: bare Bolt, view_submission (ack only)`, submission(bareRequests));
    const ourModal = await measure(`${pair}: thidua, pledge modal submission`, submission(ourRequests));
    results.push(bareHelp, ourHelp, bareModal, ourModal);
    ratios.helpRate.push(ourHelp.perSecond / bareHelp.perSecond);
    ratios.helpP99.push(ourHelp.p99 / bareHelp.p99);
    ratios.modalRate.push(ourModal.perSecond / bareModal.perSecond);
    ratios.modalP99.push(ourModal.p99 / bareModal.p99);
  }

  console.log(`Slack HTTP benchmark: ${REQUESTS} requests per row, ${CONCURRENCY} at a time, ${PAIRS} pairs (node ${process.version})`);
  console.log("scenario".padEnd(45), "req/s".padStart(8), "p50 ack ms".padStart(11), "p99 ack ms".padStart(11), "non-200".padStart(8));
  for (const r of results) {
    console.log(
      r.name.padEnd(45),
      r.perSecond.toFixed(0).padStart(8),
      r.p50.toFixed(2).padStart(11),
      r.p99.toFixed(2).padStart(11),
      String(r.failures).padStart(8),
    );
  }
  console.log(
    `replies posted after ack: each pair's ${REQUESTS + 50} help replies reached the stand-in at most ${drainMs.toFixed(0)} ms after the last ack`,
  );
  console.log(`load average (1 min) ${before} at the start, ${loadAverage()} at the end`);
  console.log("ours / bare Bolt, min / median / max over the pairs:");
  console.log(`  /thidua help requests/s:        ${formatSpread(ratios.helpRate)} (goal ≥ 0.60)`);
  console.log(`  /thidua help p99 ack:           ${formatSpread(ratios.helpP99)}`);
  console.log(`  modal submission requests/s:    ${formatSpread(ratios.modalRate)} (goal ≥ 0.60)`);
  console.log(`  modal submission p99 ack:       ${formatSpread(ratios.modalP99)}`);

  for (const server of [ours.server, baseline.server]) {
    server.closeAllConnections();
    server.close();
  }
  await api.stop();
  app.close();
  rmSync(dir, { recursive: true, force: true });
}

// Bolt's and the Web API client's keep-alive sockets and timers would hold the process open after the table
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
