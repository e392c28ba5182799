// The record-of-achievements stage of `npm run bench:scale`, in a process of its own, after scale-import.ts: a
// history of 15 years for every person of the roster (about 15 entries a person: LĐTT most years, CSTĐCS, Giấy
// khen, each unit's TTLĐTT) written as a file of past decisions and imported twice, as `npm run cli -- import-awards`
// does (through tsx, as that command runs). Prints its figures as JSON on its last line.
import { join } from "node:path";
import { createApp } from "../src/app";
import { createMemoryLogger } from "../src/logging/logger";
import { importAwards, writeBigAwards } from "../test/support/big-awards";
import type { StageFigures } from "./scale-import";

/** Years of history: the 15, ending the year before the clock's. */
export const HISTORY_YEARS = 15;

const [dir, size, at] = process.argv.slice(2);
if (dir && Number(size) > 0 && at) {
  const app = createApp({
    config: { DATABASE_URL: join(dir, "thidua.sqlite"), DEFAULT_LOCALE: "vi", TIMEZONE: "Asia/Ho_Chi_Minh" },
    logger: createMemoryLogger().logger,
    clock: { now: () => new Date(at) },
  });
  const path = join(dir, "awards.csv");
  const rows = writeBigAwards(path, Number(size), HISTORY_YEARS, new Date(at).getUTCFullYear() - 1);
  const rssBefore = Math.round(process.memoryUsage().rss / 1024 / 1024);
  const timed = async (work: () => Promise<unknown>) => {
    const started = performance.now();
    await work();
    return Number(((performance.now() - started) / 1000).toFixed(3));
  };
  const first = await timed(() => importAwards(app, path));
  const again = await timed(() => importAwards(app, path));
  app.close();
  const figures: StageFigures & { rows: number } = {
    seconds: { "awards first": first, "awards again": again },
    rssBefore,
    peakRss: Math.round(process.resourceUsage().maxRSS / 1024),
    rows,
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}
