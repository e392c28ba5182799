// npm run bench:scale [-- 2000 20000 50000] [--runs 3] — a province on one machine. For each roster size and each
// run, a fresh SQLite file: one process imports the roster (first, then the same file again) and lets 95% pledge;
// another imports 15 years of past decisions for everyone (first, then again); then each operation (/missing,
// /export, /as NAME, an announcement to everyone, enqueue only, /record NAME, /record unit, /stats) runs in a fresh
// process of its own, on the compiled bot (`npm run build` runs first), that opens the same file, so that every peak
// RSS printed is that operation's process alone. Then one more process runs /export, /missing, an announcement to
// everyone and its /report with the chart one after the other, as a long-running bot does, and idles 10 s: the
// rows "one process" are its RSS after each step and after the idle. The operations' processes run with the
// bot's production flags for node (PRODUCTION_NODE_FLAGS, as in package.json's start script).
// Prints min / median / max over the runs, then the growth factor between sizes, computed from the medians.
// Every person has a Telegram and a Slack account; 95% have pledged.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { bigName } from "../test/support/big-roster";
import type { StageFigures } from "./scale-import";

const IMPORT = fileURLToPath(new URL("./scale-import.ts", import.meta.url));
const AWARDS = fileURLToPath(new URL("./scale-awards.ts", import.meta.url));
const OPERATION = fileURLToPath(new URL("./scale-operation.mjs", import.meta.url));
const OPERATIONS = ["/missing", "/export", "/as", "enqueue", "/record", "/record unit", "/stats", "sequence"] as const;
type Operation = (typeof OPERATIONS)[number];
/** What package.json's start script gives node (see docs/dev/benchmarks.md, "A province on one machine"). */
export const PRODUCTION_NODE_FLAGS = ["--max-old-space-size=256", "--max-semi-space-size=8"];

/** The printed rows, in order: a label, and how to read its figure from one run's stages. */
type Run = Record<"import" | "awards" | Operation, StageFigures>;
const inOneProcess = (r: Run, step: string) => r.sequence.rssAfter?.[step] ?? 0;
/** "MiB.1": MiB with one decimal (the database's size). */
type Unit = "s" | "MiB" | "MiB.1";
const ROWS: Array<[label: string, unit: Unit, read: (run: Run) => number]> = [
  ["`import-staff`, first", "s", (r) => r.import.seconds["import first"] ?? 0],
  ["`import-staff`, same file again", "s", (r) => r.import.seconds["import again"] ?? 0],
  ["`/missing` (list and chart)", "s", (r) => r["/missing"].seconds["/missing"] ?? 0],
  ["`/export` (XLSX + CSV)", "s", (r) => r["/export"].seconds["/export"] ?? 0],
  ["`/as NAME`", "s", (r) => r["/as"].seconds["/as"] ?? 0],
  ["announcement to everyone, enqueue", "s", (r) => r.enqueue.seconds.enqueue ?? 0],
  ["`import-awards`, 15 years, first", "s", (r) => r.awards.seconds["awards first"] ?? 0],
  ["`import-awards`, same file again", "s", (r) => r.awards.seconds["awards again"] ?? 0],
  ["`/record NAME` (the secretary reads one person's 15 years)", "s", (r) => r["/record"].seconds["/record"] ?? 0],
  ["`/record unit` (a unit head reads the unit and its people)", "s", (r) => r["/record unit"].seconds["/record unit"] ?? 0],
  ["`/stats` (15 years, chart and XLSX)", "s", (r) => r["/stats"].seconds["/stats"] ?? 0],
  ["peak RSS, import process", "MiB", (r) => r.import.peakRss],
  ["peak RSS, `import-awards` process", "MiB", (r) => r.awards.peakRss],
  ["peak RSS, `/missing` process", "MiB", (r) => r["/missing"].peakRss],
  ["peak RSS, `/export` process", "MiB", (r) => r["/export"].peakRss],
  ["peak RSS, `/as` process", "MiB", (r) => r["/as"].peakRss],
  ["peak RSS, enqueue process", "MiB", (r) => r.enqueue.peakRss],
  ["RSS of a process with the app open, before its operation", "MiB", (r) => r["/export"].rssBefore],
  ["database size", "MiB.1", (r) => r.enqueue.database ?? 0],
  ["one process: RSS after `/export`", "MiB", (r) => inOneProcess(r, "/export")],
  ["one process: RSS after `/missing`", "MiB", (r) => inOneProcess(r, "/missing")],
  ["one process: RSS after the announcement to everyone", "MiB", (r) => inOneProcess(r, "announcement")],
  ["one process: RSS after `/report` and its chart", "MiB", (r) => inOneProcess(r, "/report")],
  ["one process: RSS after 10 s idle", "MiB", (r) => inOneProcess(r, "idle")],
  ["one process: peak RSS over the sequence", "MiB", (r) => r.sequence.peakRss],
];

/** Runs a stage's script in a child process: the import through tsx (as this script runs), an operation in plain node. */
function stage(script: string, args: string[]): StageFigures {
  const loader = script === IMPORT || script === AWARDS ? process.execArgv : PRODUCTION_NODE_FLAGS;
  const out = execFileSync(process.execPath, [...loader, script, ...args], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    stdio: ["ignore", "pipe", "inherit"],
  });
  return JSON.parse(out.trim().split("\n").at(-1) ?? "{}") as StageFigures;
}

function measure(size: number): Run {
  const dir = mkdtempSync(join(tmpdir(), "thidua-bench-scale-"));
  try {
    const run = { import: stage(IMPORT, [dir, String(size)]) } as Run;
    const at = run.import.at ?? "";
    run.awards = stage(AWARDS, [dir, String(size), at]);
    for (const operation of OPERATIONS) run[operation] = stage(OPERATION, [dir, operation, at, bigName(size - 1), bigName(0)]);
    return run;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const median = (values: number[]) => sorted(values)[Math.floor(values.length / 2)] ?? 0;
const show = (value: number, unit: Unit) =>
  unit === "MiB" ? String(Math.round(value)) : unit === "MiB.1" || value >= 10 ? value.toFixed(1) : value < 0.1 ? value.toFixed(3) : value.toFixed(2);

/** Arguments: sizes, and `--runs N`. */
function parseArgs(argv: string[]): { sizes: number[]; runs: number } {
  const at = argv.indexOf("--runs");
  const runs = at === -1 ? 3 : Number(argv[at + 1]);
  if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs takes a whole number of at least 1");
  const sizes = argv.filter((_, i) => at === -1 || (i !== at && i !== at + 1)).map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 100)) throw new Error("sizes are whole numbers of people, at least 100");
  return { sizes: sizes.length > 0 ? sizes : [2_000, 20_000, 50_000], runs };
}

const { sizes, runs } = parseArgs(process.argv.slice(2));
const results = new Map<number, Run[]>();
for (const size of sizes) {
  const done: Run[] = [];
  for (let i = 1; i <= runs; i++) {
    process.stderr.write(`measuring ${size.toLocaleString("en")} people, run ${i} of ${runs}…\n`);
    done.push(measure(size));
  }
  results.set(size, done);
}

// a Markdown table, ready for docs/dev/benchmarks.md: min / median / max for each size, growth factors from the medians
const header = ["operation", ...sizes.map((s) => `${s.toLocaleString("en")} (min / median / max)`)];
for (let i = 1; i < sizes.length; i++) header.push(`×, ${sizes[i - 1]?.toLocaleString("en")} → ${sizes[i]?.toLocaleString("en")}`);
const lines = [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`];
for (const [label, unit, read] of ROWS) {
  const medians = sizes.map((size) => median((results.get(size) ?? []).map(read)));
  const cells = sizes.map((size) => {
    const values = sorted((results.get(size) ?? []).map(read));
    const picked = runs === 1 ? [values[0] ?? 0] : [values[0] ?? 0, median(values), values.at(-1) ?? 0];
    return `${picked.map((v) => show(v, unit)).join(" / ")} ${unit.replace(".1", "")}`;
  });
  const growth = medians.slice(1).map((m, i) => `×${(m / Math.max(medians[i] ?? 0, 0.001)).toFixed(1)}`);
  lines.push(`| ${[label, ...cells, ...growth].join(" | ")} |`);
}
console.log(`${runs} run${runs === 1 ? "" : "s"} per size\n\n${lines.join("\n")}`);
