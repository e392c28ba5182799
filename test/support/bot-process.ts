// Runs the real entry point (src/main.ts) as a child process, as an operator would start it, and lets a test read
// its log lines, call its HTTP endpoints and signal it. When the tests run as root the bot runs as `nobody` if it
// can, as the Dockerfile and the systemd unit run it, so that file permissions mean what they mean in production.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chownSync, mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "../..");
const NOBODY = { uid: 65534, gid: 65534 };
/** A platform token requires a ballot key (config BALLOT_KEY); a fresh one for each test run. */
const TEST_BALLOT_KEY = randomBytes(32).toString("base64");

/** Root runs the bot as `nobody` when that user can read the checkout (not so in a clone under /root). */
export const UNPRIVILEGED = process.getuid?.() === 0 && nobodyCanRun() ? NOBODY : null;

function nobodyCanRun(): boolean {
  const probe = spawnSync(process.execPath, ["--import", "tsx", "-e", "0"], { cwd: ROOT, ...NOBODY, stdio: "ignore", timeout: 30_000 });
  return probe.status === 0;
}

/** A directory the bot's user may write (its data folder). */
export function botDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "thidua-ops-"));
  if (UNPRIVILEGED) chownSync(dir, UNPRIVILEGED.uid, UNPRIVILEGED.gid);
  return dir;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface BotProcess {
  child: ChildProcess;
  port: number;
  /** stderr, line by line (JSON log lines and any fatal line). */
  lines: string[];
  exited: Promise<number | null>;
  get(path: string): Promise<{ status: number; body: Record<string, unknown> }>;
  waitFor(check: () => boolean | Promise<boolean>, timeoutMs?: number): Promise<void>;
  /** Log lines parsed as JSON (others skipped). */
  logs(): Array<Record<string, unknown>>;
}

/** Starts src/main.ts with `env` (and PATH, LOG_LEVEL=info, a ballot key, a free PORT unless `env` names one). */
export async function startBot(env: Record<string, string>): Promise<BotProcess> {
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src/main.ts")], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", LOG_LEVEL: "info", PORT: String(port), BALLOT_KEY: TEST_BALLOT_KEY, ...env },
    stdio: ["ignore", "ignore", "pipe"],
    ...(UNPRIVILEGED ?? {}),
  });
  const lines: string[] = [];
  let partial = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    const text = partial + chunk.toString("utf8");
    const parts = text.split("\n");
    partial = parts.pop() ?? "";
    lines.push(...parts);
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const self: BotProcess = {
    child,
    port,
    lines,
    exited,
    async get(path) {
      const res = await fetch(`http://127.0.0.1:${port}${path}`);
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    },
    async waitFor(check, timeoutMs = 20_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        if (await Promise.resolve(check()).catch(() => false)) return;
        if (Date.now() > until) throw new Error(`condition not met in time; bot said:\n${lines.slice(-20).join("\n")}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    logs: () =>
      lines.flatMap((line) => {
        try {
          return [JSON.parse(line) as Record<string, unknown>];
        } catch {
          return [];
        }
      }),
  };
  return self;
}
