// SQLite side of delivery retention: expired runs found, summarised with SQL aggregates, their rows deleted by id.
import type { RetentionStore, RunFigures } from "../../core/retention/deliveries";
import type { Db } from "../client";

type Counts = { total: number; sent: number; pending: number; failed: number; acknowledged: number; duplicates: number };

export function createRetentionStore(db: Db): RetentionStore {
  const sqlite = db.$client;
  const counts =
    "count(*) as total, sum(status = 'sent') as sent, sum(status in ('pending', 'claimed')) as pending, sum(status = 'failed') as failed, " +
    "sum(acknowledged_at is not null) as acknowledged, sum(possible_duplicate) as duplicates";
  const statements = {
    // the oldest run first; runs with rows still to send are left to the outbox
    next: sqlite.prepare(
      `select r.id from broadcast_runs r
        where r.created_at < ? and exists (select 1 from deliveries d where d.run_id = r.id)
          and not exists (select 1 from deliveries d where d.run_id = r.id and d.status in ('pending', 'claimed'))
        order by r.id limit 1`,
    ),
    totals: sqlite.prepare(`select ${counts} from deliveries where run_id = ?`),
    failures: sqlite.prepare(
      "select coalesce(error, 'unknown') as reason, count(*) as n from deliveries where run_id = ? and status = 'failed' group by 1",
    ),
    units: sqlite.prepare(`select unit_id as unitId, ${counts} from deliveries where run_id = ? group by unit_id order by min(id)`),
    has: sqlite.prepare("select 1 from delivery_summaries where run_id = ?"),
    save: sqlite.prepare("insert into delivery_summaries (run_id, figures, summarised_at) values (?, ?, ?) on conflict do nothing"),
    delete: sqlite.prepare("delete from deliveries where id in (select id from deliveries where run_id = ? order by id limit ?)"),
  };
  return {
    nextExpiredRun: (cutoff) => (statements.next.get(cutoff.getTime()) as { id: number } | undefined)?.id ?? null,
    figuresOf(runId): RunFigures {
      const t = statements.totals.get(runId) as Counts;
      const failures = Object.fromEntries((statements.failures.all(runId) as Array<{ reason: string; n: number }>).map((f) => [f.reason, f.n]));
      const byUnit = (statements.units.all(runId) as Array<Counts & { unitId: number | null }>).map((u) => ({
        unitId: u.unitId,
        total: u.total,
        sent: u.sent,
        failed: u.failed,
        acknowledged: u.acknowledged,
      }));
      return {
        total: t.total,
        sent: t.sent ?? 0,
        pending: t.pending ?? 0,
        failed: t.failed ?? 0,
        failures,
        acknowledged: t.acknowledged ?? 0,
        possibleDuplicates: t.duplicates ?? 0,
        byUnit,
      };
    },
    hasSummary: (runId) => statements.has.get(runId) !== undefined,
    saveSummary: (runId, figures, at) => void statements.save.run(runId, JSON.stringify(figures), at.getTime()),
    deleteDeliveries: (runId, limit) => statements.delete.run(runId, limit).changes,
    transaction: (work) => sqlite.transaction(work)(),
  };
}
