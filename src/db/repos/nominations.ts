// SQLite implementation of the nomination and good-deed repository.
import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import type { NominationRepo } from "../../core/nominations/repo";
import { LIVE_NOMINATION_STATUSES } from "../../core/nominations/types";
import type { Db } from "../client";
import { goodDeeds, nominationEvidence, nominations } from "../schema";

export function createNominationRepo(db: Db): NominationRepo {
  return {
    get: (id) => db.select().from(nominations).where(eq(nominations.id, id)).get() ?? null,
    list(filter) {
      const where: SQL[] = [];
      if (filter.status) where.push(eq(nominations.status, filter.status));
      if (filter.unitId !== undefined) where.push(eq(nominations.unitId, filter.unitId));
      if (filter.awardCode) where.push(eq(nominations.awardCode, filter.awardCode));
      if (filter.campaignId !== undefined) where.push(eq(nominations.campaignId, filter.campaignId));
      return db
        .select()
        .from(nominations)
        .where(where.length > 0 ? and(...where) : undefined)
        .orderBy(asc(nominations.id))
        .all();
    },
    live(awardCode, year, nominee) {
      const where: SQL[] = [eq(nominations.awardCode, awardCode), eq(nominations.year, year), inArray(nominations.status, LIVE_NOMINATION_STATUSES)];
      if (nominee) {
        where.push(eq(nominations.nominee, nominee.kind));
        where.push(nominee.kind === "person" ? eq(nominations.personId, nominee.id) : eq(nominations.unitId, nominee.id));
      }
      return db
        .select()
        .from(nominations)
        .where(and(...where))
        .all();
    },
    insert: (n, at) =>
      db
        .insert(nominations)
        .values({ ...n, createdAt: at, updatedAt: at })
        .returning({ id: nominations.id })
        .get().id,
    update: (id, patch, at) =>
      void db
        .update(nominations)
        .set({ ...patch, updatedAt: at })
        .where(eq(nominations.id, id))
        .run(),
    evidence: (nominationId) => db.select().from(nominationEvidence).where(eq(nominationEvidence.nominationId, nominationId)).all(),
    addEvidence(nominationId, file, addedBy, at) {
      db.insert(nominationEvidence)
        .values({
          nominationId,
          platform: file.platform,
          fileId: file.fileId,
          fileName: file.fileName,
          mimeType: file.mimeType,
          size: file.size,
          addedBy,
          addedAt: at,
        })
        .run();
    },
    goodDeed: (id) => db.select().from(goodDeeds).where(eq(goodDeeds.id, id)).get() ?? null,
    goodDeeds: (status) =>
      db
        .select()
        .from(goodDeeds)
        .where(status ? eq(goodDeeds.status, status) : undefined)
        .orderBy(asc(goodDeeds.id))
        .all(),
    insertGoodDeed: (deed, at) =>
      db
        .insert(goodDeeds)
        .values({ ...deed, status: "reported", createdAt: at })
        .returning({ id: goodDeeds.id })
        .get().id,
    updateGoodDeed: (id, patch) => void db.update(goodDeeds).set(patch).where(eq(goodDeeds.id, id)).run(),
  };
}
