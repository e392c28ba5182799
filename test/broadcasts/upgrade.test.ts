// A database written before announcements went per person upgrades in place: the deliveries table is rebuilt with
// nullable accounts and a "tried" list, and every row it held is still there with what it said.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterAll, describe, expect, it } from "vitest";
import { MIGRATIONS_FOLDER } from "../../src/db/client";

const dir = mkdtempSync(join(tmpdir(), "thidua-upgrade-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The migrations folder as it was before this change: the journal cut before the first deliveries migration. */
function migrationsBefore(tag: string): string {
  const folder = join(dir, "old-migrations");
  cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalPath = join(folder, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: Array<{ tag: string }> };
  const cut = journal.entries.findIndex((e) => readFileSync(join(MIGRATIONS_FOLDER, `${e.tag}.sql`), "utf8").includes(tag));
  journal.entries = journal.entries.slice(0, cut);
  writeFileSync(journalPath, JSON.stringify(journal));
  return folder;
}

describe("upgrading a database from before per-person deliveries", () => {
  it("keeps every delivery row and its acknowledgement", () => {
    const sqlite = new Database(join(dir, "old.sqlite"));
    sqlite.pragma("foreign_keys = ON");
    const db = drizzle(sqlite);
    migrate(db, { migrationsFolder: migrationsBefore("__new_deliveries") });
    expect(sqlite.prepare("select count(*) as n from pragma_table_info('deliveries') where name = 'tried'").get()).toEqual({ n: 0 });
    sqlite.exec(`
      insert into units (id, name, name_folded, created_at) values (1, 'Văn phòng', 'van phong', 0);
      insert into people (id, full_name, full_name_folded, unit_id, status, created_at, updated_at) values (1, 'Người A', 'nguoi a', 1, 'active', 0, 0);
      insert into announcements (id, author_id, text, audience, created_at) values (1, 1, 'Cũ', '{"kind":"everyone"}', 0);
      insert into broadcast_runs (id, announcement_id, slot_at, status, created_at) values (1, 1, 0, 'sending', 0);
      insert into deliveries (run_id, person_id, unit_id, platform, external_id, locale, status, sent_at, acknowledged_at)
        values (1, 1, 1, 'telegram', '42', 'vi', 'sent', 5, 6), (1, 1, 1, 'slack', 'U42', 'vi', 'failed', 5, null);
    `);
    migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    const rows = sqlite.prepare("select platform, external_id, status, acknowledged_at, tried from deliveries order by id").all();
    expect(rows).toEqual([
      { platform: "telegram", external_id: "42", status: "sent", acknowledged_at: 6, tried: "[]" },
      { platform: "slack", external_id: "U42", status: "failed", acknowledged_at: null, tried: "[]" },
    ]);
    // a person the bot cannot reach can now be a row of its own
    sqlite.prepare("insert into deliveries (run_id, person_id, unit_id, locale, status, error) values (1, 1, 1, 'vi', 'failed', 'no-account')").run();
    expect(sqlite.prepare("select count(*) as n from deliveries").get()).toEqual({ n: 3 });
    sqlite.close();
  });
});
