// SQLite implementations of the dialog store and the audit log.
import { eq, sql } from "drizzle-orm";
import type { DialogState, DialogStore } from "../../core/dialog";
import type { AuditLog, Clock } from "../../core/ports";
import type { Db } from "../client";
import { auditLog, dialogStates } from "../schema";

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
  return {
    record(entry) {
      db.insert(auditLog)
        .values({
          at: entry.dayOnly ? startOfUtcDay(clock.now()) : clock.now(),
          actorPersonId: entry.actorPersonId ?? null,
          actorLabel: entry.actorLabel ?? null,
          action: entry.action,
          entity: entry.entity,
          entityId: entry.entityId === undefined ? null : String(entry.entityId),
          details: entry.details ?? null,
        })
        .run();
    },
  };
}

function startOfUtcDay(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}
