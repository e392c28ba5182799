// SQLite side of delivery retention: expired runs found, their summaries kept, their rows deleted by id.
import type { RetentionStore } from "../../core/retention/deliveries";
import type { Db } from "../client";

export function createRetentionStore(db: Db): RetentionStore {
  const sqlite = db.$client;
  const statements = {
    // the oldest run first; runs with rows still to send are left to the outbox
    next: sqlite.prepare(
      `select r.id from broadcast_runs r
        where r.created_at < ? and exists (select 1 from deliveries d where d.run_id = r.id)
          and not exists (select 1 from deliveries d where d.run_id = r.id and d.status in ('pending', 'claimed'))
        order by r.id limit 1`,
    ),
    has: sqlite.prepare("select 1 from delivery_summaries where run_id = ?"),
    save: sqlite.prepare("insert into delivery_summaries (run_id, figures, summarised_at) values (?, ?, ?) on conflict do nothing"),
    delete: sqlite.prepare("delete from deliveries where id in (select id from deliveries where run_id = ? order by id limit ?)"),
  };
  return {
    nextExpiredRun: (cutoff) => (statements.next.get(cutoff.getTime()) as { id: number } | undefined)?.id ?? null,
    hasSummary: (runId) => statements.has.get(runId) !== undefined,
    saveSummary: (runId, figures, at) => void statements.save.run(runId, JSON.stringify(figures), at.getTime()),
    deleteDeliveries: (runId, limit) => statements.delete.run(runId, limit).changes,
    transaction: (work) => sqlite.transaction(work)(),
  };
}
