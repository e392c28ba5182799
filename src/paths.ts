// The package's own folders (locales/, catalog/, migrations/), found from wherever this file runs: src/ under tsx,
// or a chunk in dist/ once bundled by `npm run build`, so both find the same folders at the package root.
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

function findPackageRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
  return dir;
}

export const PACKAGE_ROOT = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

/** A folder or file at the package root, e.g. `fromRoot("locales")`. */
export const fromRoot = (...parts: string[]) => resolve(PACKAGE_ROOT, ...parts);
