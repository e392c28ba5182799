// npm run build: compiles src/ and commands/ to dist/ with tsc (tsconfig.build.json), then gives every relative
// import in the output its ".js" (or "/index.js"): the sources import siblings without an extension, as the
// bundler resolution and tsx allow, but Node's ES modules need the full file name. Rewriting once at build time
// keeps the start free of resolve hooks.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
rmSync(dist, { recursive: true, force: true });
execFileSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", join(root, "tsconfig.build.json")], {
  stdio: "inherit",
});

const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(["'])(\.{1,2}\/[^"']*)\2/g;

function withExtension(file, specifier) {
  if (/\.(c|m)?js$|\.json$/.test(specifier)) return specifier;
  const target = join(dirname(file), specifier);
  if (existsSync(`${target}.js`)) return `${specifier}.js`;
  if (existsSync(target) && statSync(target).isDirectory() && existsSync(join(target, "index.js"))) return `${specifier}/index.js`;
  throw new Error(`${file}: cannot resolve ${specifier}`);
}

function rewrite(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) rewrite(path);
    else if (entry.name.endsWith(".js")) {
      const source = readFileSync(path, "utf8");
      const output = source.replace(SPECIFIER, (_, lead, quote, specifier) => `${lead}${quote}${withExtension(path, specifier)}${quote}`);
      if (output !== source) writeFileSync(path, output);
    }
  }
}
rewrite(dist);
