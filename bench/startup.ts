// npm run bench:start [-- --runs 3] — start to the first reply in the terminal chat, as `printf '/help\n' | npm start`
// does it, on a fresh database each time (migrations included): the compiled bot (`npm run build` runs first) and the
// TypeScript sources through tsx. Prints min / median / max of: the first line of /help's answer, the exit after the
// end of input, and the peak RSS (GNU time's maximum resident set, of the bot's process; "n/a" without /usr/bin/time).
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const TIME = "/usr/bin/time";

interface Start {
  firstReply: number;
  exit: number;
  peakRss: number | null;
}

/** One start: `command` with /help on its input, timed from spawn to /help's answer and to its exit. */
function start(command: string[]): Promise<Start> {
  const dir = mkdtempSync(join(tmpdir(), "thidua-bench-start-"));
  const timed = existsSync(TIME) ? [TIME, "-f", "peak-rss-kib %M", ...command] : command;
  const started = performance.now();
  const child = spawn(timed[0] as string, timed.slice(1), {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: join(dir, "thidua.sqlite"), TELEGRAM_BOT_TOKEN: "", SLACK_BOT_TOKEN: "", ZALO_BOT_TOKEN: "" },
    stdio: ["pipe", "pipe", "pipe"],
  });
  child.stdin.end("/help\n");
  let out = "";
  let err = "";
  let firstReply = Number.NaN;
  child.stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString("utf8");
    // the /help answer lists /demo, the one command that a fresh database answers for everyone
    if (Number.isNaN(firstReply) && out.includes("/demo")) firstReply = (performance.now() - started) / 1000;
  });
  child.stderr.on("data", (chunk: Buffer) => {
    err += chunk.toString("utf8");
  });
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code) => {
      rmSync(dir, { recursive: true, force: true });
      if (code !== 0 || Number.isNaN(firstReply)) return reject(new Error(`start failed (${code}): ${err.slice(-500)}`));
      const kib = /peak-rss-kib (\d+)/.exec(err)?.[1];
      resolve({ firstReply, exit: (performance.now() - started) / 1000, peakRss: kib ? Number(kib) / 1024 : null });
    });
  });
}

const at = process.argv.indexOf("--runs");
const runs = at === -1 ? 3 : Number(process.argv[at + 1]);
const ways: Array<[name: string, command: string[]]> = [
  ["compiled (`npm start` after `npm run build`)", ["npm", "start"]],
  ["tsx (`node --import tsx src/main.ts`)", [process.execPath, "--import", "tsx", "src/main.ts"]],
];
const spread = (values: number[], digits: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return [sorted[0], sorted[Math.floor(sorted.length / 2)], sorted.at(-1)].map((v) => (v ?? 0).toFixed(digits)).join(" / ");
};
const lines = ["| start | first reply, s (min / median / max) | exit, s | peak RSS, MiB |", "|---|---|---|---|"];
for (const [name, command] of ways) {
  const done: Start[] = [];
  for (let i = 0; i < runs; i++) done.push(await start(command));
  const rss = done.every((d) => d.peakRss !== null)
    ? spread(
        done.map((d) => d.peakRss ?? 0),
        0,
      )
    : "n/a";
  lines.push(
    `| ${name} | ${spread(
      done.map((d) => d.firstReply),
      2,
    )} | ${spread(
      done.map((d) => d.exit),
      2,
    )} | ${rss} |`,
  );
}
console.log(`${runs} runs each, fresh database every time\n\n${lines.join("\n")}`);
