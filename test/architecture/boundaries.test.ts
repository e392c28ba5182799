// The shape the design promises, checked on the sources. The house (docs/dev/architecture.md):
//   kernel ← engine ← commands → core (the domain) → kernel;  adapters → engine (port, conversation loop) + kernel;
//   db, i18n, outbox, scheduler → core;  only main.ts, app.ts and wiring/ know everything;  only config.ts reads the environment;
//   and no import circle anywhere.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
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

/** The repository file a relative specifier names ("./x" is x.ts or x/index.ts), or null for a package. */
function resolved(file: string, from: string): string | null {
  if (!from.startsWith(".")) return null;
  const base = join(dirname(file), from);
  return [`${base}.ts`, join(base, "index.ts")].find((candidate) => existsSync(join(ROOT, candidate))) ?? null;
}

/**
 * Every import circle among these folders' files, type-only imports included (a circle of types still ties two
 * modules so that neither can be read, moved or tested without the other), each as "a → b → a".
 */
function cyclesIn(dirs: string[]): string[] {
  const edges = new Map<string, string[]>();
  for (const { file, from } of dirs.flatMap(importsOf)) {
    const to = resolved(file, from);
    if (to) edges.set(file, [...(edges.get(file) ?? []), to]);
  }
  const state = new Map<string, "open" | "done">();
  const path: string[] = [];
  const cycles: string[] = [];
  const visit = (file: string): void => {
    state.set(file, "open");
    path.push(file);
    for (const next of edges.get(file) ?? []) {
      if (state.get(next) === "open") cycles.push([...path.slice(path.indexOf(next)), next].join(" → "));
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(file, "done");
  };
  for (const file of edges.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

const offending = (dir: string, forbidden: RegExp) => importsOf(dir).filter(({ from }) => forbidden.test(from));

const PLATFORM_LIBRARIES = /^(grammy|@grammyjs|@slack)/;

/** What only the composition root may import: it knows everything. */
const COMPOSITION = /\/(wiring)\/|\/(app|main|runtime)$/;

describe("module boundaries", () => {
  it("keeps the domain core free of platforms, storage, adapters, commands and the runtime", () => {
    expect(
      offending(
        "src/core",
        /^(grammy|@grammyjs|@slack|better-sqlite3|drizzle-orm|node-cron|pino)|\/(db|adapters|outbox|scheduler|http|commands)\/|\/(app|main|runtime)$/,
      ),
    ).toEqual([]);
  });

  it("keeps the domain free of the conversation engine: the engine is not a reason for the domain to change", () => {
    expect(offending("src/core", new RegExp(`/engine/|${COMPOSITION.source}`))).toEqual([]);
  });

  it("keeps the engine free of the domain: no area of src/core/, not the Services bag, nothing but the kernel", () => {
    expect(
      offending(
        "src/engine",
        new RegExp(
          `/core/|/(db|adapters|outbox|scheduler|documents|i18n)/|commands|${COMPOSITION.source}|^(grammy|@grammyjs|@slack|better-sqlite3|drizzle-orm)`,
        ),
      ),
    ).toEqual([]);
  });

  it("keeps the kernel below both: it imports only itself and libraries", () => {
    expect(importsOf("src/kernel").filter(({ from }) => from.startsWith(".") && !from.startsWith("./"))).toEqual([]);
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

  it("gives adapters the port, never the database, a domain service or the whole app", () => {
    // what an adapter needs of the people behind accounts (a locale, a block) is a narrow method of the port
    expect(offending("src/adapters", new RegExp(`^(better-sqlite3|drizzle-orm)|/db/|/core/|/commands/|${COMPOSITION.source}`))).toEqual([]);
  });

  it("keeps the engine, the conversation loop included, on the kernel alone: it imports no adapter, no logging, no setting", () => {
    const outside = importsOf("src/engine").filter(({ file, from }) => {
      const to = resolved(file, from);
      return to !== null && !to.startsWith(join("src", "engine")) && !to.startsWith(join("src", "kernel"));
    });
    expect(outside).toEqual([]);
  });

  it("lets a platform's folder import only the engine, the kernel, its own files, the shared adapter helpers, and the ports it implements as types", () => {
    // the outbox's Transport and the health link are interfaces their consumers declare; a platform implements them
    const PORTS = [join("src", "outbox", "transport.ts"), join("src", "ops", "health.ts")];
    const platformOf = (file: string) => /^src\/adapters\/([^/]+)\//.exec(file)?.[1];
    const sharedHelper = (to: string) => /^src\/adapters\/(pace\/)?[^/]+\.ts$/.test(to);
    const reaching = sourcesOf("src/adapters")
      .filter(({ file }) => platformOf(file) !== undefined && platformOf(file) !== "pace")
      .flatMap(({ file, source }) =>
        [...source.matchAll(/^\s*(import|export)(\s+type)?\s[^;]*?from\s+"([^"]+)"/gms)].map((m) => ({
          file,
          typeOnly: Boolean(m[2]),
          to: resolved(file, m[3] ?? ""),
        })),
      )
      .filter(({ file, typeOnly, to }) => {
        if (to === null) return false;
        if (to.startsWith(join("src", "engine")) || to.startsWith(join("src", "kernel")) || sharedHelper(to)) return false;
        if (platformOf(to) === platformOf(file)) return false;
        return !(typeOnly && PORTS.includes(to));
      });
    expect(reaching).toEqual([]);
  });

  it("keeps each platform's library inside its own adapter folder", () => {
    const outside = ["src/core", "src/engine", "src/kernel", "src/db", "src/i18n", "src/outbox", "src/scheduler", "commands"].flatMap((dir) =>
      offending(dir, PLATFORM_LIBRARIES),
    );
    const crossing = importsOf("src/adapters").filter(
      ({ file, from }) => (/^(grammy|@grammyjs)/.test(from) && !file.includes("/telegram/")) || (/^@slack/.test(from) && !file.includes("/slack/")),
    );
    expect([...outside, ...crossing]).toEqual([]);
  });

  it("has no import circle in src/ and commands/", () => {
    expect(cyclesIn(["src", "commands"])).toEqual([]);
  });

  it("reads the environment only in src/config.ts", () => {
    const readers = [...sourcesOf("src"), ...sourcesOf("commands")]
      .filter(({ file, source }) => file !== join("src", "config.ts") && /process\.env\b/.test(source))
      .map(({ file }) => file);
    expect(readers).toEqual([]);
  });
});
