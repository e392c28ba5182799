// SQLite implementations of the dialog store and the audit log.
import { inArray } from "drizzle-orm";
import type { AuditLog } from "../../core/ports";
import type { DialogState } from "../../engine/dialog-state";
import type { DialogStore } from "../../engine/dialog-store";
import type { Clock } from "../../kernel/ports";
import type { Db } from "../client";
import { dialogStates } from "../schema";

export function createDialogStore(db: Db, clock: Clock): DialogStore {
  // asked on every inbound message (is a form open here?): a plain statement prepared once, its one column read as is
  const byKey = db.$client.prepare<[string], string>("select state from dialog_states where key = ?").pluck();
  // a form step writes its state: prepared once too
  const upsert = db.$client.prepare(
    "insert into dialog_states (key, command, state, updated_at) values (?, ?, ?, ?) on conflict (key) do update set command = excluded.command, state = excluded.state, updated_at = excluded.updated_at",
  );
  const remove = db.$client.prepare("delete from dialog_states where key = ?");
  return {
    get(key) {
      const state = byKey.get(key);
      return state === undefined ? null : (JSON.parse(state) as DialogState);
    },
    put(key, state) {
      // the day only: a form row written beside an anonymous flow's commits must not date them
      upsert.run(key, state.command, JSON.stringify(state), startOfUtcDay(clock.now()).getTime());
    },
    delete: (key) => void remove.run(key),
  };
}

/** Deletes every saved form of these commands (secure_delete overwrites their bytes); returns how many. */
export function wipeDrafts(db: Db, commands: string[]): number {
  if (commands.length === 0) return 0;
  return db.delete(dialogStates).where(inArray(dialogStates.command, commands)).run().changes;
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
