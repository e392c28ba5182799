// npm start: the compiled bot in dist/ (npm run build) when it is there and not older than the sources, else the
// TypeScript sources through tsx, so `npm ci && npm start` works on a fresh clone and a built install starts fast.
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const compiled = join(root, "dist", "src", "main.js");

/** The newest modification time under a folder of sources. */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

// stale output would run yesterday's code after a `git pull`: then the sources win
const fresh = existsSync(compiled) && statSync(compiled).mtimeMs >= Math.max(newest(join(root, "src")), newest(join(root, "commands")));
// one process either way, so signals reach the bot's own shutdown handlers
if (fresh) {
  await import(pathToFileURL(compiled).href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import(pathToFileURL(join(root, "src", "main.ts")).href);
}
