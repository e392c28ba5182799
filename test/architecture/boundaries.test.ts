// The shape the design promises: the core knows no platform and no database, commands know no adapter.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");

function importsOf(dir: string): Array<{ file: string; from: string }> {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .flatMap((e) => {
      const file = relative(ROOT, join(e.parentPath, e.name));
      const source = readFileSync(join(ROOT, file), "utf8");
      return [...source.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"/gms)].map((m) => ({ file, from: m[1] ?? "" }));
    });
}

const offending = (dir: string, forbidden: RegExp) => importsOf(dir).filter(({ from }) => forbidden.test(from));

describe("module boundaries", () => {
  it("keeps the domain core free of platforms, storage and adapters", () => {
    expect(offending("src/core", /^(grammy|@grammyjs|@slack|better-sqlite3|drizzle-orm|node-cron|pino)|\/(db|adapters|http)\//)).toEqual([]);
  });

  it("keeps commands free of adapters and storage", () => {
    expect(offending("commands", /^(grammy|@grammyjs|@slack|better-sqlite3|drizzle-orm)|\/src\/(db|adapters)\//)).toEqual([]);
  });
});
