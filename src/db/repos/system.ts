// SQLite implementations of the dialog store and the audit log.
import { eq, sql } from "drizzle-orm";
import type { DialogState, DialogStore } from "../../core/dialog";
import type { AuditLog, Clock } from "../../core/ports";
import type { Db } from "../client";
import { dialogStates } from "../schema";

export function createDialogStore(db: Db, clock: Clock): DialogStore {
  // asked on every inbound message (is a form open here?): prepared once
  const byKey = db
    .select()
    .from(dialogStates)
    .where(eq(dialogStates.key, sql.placeholder("key")))
    .prepare();
  return {
    get(key) {
      const row = byKey.get({ key });
      return row ? (row.state as DialogState) : null;
    },
    put(key, state) {
      // the day only: a form row written beside an anonymous flow's commits must not date them
      const row = { command: state.command, state, updatedAt: startOfUtcDay(clock.now()) };
      db.insert(dialogStates)
        .values({ key, ...row })
        .onConflictDoUpdate({ target: dialogStates.key, set: row })
        .run();
    },
    delete: (key) => void db.delete(dialogStates).where(eq(dialogStates.key, key)).run(),
  };
}

export function createAuditLog(db: Db, clock: Clock): AuditLog {
  // prepared once: every write of the bot records a line, and a roster import records one per person
  const insert = db.$client.prepare(
    "insert into audit_log (at, actor_person_id, actor_label, action, entity, entity_id, details) values (?, ?, ?, ?, ?, ?, ?)",
  );
  return {
    record(entry) {
      insert.run(
        (entry.dayOnly ? startOfUtcDay(clock.now()) : clock.now()).getTime(),
        entry.actorPersonId ?? null,
        entry.actorLabel ?? null,
        entry.action,
        entry.entity,
        entry.entityId === undefined ? null : String(entry.entityId),
        entry.details === undefined || entry.details === null ? null : JSON.stringify(entry.details),
      );
    },
  };
}

function startOfUtcDay(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}
