// SQLite implementation of the pledge repository.
import { and, desc, eq, ne, sql } from "drizzle-orm";
import type { PledgeRepo } from "../../core/pledges/repo";
import type { Db } from "../client";
import { pledges } from "../schema";

export function createPledgeRepo(db: Db): PledgeRepo {
  // a person's own pledges are read by /mypledges and every pledge form: prepared once
  const ofPerson = db
    .select()
    .from(pledges)
    .where(eq(pledges.personId, sql.placeholder("personId")))
    .orderBy(desc(pledges.id))
    .prepare();
  return {
    get: (id) => db.select().from(pledges).where(eq(pledges.id, id)).get() ?? null,
    live(campaignId, subject, subjectId) {
      const subjectColumn = subject === "person" ? pledges.personId : pledges.unitId;
      return (
        db
          .select()
          .from(pledges)
          .where(and(eq(pledges.campaignId, campaignId), eq(pledges.subject, subject), eq(subjectColumn, subjectId), ne(pledges.status, "withdrawn")))
          .get() ?? null
      );
    },
    byCampaign: (campaignId) => db.select().from(pledges).where(eq(pledges.campaignId, campaignId)).orderBy(pledges.unitId, pledges.id).all(),
    byPerson: (personId) => ofPerson.all({ personId }),
    byUnit: (unitId, subject) =>
      db
        .select()
        .from(pledges)
        .where(and(eq(pledges.unitId, unitId), eq(pledges.subject, subject)))
        .orderBy(desc(pledges.id))
        .all(),
    insert: (pledge, at) =>
      db
        .insert(pledges)
        .values({ ...pledge, createdAt: at, updatedAt: at })
        .returning({ id: pledges.id })
        .get().id,
    update: (id, patch, at) =>
      void db
        .update(pledges)
        .set({ ...patch, updatedAt: at })
        .where(eq(pledges.id, id))
        .run(),
  };
}
