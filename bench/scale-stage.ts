// One stage of `npm run bench:scale`, run in a process of its own so that its peak RSS is its own:
//   import DIR SIZE   a fresh SQLite file in DIR, the roster imported twice, 95% pledged
//   op DIR SIZE NAME  the same file opened again, then one operation: /missing, /export, /as or enqueue
// It prints its figures as JSON on its last line of output.
import { statSync } from "node:fs";
import { join } from "node:path";
import type { Inbound } from "../src/core/dispatch";
import { bigName, importRoster, pledgeMost, writeBigRoster } from "../test/support/big-roster";
import { actAs, createTestApp } from "../test/support/harness";

/** What one stage measured: seconds per timed step, and MiB. */
export interface StageFigures {
  seconds: Record<string, number>;
  /** The process's RSS just before the timed work (the app opened, nothing run yet). */
  rssBefore: number;
  /** The process's peak RSS over its whole life, from the kernel (VmHWM). */
  peakRss: number;
  /** The database file after a checkpoint; measured after the last stage (the enqueue) only. */
  database?: number;
}

export const OPERATIONS = ["/missing", "/export", "/as", "enqueue"] as const;
export type Operation = (typeof OPERATIONS)[number];

const SECRETARY = "Trịnh Văn Sơn";
const secretary: Omit<Inbound, "text" | "action"> = { platform: "console", userId: SECRETARY, chatId: `dm-${SECRETARY}`, chatKind: "dm" };
const mib = (bytes: number) => Math.round(bytes / 1024 / 1024);

async function timed(work: () => unknown): Promise<number> {
  const started = performance.now();
  await work();
  return Number(((performance.now() - started) / 1000).toFixed(3));
}

async function importStage(dir: string, size: number): Promise<StageFigures> {
  const test = createTestApp({ dir });
  const path = join(dir, "roster.csv");
  writeBigRoster(path, size);
  const rssBefore = mib(process.memoryUsage().rss);
  const first = await timed(() => importRoster(test.app, path));
  const again = await timed(() => importRoster(test.app, path));
  pledgeMost(test.app, test.app.services.campaigns.latestWithPledges()?.id ?? 0, test.clock.now());
  // the secretary's console account, linked once here so that the operations' processes only read
  actAs(test, SECRETARY);
  test.app.close();
  return { seconds: { "import first": first, "import again": again }, rssBefore, peakRss: peakRss() };
}

async function operationStage(dir: string, size: number, operation: Operation): Promise<StageFigures> {
  const test = createTestApp({ dir, seedDemo: false });
  const command = async (text: string, who = secretary) => {
    const { replies } = await test.app.dispatcher.dispatch({ ...who, text });
    // files (the export, the chart) left out: only the message keys say whether it worked
    const keys = JSON.stringify(replies, (_, value) => (value instanceof Uint8Array ? undefined : value));
    if (keys.includes("error-")) throw new Error(`${text} failed: ${keys.slice(0, 300)}`);
  };
  const leader = test.app.services.directory.findOnePerson("Phạm Văn Hùng");
  const work: Record<Operation, () => Promise<unknown> | unknown> = {
    "/missing": () => command("/missing"),
    "/export": () => command("/export"),
    "/as": () => command(`/as ${bigName(size - 1)}`, { platform: "console", userId: "bench", chatId: "dm-bench", chatKind: "dm" }),
    enqueue: () =>
      test.app.services.broadcasts.announce(leader, { text: "Phát động thi đua toàn tỉnh.", audience: { kind: "everyone" }, repeat: null }),
  };
  const rssBefore = mib(process.memoryUsage().rss);
  const seconds = await timed(work[operation]);
  const figures: StageFigures = { seconds: { [operation]: seconds }, rssBefore, peakRss: peakRss() };
  if (operation === "enqueue") {
    test.app.db.$client.pragma("wal_checkpoint(TRUNCATE)");
    figures.database = Number((statSync(test.databaseUrl).size / 1024 / 1024).toFixed(1));
  }
  test.app.close();
  return figures;
}

/** The process's peak resident set in MiB (ru_maxrss, which Linux reports in KiB). */
function peakRss(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

const [stage, dir, size, operation] = process.argv.slice(2);
if (stage === "import" && dir && size) {
  process.stdout.write(`${JSON.stringify(await importStage(dir, Number(size)))}\n`);
} else if (stage === "op" && dir && size && OPERATIONS.includes(operation as Operation)) {
  process.stdout.write(`${JSON.stringify(await operationStage(dir, Number(size), operation as Operation))}\n`);
}
