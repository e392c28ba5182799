// Everything that talks to Zalo lives in src/adapters/zalo/: no other source names its API or imports its files,
// except the composition root that starts it.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const ZALO_DIR = join("src", "adapters", "zalo");

function sources(): Array<{ file: string; source: string }> {
  return ["src", "commands"].flatMap((dir) =>
    readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith(".ts"))
      .map((e) => relative(ROOT, join(e.parentPath, e.name)))
      .map((file) => ({ file, source: readFileSync(join(ROOT, file), "utf8") })),
  );
}

describe("the Zalo boundary", () => {
  it("keeps the Zalo API and its adapter's files inside src/adapters/zalo", () => {
    const outside = sources().filter(({ file }) => !file.startsWith(ZALO_DIR));
    const naming = outside.filter(({ file, source }) => /zaloplatforms|zapps\.me/.test(source) && file !== join("src", "config.ts"));
    const importing = outside.filter(
      ({ file, source }) => /from\s+"[^"]*adapters\/zalo[^"]*"|import\(\s*"[^"]*adapters\/zalo/.test(source) && file !== join("src", "main.ts"),
    );
    expect([...naming, ...importing].map((s) => s.file)).toEqual([]);
  });

  it("keeps the adapter off the database and the whole app", () => {
    const inside = sources().filter(({ file }) => file.startsWith(ZALO_DIR));
    expect(
      inside.filter(({ source }) => /from\s+"(better-sqlite3|drizzle-orm|[^"]*\/db\/[^"]*|[^"]*\/app)"/.test(source)).map((s) => s.file),
    ).toEqual([]);
  });
});
