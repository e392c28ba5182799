// npm run bench:scale [-- 2000 20000 50000] — a province on one machine. For each roster size, in a fresh process
// and a fresh SQLite file: import-staff (first, then the same file again), /missing, /export, /as NAME and an
// announcement to everyone (enqueue only), with the process's peak RSS, what /export added to it, and the
// database's size; then the growth factor from each size to the next. Every person has a Telegram and a Slack account; 95% have pledged.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { bigName, importRoster, pledgeMost, writeBigRoster } from "../test/support/big-roster";
import { actAs, createTestApp } from "../test/support/harness";

interface Figures {
  size: number;
  "import first (s)": number;
  "import again (s)": number;
  "/missing (s)": number;
  "/export (s)": number;
  "/as NAME (s)": number;
  "announce enqueue (s)": number;
  "peak RSS (MiB)": number;
  "RSS growth in /export (MiB)": number;
  "database (MiB)": number;
}

async function measure(size: number): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), "thidua-bench-scale-"));
  const test = createTestApp({ dir });
  const path = join(dir, "roster.csv");
  writeBigRoster(path, size);
  const timed = async (work: () => unknown) => {
    const started = performance.now();
    await work();
    return Number(((performance.now() - started) / 1000).toFixed(3));
  };
  const importFirst = await timed(() => importRoster(test.app, path));
  const importAgain = await timed(() => importRoster(test.app, path));
  pledgeMost(test.app, test.app.services.campaigns.latestWithPledges()?.id ?? 0, test.clock.now());
  const secretary = actAs(test, "Trịnh Văn Sơn");
  const command = (text: string, who = secretary) =>
    timed(async () => {
      const { replies } = await test.app.dispatcher.dispatch({ ...who, text });
      // files (the export, the chart) left out: only the message keys say whether it worked
      const keys = JSON.stringify(replies, (_, value) => (value instanceof Uint8Array ? undefined : value));
      if (keys.includes("error-")) throw new Error(`${text} failed: ${keys.slice(0, 300)}`);
    });
  const missing = await command("/missing");
  const rssBefore = process.memoryUsage().rss;
  const exported = await command("/export");
  // what the export added to the process, as a bound on its working memory (RSS rarely shrinks at once)
  const exportGrowth = Math.max(0, Math.round((process.memoryUsage().rss - rssBefore) / 1024 / 1024));
  const as = await command(`/as ${bigName(size - 1)}`, { platform: "console", userId: "bench", chatId: "dm-bench", chatKind: "dm" });
  const leader = test.app.services.directory.findOnePerson("Phạm Văn Hùng");
  const enqueue = await timed(() =>
    test.app.services.broadcasts.announce(leader, { text: "Phát động thi đua toàn tỉnh.", audience: { kind: "everyone" }, repeat: null }),
  );
  test.app.db.$client.pragma("wal_checkpoint(TRUNCATE)");
  const database = statSync(test.databaseUrl).size / 1024 / 1024;
  test.close();
  rmSync(dir, { recursive: true, force: true });
  return {
    size,
    "import first (s)": importFirst,
    "import again (s)": importAgain,
    "/missing (s)": missing,
    "/export (s)": exported,
    "/as NAME (s)": as,
    "announce enqueue (s)": enqueue,
    "peak RSS (MiB)": Math.round(process.resourceUsage().maxRSS / 1024),
    "RSS growth in /export (MiB)": exportGrowth,
    "database (MiB)": Number(database.toFixed(1)),
  };
}

const one = process.argv.indexOf("--one");
if (one !== -1) {
  // a child: one size, figures as JSON on the last line, so each size's peak RSS is its own
  process.stdout.write(`${JSON.stringify(await measure(Number(process.argv[one + 1])))}\n`);
} else {
  const sizes = process.argv.slice(2).map(Number).filter(Boolean);
  const rows: Figures[] = [];
  for (const size of sizes.length > 0 ? sizes : [2_000, 20_000, 50_000]) {
    process.stderr.write(`measuring ${size.toLocaleString("en")} people…\n`);
    const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), "--one", String(size)], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      stdio: ["ignore", "pipe", "inherit"],
    });
    rows.push(JSON.parse(out.trim().split("\n").at(-1) ?? "{}") as Figures);
  }
  console.table(rows);
  const growth = rows.slice(1).map((row, i) => {
    const before = rows[i] as Figures;
    const ratio = Object.fromEntries(
      Object.entries(row).map(([key, value]) => [key, `×${(Number(value) / Math.max(Number(before[key as keyof Figures]), 0.001)).toFixed(1)}`]),
    );
    return { ...ratio, size: `${before.size} → ${row.size}` };
  });
  if (growth.length > 0) console.table(growth);
}
