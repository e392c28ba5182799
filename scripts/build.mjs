// npm run build: bundles the bot into dist/ with esbuild, so that plain Node runs it (docs/adr/0004). The sources
// import siblings without a file extension and folders by their index, as tsconfig's "Bundler" resolution allows;
// a bundler resolves them exactly as the type-checker does, where Node alone could not. Packages stay outside the
// bundle (imported from node_modules as usual: better-sqlite3 is a native addon); what main.ts imports lazily (a
// platform's adapter, the chart renderer) becomes a chunk of its own, so a platform's library is still loaded only
// when its token is set. Type-checking is not part of the build: `npm test` runs it.
import { mkdirSync, renameSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

/**
 * The programs in dist/, each at dist/<its path under the root>.js: the bot and the operator CLI, and the modules
 * `npm run bench:scale` drives in a process of its own (bench/scale-operation.mjs), as production code.
 */
const ENTRY_POINTS = ["src/main.ts", "src/cli.ts", "src/app.ts", "src/logging/logger.ts", "src/adapters/telegram/pictures.ts"];

/** The oldest Node in package.json's "engines": esbuild rewrites any syntax newer than it. */
const TARGET = "node20.19";

/** Written last, dated when the build began: a source changed after that makes dist/ stale (see launch.mjs). */
export const STAMP = ".built";

/** Builds into a folder of its own, then swaps it in: a build cut short never leaves half a dist/ behind. */
export async function buildDist(root) {
  const began = new Date();
  const dist = join(root, "dist");
  const next = join(root, `dist.${process.pid}.tmp`);
  rmSync(next, { recursive: true, force: true });
  try {
    await build({
      absWorkingDir: root,
      entryPoints: ENTRY_POINTS,
      outdir: next,
      outbase: ".",
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "node",
      target: TARGET,
      packages: "external",
      chunkNames: "chunks/[name]-[hash]",
      // stack traces name src/ files and lines (launch.mjs turns source maps on); the sources are not copied in
      sourcemap: true,
      sourcesContent: false,
      logLevel: "warning",
    });
    mkdirSync(next, { recursive: true });
    writeFileSync(join(next, STAMP), "");
    utimesSync(join(next, STAMP), began, began);
    rmSync(dist, { recursive: true, force: true });
    renameSync(next, dist);
  } finally {
    rmSync(next, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await buildDist(join(import.meta.dirname, ".."));
}
