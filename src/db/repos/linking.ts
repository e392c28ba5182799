// SQLite storage of one-time link codes.
import { and, eq, isNull } from "drizzle-orm";
import type { LinkCodeRepo } from "../../core/directory/linking";
import type { Db } from "../client";
import { linkCodes } from "../schema";

export function createLinkCodeRepo(db: Db): LinkCodeRepo {
  return {
    insert: (row) => void db.insert(linkCodes).values(row).run(),
    byHash(codeHash) {
      const row = db.select().from(linkCodes).where(eq(linkCodes.codeHash, codeHash)).get();
      return row ? { id: row.id, personId: row.personId, platform: row.platform, expiresAt: row.expiresAt, usedAt: row.usedAt } : null;
    },
    markUsed: (id, at) => void db.update(linkCodes).set({ usedAt: at }).where(eq(linkCodes.id, id)).run(),
    retireFor: (personId, at) =>
      void db
        .update(linkCodes)
        .set({ usedAt: at })
        .where(and(eq(linkCodes.personId, personId), isNull(linkCodes.usedAt)))
        .run(),
  };
}
