// Saves a checked file of past decisions (./import.ts) in one transaction, or rehearses it and rolls back (a dry
// run, and the summary shown before Confirm in chat). Idempotent: an entry already there is left as it is, a
// changed one is updated; an entry the bot recorded from its own decision, or a rating a unit head gave in chat, is
// never overwritten by a file: such a row is reported, and nothing is saved.

import type { Clock } from "../../kernel/ports";
import type { AuditLog, UnitOfWork } from "../ports";
import type { AwardImportEntry, AwardProblem } from "./import";
import type { RatingStore, RecordRepo } from "./port";
import type { RecordEntry } from "./types";

export interface AwardImportResult {
  created: number;
  updated: number;
  unchanged: number;
  ratingsCreated: number;
  ratingsUpdated: number;
  ratingsUnchanged: number;
}

/** Rows that disagree with what the bot itself recorded: nothing was saved. */
export class AwardImportConflict extends Error {
  override name = "AwardImportConflict";
  constructor(readonly problems: AwardProblem[]) {
    super("the file disagrees with the bot's own records");
  }
}

class Rehearsed extends Error {
  constructor(readonly result: AwardImportResult) {
    super("dry run");
  }
}

/** Who imports: a person in chat, or the operator's command line. */
export type Importer = { personId: number } | { label: "cli" };

const day = (iso: string | null) => (iso ? iso.split("-").reverse().join("/") : "—");

export function createAwardImport(deps: { repo: RecordRepo; ratings: RatingStore; audit: AuditLog; clock: Clock; uow: UnitOfWork }) {
  const { repo, ratings, audit, clock, uow } = deps;

  function changed(old: RecordEntry, entry: Extract<AwardImportEntry, { kind: "award" }>["entry"]): boolean {
    return (
      old.decisionNo !== entry.decisionNo ||
      old.decisionDate !== entry.decisionDate ||
      old.issuer !== entry.issuer ||
      old.level !== entry.level ||
      old.unitId !== entry.unitId
    );
  }

  function applyAll(entries: AwardImportEntry[], importer: Importer, fileName: string): AwardImportResult {
    const result: AwardImportResult = { created: 0, updated: 0, unchanged: 0, ratingsCreated: 0, ratingsUpdated: 0, ratingsUnchanged: 0 };
    const problems: AwardProblem[] = [];
    const now = clock.now();
    for (const item of entries) {
      if (item.kind === "rating") {
        const old = ratings.rating(item.personId, item.year);
        if (old && old.grade !== item.grade && old.source === "chat") {
          problems.push({ line: item.line, key: "awards-conflict-rating", args: { year: item.year, grade: { key: `grade-${old.grade}` } } });
          continue;
        }
        const change = ratings.saveRating({
          personId: item.personId,
          year: item.year,
          grade: item.grade,
          // a file of past decisions says no staff category: a rating recorded before keeps its own
          staffCategory: old?.staffCategory ?? null,
          ratedBy: null,
          source: "import",
          updatedAt: now,
        });
        result[change === "created" ? "ratingsCreated" : change === "updated" ? "ratingsUpdated" : "ratingsUnchanged"]++;
        continue;
      }
      const old = repo.byIdentity(item.identity);
      if (!old) {
        repo.insert(item.entry, item.identity, now);
        result.created++;
      } else if (old.source === "bot") {
        // the bot's own decision is the reference; a file saying otherwise is a mistake in one of them
        if (old.decisionNo !== item.entry.decisionNo || (item.entry.decisionDate !== null && old.decisionDate !== item.entry.decisionDate)) {
          problems.push({
            line: item.line,
            key: "awards-conflict-bot",
            args: { number: old.decisionNo, date: day(old.decisionDate), id: old.id },
          });
        } else result.unchanged++;
      } else if (changed(old, item.entry)) {
        const { decisionNo, decisionDate, issuer, level, unitId } = item.entry;
        repo.update(old.id, { decisionNo, decisionDate, issuer, level, unitId }, null, now);
        result.updated++;
      } else result.unchanged++;
    }
    if (problems.length > 0) throw new AwardImportConflict(problems);
    audit.record({
      ...("personId" in importer ? { actorPersonId: importer.personId } : { actorLabel: importer.label }),
      action: "records.imported",
      entity: "achievement_records",
      details: { file: fileName, ...result },
    });
    return result;
  }

  return {
    /** Saves every entry, or none (AwardImportConflict). */
    apply: (entries: AwardImportEntry[], importer: Importer, fileName: string): AwardImportResult =>
      uow.transaction(() => applyAll(entries, importer, fileName)),

    /** What saving would do, exactly, without saving anything (the transaction is always rolled back). */
    rehearse(entries: AwardImportEntry[], importer: Importer, fileName: string): AwardImportResult {
      try {
        uow.transaction(() => {
          throw new Rehearsed(applyAll(entries, importer, fileName));
        });
      } catch (error) {
        if (error instanceof Rehearsed) return error.result;
        throw error;
      }
      throw new Error("unreachable: a rehearsal always rolls back");
    },
  };
}
