// SQLite implementation of announcements, schedules, runs and the delivery outbox.
import { and, asc, desc, eq, inArray, isNotNull, isNull, lt, lte, notInArray, or, sql } from "drizzle-orm";
import { reasonCode } from "../../core/broadcasts/reach";
import type { BroadcastRepo, RunRow } from "../../core/broadcasts/store";
import type { Audience, Delivery, DeliveryRecord, Repeat, Schedule } from "../../core/broadcasts/types";
import type { Platform } from "../../kernel/platform";
import type { Block } from "../../kernel/reply";
import type { Db } from "../client";
import { flushPendingWrites } from "../commit-batch";
import { announcements, broadcastRuns, chats, deliveries, deliverySummaries, schedules } from "../schema";

type DeliveryRow = typeof deliveries.$inferSelect;

const toRecord = (row: DeliveryRow): DeliveryRecord => ({
  id: row.id,
  runId: row.runId,
  personId: row.personId,
  chatId: row.chatId,
  unitId: row.unitId,
  platform: row.platform,
  externalId: row.externalId,
  locale: row.locale,
  status: row.status,
  ambiguous: row.ambiguous,
  possibleDuplicate: row.possibleDuplicate,
  attempts: row.attempts,
  error: row.error,
  tried: row.tried,
  sentAt: row.sentAt,
  acknowledgedAt: row.acknowledgedAt,
});

/** A delivery row as the raw statement below reads it: the record's columns, in the record's order. */
type RawDelivery = [
  id: number,
  runId: number,
  personId: number | null,
  chatId: number | null,
  unitId: number | null,
  platform: string | null,
  externalId: string | null,
  locale: string,
  status: string,
  ambiguous: number,
  possibleDuplicate: number,
  attempts: number,
  error: string | null,
  tried: string,
  sentAt: number | null,
  acknowledgedAt: number | null,
];

const fromRaw = (r: RawDelivery): DeliveryRecord => ({
  id: r[0],
  runId: r[1],
  personId: r[2],
  chatId: r[3],
  unitId: r[4],
  platform: r[5] as DeliveryRecord["platform"],
  externalId: r[6],
  locale: r[7] as DeliveryRecord["locale"],
  status: r[8] as DeliveryRecord["status"],
  ambiguous: r[9] === 1,
  possibleDuplicate: r[10] === 1,
  attempts: r[11],
  error: r[12],
  tried: JSON.parse(r[13]) as Platform[],
  sentAt: r[14] === null ? null : new Date(r[14]),
  acknowledgedAt: r[15] === null ? null : new Date(r[15]),
});

/** A claimed row always has an account: only rows with a platform are claimed. */
const toDelivery = (row: DeliveryRow): Delivery => toRecord(row) as Delivery;

const toSchedule = (row: typeof schedules.$inferSelect): Schedule => ({ ...row, repeat: row.repeat as Repeat });

export function createBroadcastRepo(db: Db): BroadcastRepo {
  const insertDelivery = db.$client.prepare(
    "insert into deliveries (run_id, person_id, chat_id, unit_id, platform, external_id, locale, status, error, sent_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
  );
  // a run's rows for its report, 50,000 for a province: in raw mode, each array made a record directly (drizzle's
  // row mapping made several times the garbage)
  const runDeliveries = db.$client
    .prepare(
      "select id, run_id, person_id, chat_id, unit_id, platform, external_id, locale, status, ambiguous, possible_duplicate, attempts, error, tried, sent_at, acknowledged_at from deliveries where run_id = ? order by id",
    )
    .raw(true);
  return {
    insertAnnouncement: (a) => db.insert(announcements).values(a).returning({ id: announcements.id }).get().id,
    announcement(id) {
      const row = db.select().from(announcements).where(eq(announcements.id, id)).get();
      return row ? { ...row, audience: row.audience as Audience, blocks: row.blocks as Block[] | null } : null;
    },
    sentAnnouncements(limit) {
      const rows = db
        .select()
        .from(announcements)
        .where(
          and(
            isNotNull(announcements.authorId),
            sql`exists (select 1 from ${broadcastRuns} where ${broadcastRuns.announcementId} = ${announcements.id} and ${broadcastRuns.status} = 'sending')`,
          ),
        )
        .orderBy(desc(announcements.id))
        .limit(limit)
        .all();
      return rows.map((row) => ({ ...row, audience: row.audience as Audience, blocks: row.blocks as Block[] | null }));
    },
    updateAnnouncement: (id, patch) => void db.update(announcements).set(patch).where(eq(announcements.id, id)).run(),
    insertSchedule: (s) => db.insert(schedules).values(s).returning({ id: schedules.id }).get().id,
    schedules: () => db.select().from(schedules).orderBy(asc(schedules.id)).all().map(toSchedule),
    schedule(id) {
      const row = db.select().from(schedules).where(eq(schedules.id, id)).get();
      return row ? toSchedule(row) : null;
    },
    updateSchedule: (id, patch) => void db.update(schedules).set(patch).where(eq(schedules.id, id)).run(),
    insertRun(run, at) {
      const row = db
        .insert(broadcastRuns)
        .values({ ...run, createdAt: at })
        .onConflictDoNothing()
        .returning({ id: broadcastRuns.id })
        .get();
      return row?.id ?? null;
    },
    run: (id) => (db.select().from(broadcastRuns).where(eq(broadcastRuns.id, id)).get() as RunRow | undefined) ?? null,
    runsOf: (announcementId) =>
      db.select().from(broadcastRuns).where(eq(broadcastRuns.announcementId, announcementId)).orderBy(asc(broadcastRuns.id)).all() as RunRow[],
    insertDeliveries(runId, recipients, at) {
      // one prepared statement run per row: no variable limit, and no query building for 100,000 rows
      for (const { unreachable, ...r } of recipients) {
        const reason = unreachable ? reasonCode(unreachable) : null;
        insertDelivery.run(
          runId,
          r.personId,
          r.chatId,
          r.unitId,
          r.platform,
          r.externalId,
          r.locale,
          reason ? "failed" : "pending",
          reason,
          reason ? at.getTime() : null,
        );
      }
    },
    runSummary(runId) {
      const row = db.select({ figures: deliverySummaries.figures }).from(deliverySummaries).where(eq(deliverySummaries.runId, runId)).get();
      return row ? (row.figures as ReturnType<BroadcastRepo["runSummary"]>) : null;
    },
    deliveries: (runId) => (runDeliveries.all(runId) as RawDelivery[]).map(fromRaw),
    delivery(id) {
      const row = db.select().from(deliveries).where(eq(deliveries.id, id)).get();
      return row ? toRecord(row) : null;
    },
    acknowledge: (id, at) => void db.update(deliveries).set({ acknowledgedAt: at }).where(eq(deliveries.id, id)).run(),
    acknowledgedPeople(announcementId) {
      const rows = db
        .selectDistinct({ personId: deliveries.personId })
        .from(deliveries)
        .innerJoin(broadcastRuns, eq(broadcastRuns.id, deliveries.runId))
        .where(and(eq(broadcastRuns.announcementId, announcementId), isNotNull(deliveries.acknowledgedAt), isNotNull(deliveries.personId)))
        .all();
      return new Set(rows.map((r) => r.personId as number));
    },
    reroute: (id, to, tried, reason, ambiguous = false) =>
      void db
        .update(deliveries)
        .set({
          platform: to.platform,
          externalId: to.externalId,
          tried,
          error: reason,
          status: "pending",
          attempts: 0,
          notBefore: null,
          ambiguous,
          claimedBy: null,
          leaseUntil: null,
        })
        .where(eq(deliveries.id, id))
        .run(),
    waitingOff: (running) =>
      db
        .select()
        .from(deliveries)
        .where(
          and(
            isNotNull(deliveries.platform),
            inArray(deliveries.status, ["pending", "claimed"]),
            running.length > 0 ? notInArray(deliveries.platform, running) : undefined,
          ),
        )
        .orderBy(asc(deliveries.id))
        .all()
        .map(toDelivery),
    closeUnreachable: (id, reason, at) =>
      void db
        .update(deliveries)
        .set({ status: "failed", error: reason, sentAt: at, claimedBy: null, leaseUntil: null })
        .where(eq(deliveries.id, id))
        .run(),
    deliveredTo: (personId, limit) =>
      db
        .select({
          deliveryId: deliveries.id,
          announcementId: broadcastRuns.announcementId,
          sentAt: deliveries.sentAt,
          acknowledgedAt: deliveries.acknowledgedAt,
        })
        .from(deliveries)
        .innerJoin(broadcastRuns, eq(broadcastRuns.id, deliveries.runId))
        .where(and(eq(deliveries.personId, personId), eq(deliveries.status, "sent")))
        .orderBy(desc(deliveries.sentAt), desc(deliveries.id))
        .limit(limit)
        .all()
        .map((r) => ({ ...r, sentAt: r.sentAt as Date })),
    chats: () => db.select({ id: chats.id, platform: chats.platform, externalId: chats.externalId, title: chats.title }).from(chats).all(),
    upsertChat: (chat, by, at) =>
      void db
        .insert(chats)
        .values({ ...chat, registeredBy: by, registeredAt: at })
        .onConflictDoUpdate({ target: [chats.platform, chats.externalId], set: { title: chat.title } })
        .run(),
  };
}

/** The outbox's side of the deliveries table: claims, results and crash recovery. */
export interface OutboxQueue {
  /** Rows claimed by a worker whose lease ran out (it died mid-send): back to pending, marked ambiguous. */
  recoverExpired(platform: Platform, now: Date): number;
  /** Claims up to `limit` due rows for this worker; committed before any send. */
  claim(platform: Platform, workerId: string, now: Date, leaseUntil: Date, limit: number): Delivery[];
  markSent(id: number, ref: string | null, at: Date, possibleDuplicate: boolean): void;
  /** Back to the queue, not before `notBefore` (a 429 pause or a retry backoff). */
  release(id: number, notBefore: Date, error: string | null, countAttempt: boolean): void;
  markFailed(id: number, error: string, at: Date): void;
  pendingCount(platform: Platform): number;
}

export function createOutboxQueue(db: Db): OutboxQueue {
  return {
    recoverExpired(platform, now) {
      return db
        .update(deliveries)
        .set({ status: "pending", ambiguous: true, claimedBy: null, leaseUntil: null })
        .where(and(eq(deliveries.platform, platform), eq(deliveries.status, "claimed"), lt(deliveries.leaseUntil, now)))
        .run().changes;
    },
    claim(platform, workerId, now, leaseUntil, limit) {
      const claimed = db.$client.transaction(() => {
        const ids = db
          .select({ id: deliveries.id })
          .from(deliveries)
          .where(
            and(
              eq(deliveries.platform, platform),
              eq(deliveries.status, "pending"),
              or(isNull(deliveries.notBefore), lte(deliveries.notBefore, now)),
            ),
          )
          .orderBy(asc(deliveries.id))
          .limit(limit)
          .all()
          .map((r) => r.id);
        if (ids.length === 0) return [];
        db.update(deliveries).set({ status: "claimed", claimedBy: workerId, leaseUntil }).where(inArray(deliveries.id, ids)).run();
        return db.select().from(deliveries).where(inArray(deliveries.id, ids)).orderBy(asc(deliveries.id)).all().map(toDelivery);
      })();
      // a claim is on disk before its send starts, also when it joined a batch of other writes
      if (claimed.length > 0) flushPendingWrites(db.$client);
      return claimed;
    },
    markSent: (id, ref, at, possibleDuplicate) =>
      void db
        .update(deliveries)
        .set({ status: "sent", messageRef: ref, sentAt: at, possibleDuplicate, claimedBy: null, leaseUntil: null, error: null })
        .where(eq(deliveries.id, id))
        .run(),
    release: (id, notBefore, error, countAttempt) =>
      void db
        .update(deliveries)
        .set({
          status: "pending",
          notBefore,
          error,
          claimedBy: null,
          leaseUntil: null,
          ...(countAttempt ? { attempts: sql`${deliveries.attempts} + 1` } : {}),
        })
        .where(eq(deliveries.id, id))
        .run(),
    markFailed: (id, error, at) =>
      void db.update(deliveries).set({ status: "failed", error, sentAt: at, claimedBy: null, leaseUntil: null }).where(eq(deliveries.id, id)).run(),
    pendingCount: (platform) =>
      db
        .select({ n: sql<number>`count(*)` })
        .from(deliveries)
        .where(and(eq(deliveries.platform, platform), inArray(deliveries.status, ["pending", "claimed"])))
        .get()?.n ?? 0,
  };
}
