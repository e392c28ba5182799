// The shape the design promises, checked on the sources: imports go one way (adapters → commands → core ← db, i18n,
// outbox, scheduler), only main.ts and app.ts know everything, and only config.ts reads the environment.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");

function sourcesOf(dir: string): Array<{ file: string; source: string }> {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => {
      const file = relative(ROOT, join(e.parentPath, e.name));
      return { file, source: readFileSync(join(ROOT, file), "utf8") };
    });
}

function importsOf(dir: string): Array<{ file: string; from: string }> {
  return sourcesOf(dir).flatMap(({ file, source }) =>
    [...source.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"|import\(\s*"([^"]+)"\s*\)/gms)].map((m) => ({
      file,
      from: m[1] ?? m[2] ?? "",
    })),
  );
}

const offending = (dir: string, forbidden: RegExp) => importsOf(dir).filter(({ from }) => forbidden.test(from));

const PLATFORM_LIBRARIES = /^(grammy|@grammyjs|@slack)/;

describe("module boundaries", () => {
  it("keeps the domain core free of platforms, storage, adapters, commands and the runtime", () => {
    expect(
      offending(
        "src/core",
        /^(grammy|@grammyjs|@slack|better-sqlite3|drizzle-orm|node-cron|pino)|\/(db|adapters|outbox|scheduler|http|commands)\/|\/(app|main|runtime)$/,
      ),
    ).toEqual([]);
  });

  it("keeps commands free of adapters, storage and the outbox", () => {
    expect(
      offending("commands", /^(grammy|@grammyjs|@slack|better-sqlite3|drizzle-orm)|\/src\/(db|adapters|outbox|scheduler)\/|\/src\/(app|main)$/),
    ).toEqual([]);
  });

  it("keeps the outbox and the scheduler free of any platform", () => {
    const forbidden = new RegExp(`${PLATFORM_LIBRARIES.source}|/adapters/`);
    expect([...offending("src/outbox", forbidden), ...offending("src/scheduler", forbidden)]).toEqual([]);
  });

  it("gives adapters the port, never the database or the whole app", () => {
    expect(offending("src/adapters", /^(better-sqlite3|drizzle-orm)|\/db\/|\/app$/)).toEqual([]);
  });

  it("keeps each platform's library inside its own adapter folder", () => {
    const outside = ["src/core", "src/db", "src/i18n", "src/outbox", "src/scheduler", "commands"].flatMap((dir) =>
      offending(dir, PLATFORM_LIBRARIES),
    );
    const crossing = importsOf("src/adapters").filter(
      ({ file, from }) => (/^(grammy|@grammyjs)/.test(from) && !file.includes("/telegram/")) || (/^@slack/.test(from) && !file.includes("/slack/")),
    );
    expect([...outside, ...crossing]).toEqual([]);
  });

  it("reads the environment only in src/config.ts", () => {
    const readers = [...sourcesOf("src"), ...sourcesOf("commands")]
      .filter(({ file, source }) => file !== join("src", "config.ts") && /process\.env\b/.test(source))
      .map(({ file }) => file);
    expect(readers).toEqual([]);
  });
});
