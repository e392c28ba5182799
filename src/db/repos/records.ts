// SQLite implementation of the record of achievements. The import's two hot statements (find by identity, insert)
// are prepared once on the driver: an import of 750,000 past decisions runs them once a row.
import { and, asc, between, count, eq, inArray, isNull, or } from "drizzle-orm";
import type { RecordFilter, RecordRepo, RecordTally, UnrecordedDecision } from "../../core/records/port";
import type { RecordEntry, RecordHolder } from "../../core/records/types";
import type { Db } from "../client";
import { nominations, people, qualityRatings, achievementRecords as r } from "../schema";

type Row = typeof r.$inferSelect;

const toEntry = ({ identity: _, ...row }: Row): RecordEntry => row;

// SQLite allows 32,766 bound variables; a filter names a handful of awards, a person a few years
const order = [asc(r.year), asc(r.id)];

export function createRecordRepo(db: Db): RecordRepo {
  const client = db.$client;
  const byIdentity = client.prepare<[string], Record<string, unknown>>("select * from achievement_records where identity = ? and status = 'valid'");
  const insert = client.prepare(
    `insert into achievement_records (subject, person_id, unit_id, award_code, year, level, decision_no, decision_date, issuer, source,
       nomination_id, status, note, identity, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, ?, ?, ?)`,
  );
  // the raw statement answers in snake_case columns: the same mapping drizzle makes
  const fromRaw = (row: Record<string, unknown>): RecordEntry => ({
    id: row.id as number,
    subject: row.subject as RecordEntry["subject"],
    personId: row.person_id as number | null,
    unitId: row.unit_id as number,
    awardCode: row.award_code as string,
    year: row.year as number,
    level: row.level as RecordEntry["level"],
    decisionNo: row.decision_no as string,
    decisionDate: row.decision_date as string | null,
    issuer: row.issuer as string,
    source: row.source as RecordEntry["source"],
    nominationId: row.nomination_id as number | null,
    status: row.status as RecordEntry["status"],
    note: row.note as string | null,
    createdAt: new Date(row.created_at as number),
    updatedAt: new Date(row.updated_at as number),
  });

  const holderIs = (holder: RecordHolder) =>
    holder.kind === "person" ? and(eq(r.subject, "person"), eq(r.personId, holder.id)) : and(eq(r.subject, "unit"), eq(r.unitId, holder.id));

  return {
    get: (id) => {
      const row = db.select().from(r).where(eq(r.id, id)).get();
      return row ? toEntry(row) : null;
    },
    byNomination: (nominationId) => {
      const row = db.select().from(r).where(eq(r.nominationId, nominationId)).get();
      return row ? toEntry(row) : null;
    },
    byIdentity: (identity) => {
      const row = byIdentity.get(identity);
      return row ? fromRaw(row) : null;
    },
    insert(entry, identity, at, status = "valid") {
      const e = entry;
      const time = at.getTime();
      return Number(
        insert.run(
          e.subject,
          e.personId,
          e.unitId,
          e.awardCode,
          e.year,
          e.level,
          e.decisionNo,
          e.decisionDate,
          e.issuer,
          e.source,
          e.nominationId,
          status,
          identity,
          time,
          time,
        ).lastInsertRowid,
      );
    },
    update(id, patch, identity, at) {
      db.update(r)
        .set({ ...patch, ...(identity ? { identity } : {}), updatedAt: at })
        .where(eq(r.id, id))
        .run();
    },
    ofHolder: (holder) =>
      db
        .select()
        .from(r)
        .where(holderIs(holder))
        .orderBy(...order)
        .all()
        .map(toEntry),
    ofMembers: (unitId) =>
      db
        .select({ r })
        .from(r)
        .innerJoin(people, eq(people.id, r.personId))
        .where(and(eq(people.unitId, unitId), eq(r.subject, "person")))
        .orderBy(...order)
        .all()
        .map((row) => toEntry(row.r)),
    find(filter: RecordFilter) {
      const conditions = [eq(r.status, "valid")];
      if (filter.awardCodes && filter.awardCodes.length > 0) conditions.push(inArray(r.awardCode, filter.awardCodes));
      if (filter.fromYear !== undefined || filter.toYear !== undefined) conditions.push(between(r.year, filter.fromYear ?? 0, filter.toYear ?? 9999));
      return db
        .select()
        .from(r)
        .where(and(...conditions))
        .orderBy(...order)
        .all()
        .map(toEntry);
    },
    held: (holder, awardCode, years) =>
      years.length === 0
        ? []
        : db
            .select()
            .from(r)
            .where(and(holderIs(holder), eq(r.awardCode, awardCode), inArray(r.year, years), eq(r.status, "valid")))
            .orderBy(...order)
            .all()
            .map(toEntry),
    tally: (fromYear, toYear): RecordTally[] =>
      db
        .select({ year: r.year, unitId: r.unitId, subject: r.subject, awardCode: r.awardCode, level: r.level, count: count() })
        .from(r)
        .where(and(between(r.year, fromYear, toYear), eq(r.status, "valid")))
        .groupBy(r.year, r.unitId, r.subject, r.awardCode, r.level)
        .all(),
    ratings: (personId) =>
      db
        .select({ year: qualityRatings.year, grade: qualityRatings.grade, source: qualityRatings.source })
        .from(qualityRatings)
        .where(eq(qualityRatings.personId, personId))
        .orderBy(asc(qualityRatings.year))
        .all(),
    unrecordedDecisions: (): UnrecordedDecision[] =>
      db
        .select({
          nominationId: nominations.id,
          nominee: nominations.nominee,
          personId: nominations.personId,
          unitId: nominations.unitId,
          awardCode: nominations.awardCode,
          year: nominations.year,
          status: nominations.status,
          decisionNo: nominations.decisionNo,
          decisionDate: nominations.decisionDate,
          decisionSigner: nominations.decisionSigner,
        })
        .from(nominations)
        .leftJoin(r, eq(r.nominationId, nominations.id))
        .where(and(isNull(r.id), or(eq(nominations.status, "decided"), eq(nominations.status, "annulled"))))
        .all(),
  };
}
