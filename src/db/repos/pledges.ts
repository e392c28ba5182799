// SQLite implementation of the pledge repository.
import { and, desc, eq, ne, sql } from "drizzle-orm";
import type { PledgeRepo } from "../../core/pledges/repo";
import type { Pledge } from "../../core/pledges/types";
import type { Db } from "../client";
import { pledges } from "../schema";

/** A pledge row as the raw statement below reads it, in the order of Pledge's fields. */
type RawPledge = [
  id: number,
  campaignId: number,
  subject: string,
  personId: number | null,
  unitId: number,
  awardCodes: string,
  commitments: string,
  status: string,
  returnReason: string | null,
  createdBy: number,
  reviewedBy: number | null,
  reviewedAt: number | null,
  createdAt: number,
  updatedAt: number,
];

const fromRaw = (r: RawPledge): Pledge => ({
  id: r[0],
  campaignId: r[1],
  subject: r[2] as Pledge["subject"],
  personId: r[3],
  unitId: r[4],
  awardCodes: JSON.parse(r[5]) as string[],
  commitments: r[6],
  status: r[7] as Pledge["status"],
  returnReason: r[8],
  createdBy: r[9],
  reviewedBy: r[10],
  reviewedAt: r[11] === null ? null : new Date(r[11]),
  createdAt: new Date(r[12]),
  updatedAt: new Date(r[13]),
});

export function createPledgeRepo(db: Db): PledgeRepo {
  // a campaign's pledges (the export, /missing, a province's 47,500): in raw mode, each array made a Pledge
  // directly, as drizzle's row mapping made several times the garbage
  const ofCampaign = db.$client
    .prepare(
      "select id, campaign_id, subject, person_id, unit_id, award_codes, commitments, status, return_reason, created_by, reviewed_by, reviewed_at, created_at, updated_at from pledges where campaign_id = ? order by unit_id, id",
    )
    .raw(true);
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
    byCampaign: (campaignId) => (ofCampaign.all(campaignId) as RawPledge[]).map(fromRaw),
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
