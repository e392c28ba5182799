// The one start path (scripts/launch.mjs, docs/adr/0004), on a copy of the checkout as a fresh clone has it: `npm
// start` builds the bundle when there is none or the sources changed, runs it without building otherwise, the CLI
// runs the same bundle, and an install without the build tool refuses stale output instead of running it.
import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const COPIED = ["src", "commands", "locales", "catalog", "migrations", "scripts", "package.json", "tsconfig.json"];
const dirs: string[] = [];

/** A checkout without dist/, its node_modules linked to this one's. */
function checkout(): string {
  const dir = mkdtempSync(join(tmpdir(), "thidua-start-"));
  dirs.push(dir);
  for (const entry of COPIED) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
  return dir;
}

/** What `npm prune --omit=dev` does to the build tool: node_modules without the packages named. */
function prune(dir: string, packages: string[]): void {
  rmSync(join(dir, "node_modules"));
  mkdirSync(join(dir, "node_modules"));
  for (const name of readdirSync(join(ROOT, "node_modules"))) {
    if (!packages.includes(name)) symlinkSync(join(ROOT, "node_modules", name), join(dir, "node_modules", name));
  }
}

/** `node scripts/<script>` in `dir` with a bare environment and `input` on standard input. */
function run(dir: string, script: string, args: string[] = [], input = ""): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [join("scripts", script), ...args], {
    cwd: dir,
    input,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", DATABASE_URL: join(dir, "data", "thidua.sqlite") },
    timeout: 60_000,
  });
}

const built = (dir: string) => statSync(join(dir, "dist", ".built")).mtimeMs;

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("npm start on a fresh clone", () => {
  let dir: string;
  beforeAll(() => {
    dir = checkout();
  });

  it("builds dist/ first, then opens the terminal chat from it", () => {
    const start = run(dir, "start.mjs", [], "/help\n");
    expect(start.status).toBe(0);
    expect(start.stderr).toContain("building dist/ (there is no build yet)");
    expect(start.stdout).toContain("/demo");
    expect(existsSync(join(dir, "dist", "src", "main.js"))).toBe(true);
  });

  it("starts the second time without building", () => {
    const before = built(dir);
    const start = run(dir, "start.mjs", [], "/help\n");
    expect(start.status).toBe(0);
    expect(start.stderr).not.toContain("building");
    expect(start.stdout).toContain("/demo");
    expect(built(dir)).toBe(before);
  });

  it("builds again when a source changed, and runs the changed code", () => {
    const main = join(dir, "src", "main.ts");
    writeFileSync(main, `${readFileSync(main, "utf8")}\nprocess.stdout.write("changed since the last build\\n");\n`);
    const start = run(dir, "start.mjs", [], "/help\n");
    expect(start.status).toBe(0);
    expect(start.stderr).toContain("building dist/ (the sources changed since the last build)");
    expect(start.stdout).toContain("changed since the last build");
  });

  it("runs the operator CLI from the same build", () => {
    const before = built(dir);
    const cli = run(dir, "cli.mjs", ["migrate", "--dry-run"]);
    expect(cli.status).toBe(0);
    expect(cli.stderr).not.toContain("building");
    expect(cli.stdout.length).toBeGreaterThan(0);
    expect(built(dir)).toBe(before);
  });

  it("keeps the last good build when the sources do not build, and says so", () => {
    const cli = join(dir, "src", "cli.ts");
    const good = readFileSync(cli, "utf8");
    writeFileSync(cli, `${good}\nconst = ;\n`);
    const start = run(dir, "start.mjs", [], "/help\n");
    expect(start.status).toBe(78);
    expect(start.stderr).toContain("dist/ could not be built");
    expect(start.stdout).toBe("");
    expect(existsSync(join(dir, "dist", "src", "main.js"))).toBe(true);
    expect(readdirSync(dir).filter((name) => name.startsWith("dist."))).toEqual([]);
    writeFileSync(cli, good);
  });
});

describe("a production install without the build tool", () => {
  it("runs a build that is up to date, and refuses one older than the sources", () => {
    // npm ci && npm run build && npm prune --omit=dev
    const dir = checkout();
    expect(run(dir, "build.mjs").status).toBe(0);
    prune(dir, ["esbuild", "@esbuild"]);

    const fresh = run(dir, "start.mjs", [], "/help\n");
    expect(fresh.status).toBe(0);
    expect(fresh.stderr).not.toContain("building");
    expect(fresh.stdout).toContain("/demo");

    // a `git pull` without a build: the previous version must not run
    const main = join(dir, "src", "main.ts");
    writeFileSync(main, `${readFileSync(main, "utf8")}\n`);
    const stale = run(dir, "start.mjs", [], "/help\n");
    expect(stale.status).toBe(78);
    expect(stale.stderr).toContain("the sources changed since the last build, and the build tool is not installed");
    expect(stale.stderr).toContain("npm run build");
    expect(stale.stdout).toBe("");
  });
});
