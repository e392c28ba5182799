// Corrections to the record by the secretary: one field at a time (year, award, decision number, date, issuer) or
// the removal of an entry made in error, always with a reason, each kept in the audit log with what it was before.

import type { Clock } from "../../kernel/ports";
import { normalizeName, normalizeText, visibleLength } from "../../kernel/text";
import { requireRole } from "../directory/service";
import type { Person } from "../directory/types";
import { DomainError } from "../errors";
import type { AuditLog, UnitOfWork } from "../ports";
import { parseDecisionDate } from "./import";
import type { RecordPatch, RecordRepo } from "./port";
import type { RecordService } from "./service";
import type { RecordEntry } from "./types";

export const CORRECTABLE_FIELDS = ["year", "award", "decision_no", "decision_date", "issuer", "remove"] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

export const MAX_CORRECTION_REASON = 1000;

export function createRecordCorrections(deps: {
  repo: RecordRepo;
  records: RecordService;
  audit: AuditLog;
  clock: Clock;
  uow: UnitOfWork;
  /** The agency's calendar day, YYYY-MM-DD. */
  today: () => string;
}) {
  const { repo, records, audit, clock, uow } = deps;
  const invalid = (field: string, max = 0) => new DomainError("invalid-input", { field: { key: `record-field-${field}` }, max });

  /** The patch a field's new value makes, checked as the import checks the same column. */
  function patchFor(entry: RecordEntry, field: Exclude<CorrectableField, "remove">, raw: string): RecordPatch {
    const value = normalizeName(raw);
    switch (field) {
      case "year": {
        const year = /^\d{4}$/.test(value) ? Number(value) : Number.NaN;
        if (!(year >= 1945 && year <= Number(deps.today().slice(0, 4)))) throw invalid("year");
        return { year, level: records.levelOf(entry.awardCode, year) };
      }
      case "award": {
        const match = records.awards.match(value, entry.subject === "person" ? "individual" : "collective");
        if (!match.code) throw new DomainError("award-unknown", { award: value });
        return { awardCode: match.code, level: records.levelOf(match.code, entry.year) };
      }
      case "decision_no":
        if (value === "" || visibleLength(value) > 100) throw invalid("decision_no", 100);
        return { decisionNo: value };
      case "decision_date": {
        const date = parseDecisionDate(value);
        if (!date || date > deps.today() || date < `${entry.year}-01-01`) throw invalid("decision_date");
        return { decisionDate: date };
      }
      case "issuer":
        if (visibleLength(value) > 200) throw invalid("issuer", 200);
        return { issuer: value };
    }
  }

  return {
    /** Changes one field of a valid entry, or removes it; the secretary only, with a reason. */
    correct(actor: Person | null, id: number, field: CorrectableField, value: string, reasonText: string): RecordEntry {
      const secretary = requireRole(actor, "secretary");
      const reason = normalizeText(reasonText);
      if (reason === "" || visibleLength(reason) > MAX_CORRECTION_REASON) throw invalid("reason", MAX_CORRECTION_REASON);
      return uow.transaction(() => {
        const entry = records.get(id);
        if (entry.status !== "valid") throw new DomainError("record-not-valid", { id });
        const now = clock.now();
        if (field === "remove") {
          repo.update(id, { status: "removed", note: reason }, null, now);
          audit.record({ actorPersonId: secretary.id, action: "record.removed", entity: "achievement_record", entityId: id, details: { reason } });
          return records.get(id);
        }
        const patch = patchFor(entry, field, value);
        const after = { ...entry, ...patch };
        const identity = records.identityOf(after);
        const twin = repo.byIdentity(identity);
        if (twin && twin.id !== id) throw new DomainError("record-duplicate", { id: twin.id });
        repo.update(id, patch, identity, now);
        const column = { year: "year", award: "awardCode", decision_no: "decisionNo", decision_date: "decisionDate", issuer: "issuer" }[field];
        audit.record({
          actorPersonId: secretary.id,
          action: "record.corrected",
          entity: "achievement_record",
          entityId: id,
          details: { field, from: entry[column as keyof RecordEntry] as unknown, to: after[column as keyof RecordEntry] as unknown, reason },
        });
        return records.get(id);
      });
    },
  };
}
