// The one way the bot and its operator CLI start (start.mjs, cli.mjs; docs/adr/0004): the bundle in dist/, built
// first when it is missing or older than the sources, then imported into this same process, so that signals reach
// the program's own handlers. A pruned production install (no esbuild) cannot build: it refuses stale output rather
// than run the previous version after a `git pull`.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const ROOT = join(import.meta.dirname, "..");
const DIST = join(ROOT, "dist");
/** What the bundle is made from; a container image ships dist/ without them, and is never stale. */
const INPUTS = ["src", "commands", "tsconfig.json", "scripts/build.mjs"];
/** sysexits' EX_CONFIG: the systemd unit does not restart the bot on it (RestartPreventExitStatus=78). */
const EX_CONFIG = 78;

/** The newest modification time of a file, or of anything under a folder; 0 when it is not there. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

/** Why dist/ must be built again before `program` runs, or null when it is up to date. */
function staleness(program) {
  const stamp = join(DIST, ".built");
  if (!existsSync(stamp) || !existsSync(join(DIST, program))) return "there is no build yet";
  const built = statSync(stamp).mtimeMs;
  return INPUTS.some((input) => newest(join(ROOT, input)) > built) ? "the sources changed since the last build" : null;
}

async function ensureBuilt(program) {
  const reason = staleness(program);
  if (!reason) return;
  let buildDist;
  try {
    ({ buildDist } = await import("./build.mjs"));
  } catch (error) {
    if (error?.code !== "ERR_MODULE_NOT_FOUND") throw error;
    process.stderr.write(
      `thidua-bot: ${reason}, and the build tool is not installed (a production install without development ` +
        "dependencies). Build it: npm ci && npm run build && npm prune --omit=dev\n",
    );
    process.exit(EX_CONFIG);
  }
  process.stderr.write(`thidua-bot: building dist/ (${reason})…\n`);
  try {
    await buildDist(ROOT);
  } catch (error) {
    // a read-only checkout (the systemd unit's ProtectSystem=strict), or a source esbuild could not read
    process.stderr.write(`thidua-bot: dist/ could not be built: ${error?.message ?? error}. Build it, then start again: npm run build\n`);
    process.exit(EX_CONFIG);
  }
}

/** Builds if needed, then runs dist/<program> in this process; its arguments stay in process.argv. */
export async function launch(program) {
  await ensureBuilt(program);
  // stack traces in logs name the TypeScript file and line, through the bundle's source maps
  process.setSourceMapsEnabled(true);
  await import(pathToFileURL(join(DIST, program)).href);
}
