// The import stage of `npm run bench:scale`, in a process of its own: a fresh SQLite file in DIR, a roster of SIZE
// people imported twice (as `npm run cli -- import-staff` does, through tsx), then 95% of them pledged and the
// secretary's console account linked, so that the operations' processes (scale-operation.mjs) only read.
// Prints its figures as JSON on its last line.
import { join } from "node:path";
import { importRoster, pledgeMost, writeBigRoster } from "../test/support/big-roster";
import { actAs, createTestApp } from "../test/support/harness";

/** What one stage measured: seconds per timed step, and MiB. */
export interface StageFigures {
  seconds: Record<string, number>;
  /** The process's RSS just before the timed work. */
  rssBefore: number;
  /** The process's peak RSS over its whole life (ru_maxrss). */
  peakRss: number;
  /** The database file after a checkpoint: measured by the last stage (the enqueue) only. */
  database?: number;
  /** The clock's time, which the operations' processes use too (the campaign's deadlines depend on it). */
  at?: string;
  /** The sequence in one process: RSS after each step and after the idle. */
  rssAfter?: Record<string, number>;
}

const SECRETARY = "Trịnh Văn Sơn";

async function timed(work: () => unknown): Promise<number> {
  const started = performance.now();
  await work();
  return Number(((performance.now() - started) / 1000).toFixed(3));
}

const [dir, size] = process.argv.slice(2);
if (dir && Number(size) > 0) {
  const test = createTestApp({ dir });
  const path = join(dir, "roster.csv");
  writeBigRoster(path, Number(size));
  const rssBefore = Math.round(process.memoryUsage().rss / 1024 / 1024);
  const first = await timed(() => importRoster(test.app, path));
  const again = await timed(() => importRoster(test.app, path));
  pledgeMost(test.app, test.app.services.campaigns.latestWithPledges()?.id ?? 0, test.clock.now());
  actAs(test, SECRETARY);
  test.app.close();
  const figures: StageFigures = {
    seconds: { "import first": first, "import again": again },
    rssBefore,
    peakRss: Math.round(process.resourceUsage().maxRSS / 1024),
    at: test.clock.now().toISOString(),
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}
