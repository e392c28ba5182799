// Upgrades: a new migration meeting a database with data first copies it (beside it, verified) and says where,
// then applies it; a migration that fails leaves the database as it was; `migrate --dry-run` lists what would run
// and changes nothing. The new migrations live in a temporary copy of migrations/ with one more entry.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { MIGRATIONS_FOLDER } from "../../src/db/client";
import { MigrationError, migrateDatabase, readJournal } from "../../src/db/migrate";
import { createMemoryLogger } from "../../src/logging/logger";
import { prepareDatabase } from "../../src/ops/startup";
import { createTestApp } from "../support/harness";

const ROOT = join(import.meta.dirname, "../..");
/** The migrations this version ships. */
const SHIPPED = readJournal(MIGRATIONS_FOLDER).map((e) => e.tag);

/** migrations/ plus one migration made of these statements, as drizzle-kit would write it. */
function migrationsWith(tag: string, statements: string[]): string {
  const folder = join(mkdtempSync(join(tmpdir(), "thidua-migrations-")), "migrations");
  cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalPath = join(folder, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: Array<{ idx: number; when: number; tag: string }> };
  const last = journal.entries.at(-1) as { idx: number; when: number };
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag });
  writeFileSync(journalPath, JSON.stringify(journal, null, 2));
  writeFileSync(join(folder, `${tag}.sql`), statements.join("\n--> statement-breakpoint\n"));
  return folder;
}

/** A database of the current version holding the demo organisation; closed. */
function databaseWithData(): string {
  const test = createTestApp();
  const path = test.databaseUrl;
  test.app.close();
  return path;
}

const columnsOf = (path: string, table: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare(`pragma table_info(${table})`).all() as Array<{ name: string }>).map((c) => c.name);
  } finally {
    db.close();
  }
};
const count = (path: string, sql: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare(sql).pluck().get() as number;
  } finally {
    db.close();
  }
};

describe("upgrading the database", () => {
  it("copies a database with data beside it, says where, then applies the new migration", async () => {
    const path = databaseWithData();
    const units = count(path, "select count(*) from units");
    const folder = migrationsWith("0099_unit_notes", ["ALTER TABLE `units` ADD `note` text;"]);
    const { logger, lines } = createMemoryLogger();

    await prepareDatabase(path, logger, folder);

    expect(columnsOf(path, "units")).toContain("note");
    expect(count(path, "select count(*) from __drizzle_migrations")).toBe(SHIPPED.length + 1);
    const copies = readdirSync(dirname(path)).filter((f) => f.endsWith(".before-0099_unit_notes.bak"));
    expect(copies).toHaveLength(1);
    const backup = join(dirname(path), copies[0] as string);
    // the copy is the database as it was: old schema, same rows
    expect(columnsOf(backup, "units")).not.toContain("note");
    expect(count(backup, "select count(*) from units")).toBe(units);
    const logged = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(logged.find((l) => l.msg === "database copied before the upgrade")).toMatchObject({ backup });
    expect(logged.find((l) => l.msg === "migrations applied")).toMatchObject({ applied: ["0099_unit_notes"] });

    // started again: nothing new, no second copy
    await prepareDatabase(path, logger, folder);
    expect(readdirSync(dirname(path)).filter((f) => f.endsWith(".bak"))).toHaveLength(1);
  });

  it("leaves the database as it was when a migration fails half-way", async () => {
    const path = databaseWithData();
    const folder = migrationsWith("0099_broken", ["ALTER TABLE `units` ADD `note` text;", "INSERT INTO `no_such_table` VALUES (1);"]);
    const before = count(path, "select count(*) from units");

    const failure = await migrateDatabase(path, folder).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(MigrationError);
    expect((failure as MigrationError).tag).toBe("0099_broken");
    expect(columnsOf(path, "units")).not.toContain("note");
    expect(count(path, "select count(*) from __drizzle_migrations")).toBe(SHIPPED.length);
    expect(count(path, "select count(*) from units")).toBe(before);
    expect(existsSync((failure as MigrationError).backup as string)).toBe(true);
    expect(count(path, "pragma integrity_check") as unknown).toBe("ok");
  });

  it("creates a new database, and its folder (./data on a first npm start), without taking a copy", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "thidua-empty-")), "data", "thidua.sqlite");
    const { applied, backup } = await migrateDatabase(path, MIGRATIONS_FOLDER);
    expect(applied).toEqual(SHIPPED);
    expect(backup).toBeNull();
  });

  it("lists what would run with `migrate --dry-run`, and changes nothing", () => {
    const path = databaseWithData();
    const folder = migrationsWith("0099_unit_notes", ["ALTER TABLE `units` ADD `note` text;"]);
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, ["--import", "tsx", "src/cli.ts", "migrate", ...args], {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? "", DATABASE_URL: path, CLI_LANG: "en" },
        encoding: "utf8",
      });

    const dry = cli("--dry-run", "--migrations", folder);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain(`1 schema changes would be applied to ${path}:`);
    expect(dry.stdout).toContain("  - 0099_unit_notes");
    expect(columnsOf(path, "units")).not.toContain("note");
    expect(readdirSync(dirname(path)).filter((f) => f.endsWith(".bak"))).toEqual([]);

    const real = cli("--migrations", folder);
    expect(real.status).toBe(0);
    expect(real.stdout).toMatch(/The database was copied before the upgrade: .*before-0099_unit_notes\.bak/);
    expect(columnsOf(path, "units")).toContain("note");
    expect(cli("--dry-run", "--migrations", folder).stdout).toContain("is up to date");
  }, 30_000);
});
