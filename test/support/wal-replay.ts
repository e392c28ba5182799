// The adversary's tool: rebuild the database as it stood after each commit recorded in a -wal file, from a copy
// of the main file taken when the WAL was empty, and read every table of each state.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";

export type Rows = Record<string, string[]>;

/** Every commit in the WAL, in order, as the bytes of the database file after it. */
export function replayWal(mainFile: Buffer, wal: Buffer): Buffer[] {
  if (wal.length < 32) return [];
  const pageSize = wal.readUInt32BE(8);
  const [salt1, salt2] = [wal.readUInt32BE(16), wal.readUInt32BE(20)];
  const states: Buffer[] = [];
  let db = Buffer.from(mainFile);
  for (let at = 32; at + 24 + pageSize <= wal.length; at += 24 + pageSize) {
    // frames left over from before the last WAL reset carry other salts: the valid log ends there
    if (wal.readUInt32BE(at + 8) !== salt1 || wal.readUInt32BE(at + 12) !== salt2) break;
    const page = wal.readUInt32BE(at);
    const sizeAfterCommit = wal.readUInt32BE(at + 4);
    const end = page * pageSize;
    if (db.length < end) db = Buffer.concat([db, Buffer.alloc(end - db.length)]);
    wal.copy(db, (page - 1) * pageSize, at + 24, at + 24 + pageSize);
    if (sizeAfterCommit > 0) {
      db = db.subarray(0, sizeAfterCommit * pageSize);
      states.push(Buffer.from(db));
    }
  }
  return states;
}

/** Every row of every table of a database image, as JSON lines per table (what a reader of that copy sees). */
export function readImage(image: Buffer, dir: string, name = "image.sqlite"): Rows {
  const copy = Buffer.from(image);
  // mark the image as a rollback-journal database, so it opens read-only with no -wal beside it
  copy[18] = 1;
  copy[19] = 1;
  const path = join(dir, name);
  writeFileSync(path, copy);
  const db = new Database(path, { readonly: true });
  try {
    const tables = db.prepare("select name from sqlite_master where type = 'table'").all() as Array<{ name: string }>;
    return Object.fromEntries(
      tables.map(({ name: table }) => [
        table,
        (db.prepare(`select * from "${table}"`).all() as Array<Record<string, unknown>>).map((row) =>
          JSON.stringify(row, (_, v) => (v && typeof v === "object" && v.type === "Buffer" ? Buffer.from(v.data).toString("hex") : v)),
        ),
      ]),
    );
  } finally {
    db.close();
  }
}

/** Rows present in `after` and not in `before`, per table. */
export function addedRows(before: Rows, after: Rows): Rows {
  return Object.fromEntries(
    Object.entries(after)
      .map(([table, rows]) => [table, rows.filter((r) => !(before[table] ?? []).includes(r))] as const)
      .filter(([, rows]) => rows.length > 0),
  );
}

export const readBytes = (path: string): Buffer => {
  try {
    return readFileSync(path);
  } catch {
    return Buffer.alloc(0);
  }
};
