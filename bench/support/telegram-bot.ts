// Our whole Telegram stack for the benchmarks: a fresh SQLite file with the demo organisation and one staff member
// per simulated user, the real adapter (its polling source, pace, inbound limits) against the Bot API stand-in.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SendLimits } from "../../src/adapters/pace/send-pacer";
import { createTelegramAdapter, type TelegramAdapter } from "../../src/adapters/telegram";
import { type App, createApp } from "../../src/app";
import { createDirectoryRepo } from "../../src/db/repos/directory";
import type { InboundLimits } from "../../src/engine/conversation/inbound-gate";
import { createLogger } from "../../src/logging/logger";
import { type FloodLimits, TelegramApiStandIn, type TelegramUser } from "../../test/support/telegram-api";

export const TOKEN = "123456:BENCH-token-for-the-local-stand-in";

export interface BenchBot {
  name: string;
  api: TelegramApiStandIn;
  app: App;
  telegram: TelegramAdapter;
  stop(): Promise<void>;
}

export async function startOurBot(
  users: TelegramUser[],
  options: { sendLimits?: SendLimits; inbound?: InboundLimits | null; standInLimits?: FloodLimits | null },
): Promise<BenchBot> {
  const api = await new TelegramApiStandIn().start();
  api.limits = options.standInLimits ?? null;
  const dir = mkdtempSync(join(tmpdir(), "thidua-bench-"));
  const app = createApp({
    config: {
      DATABASE_URL: join(dir, "bench.sqlite"),
      DEFAULT_LOCALE: "vi",
      TIMEZONE: "Asia/Ho_Chi_Minh",
      DB_COMMIT_WINDOW_MS: Number(process.env.DB_COMMIT_WINDOW_MS ?? 2),
    },
    logger: createLogger("error"),
  });
  app.services.setup.seedDemo();
  const repo = createDirectoryRepo(app.db);
  const units = app.services.directory.units();
  app.uow.transaction(() => {
    for (const [i, user] of users.entries()) {
      const unit = units[i % units.length] as (typeof units)[number];
      const id = repo.insertPerson({ fullName: `Cán bộ thử ${i}`, unitId: unit.id, email: null, locale: "vi", status: "active" }, new Date());
      repo.addRole(id, "staff");
      repo.upsertAccount(id, "telegram", String(user.id));
    }
  });
  const telegram = createTelegramAdapter({
    port: app.port,
    logger: app.services.log,
    token: TOKEN,
    apiRoot: api.apiRoot,
    sendLimits: options.sendLimits,
    inbound: options.inbound,
  });
  await telegram.start();
  return {
    name: "thidua-bot (grammY + core + SQLite)",
    api,
    app,
    telegram,
    stop: async () => {
      await telegram.stop();
      await api.stop();
      app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Simulated staff members with Telegram accounts (ids from `first`). */
export const benchUsers = (count: number, first = 10_000): TelegramUser[] =>
  Array.from({ length: count }, (_, i) => ({ id: first + i, first_name: `U${i}`, language_code: "vi" }));

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN;
}

/**
 * Users who each send /whoami every `everyMs` (staggered), for `seconds`; resolves with each answer's latency.
 * An answer is the next sendMessage to that user's chat after the question.
 */
export async function steadyUsers(bot: BenchBot, users: TelegramUser[], everyMs: number, seconds: number): Promise<number[]> {
  const { api } = bot;
  const asked = new Map<number, number[]>();
  const latencies: number[] = [];
  let seen = api.calls.length;
  const watch = setInterval(() => {
    for (; seen < api.calls.length; seen++) {
      const call = api.calls[seen];
      if (call?.method !== "sendMessage" || call.status !== 200) continue;
      const at = asked.get(Number(call.params.chat_id))?.shift();
      if (at !== undefined) latencies.push(performance.now() - at);
    }
  }, 2);
  const started = performance.now();
  const sent = { n: 0 };
  await Promise.all(
    users.map(async (user, i) => {
      await new Promise((r) => setTimeout(r, (everyMs * i) / users.length));
      while (performance.now() - started < seconds * 1000) {
        const queue = asked.get(user.id) ?? [];
        queue.push(performance.now());
        asked.set(user.id, queue);
        api.sendText(user, "/whoami");
        sent.n++;
        await new Promise((r) => setTimeout(r, everyMs));
      }
    }),
  );
  const deadline = performance.now() + 10_000;
  while (latencies.length < sent.n && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  clearInterval(watch);
  return latencies.sort((a, b) => a - b);
}
