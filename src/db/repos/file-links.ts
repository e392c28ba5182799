// SQLite implementation of the one-time file links' storage (src/core/file-links/repo.ts).
import { and, asc, eq, inArray, lt, lte, ne, or } from "drizzle-orm";
import type { FileLinkRepo, FileLinkRow } from "../../core/file-links/repo";
import type { Db } from "../client";
import { fileLinks, people } from "../schema";

const toRow = (row: typeof fileLinks.$inferSelect): FileLinkRow => ({
  id: row.id,
  personId: row.personId,
  kind: row.kind,
  state: row.state,
  locale: row.locale,
  fileName: row.fileName,
  mimeType: row.mimeType,
  data: row.data ? new Uint8Array(row.data) : null,
  createdAt: row.createdAt,
  expiresAt: row.expiresAt,
});

/** What a closed link keeps: enough to answer "gone" in the right language, nothing of the file or its person. */
const wiped = { data: null, fileName: null, mimeType: null, personId: null } as const;

export function createFileLinkRepo(db: Db): FileLinkRepo {
  return {
    insert: (row) =>
      db
        .insert(fileLinks)
        .values({ ...row, state: "waiting", data: Buffer.from(row.data as Uint8Array) })
        .returning({ id: fileLinks.id })
        .get().id,
    byHash(tokenHash) {
      const row = db.select().from(fileLinks).where(eq(fileLinks.tokenHash, tokenHash)).get();
      return row ? toRow(row) : null;
    },
    close: (id, state) =>
      void db
        .update(fileLinks)
        .set({ state, ...wiped })
        .where(eq(fileLinks.id, id))
        .run(),
    waitingOf: (personId) =>
      db
        .select({ id: fileLinks.id })
        .from(fileLinks)
        .where(and(eq(fileLinks.personId, personId), eq(fileLinks.state, "waiting")))
        .orderBy(asc(fileLinks.id))
        .all(),
    sweep(now, forgetBefore) {
      // past their time, or sent to someone no longer on the staff list
      const gone = db.select({ id: people.id }).from(people).where(ne(people.status, "active"));
      const expired = db
        .update(fileLinks)
        .set({ state: "expired", ...wiped })
        .where(and(eq(fileLinks.state, "waiting"), or(lte(fileLinks.expiresAt, now), inArray(fileLinks.personId, gone))))
        .run().changes;
      const forgotten = db
        .delete(fileLinks)
        .where(and(inArray(fileLinks.state, ["used", "expired"]), lt(fileLinks.expiresAt, forgetBefore)))
        .run().changes;
      return { expired, forgotten };
    },
  };
}
