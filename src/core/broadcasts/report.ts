// The report of an announcement: for each run, the people (or chats) it targeted and what became of each, overall
// and per unit, adding up to the audience; acknowledgements count per person from any platform and any run of the
// announcement; the people the bot could not reach are named.
import { requireRole } from "../directory/service";
import type { Person } from "../directory/types";
import { DomainError } from "../errors";
import { ANNOUNCERS } from "../roles";
import type { BroadcastContext } from "./context";
import { parseReason } from "./reach";
import type { RunFigures, RunRow } from "./store";
import type { Announcement, DeliveryRecord, FailureKind, RunReport, Tally } from "./types";

/** Groups a failed row's stored reason as the report shows it. */
export function failureKind(error: string | null): FailureKind {
  return parseReason(error)?.kind ?? "platform-error";
}

const emptyTally = (): Tally => ({
  total: 0,
  sent: 0,
  pending: 0,
  failed: 0,
  failures: { blocked: 0, "no-account": 0, "platform-off": 0, "platform-error": 0 },
  acknowledged: 0,
});

function count(tally: Tally, row: DeliveryRecord, acknowledged: boolean): void {
  tally.total++;
  if (row.status === "sent") tally.sent++;
  else if (row.status === "failed") {
    tally.failed++;
    tally.failures[failureKind(row.error)]++;
  } else tally.pending++;
  if (acknowledged) tally.acknowledged++;
}

/** How many past announcements /announcements lists. */
const SENT_LIST_LIMIT = 10;

export function createReport(ctx: BroadcastContext) {
  const { repo, directory } = ctx;

  function runReport(run: RunRow, acknowledgedPeople: Set<number>): RunReport {
    // an old run's rows may be gone (src/core/retention): its figures were kept when they were deleted
    const summary = repo.runSummary(run.id);
    if (summary) return { runId: run.id, slotAt: run.slotAt, status: run.status, ...summary };
    const rows = repo.deliveries(run.id);
    const overall = emptyTally();
    const units = new Map<number | null, Tally & { unitId: number | null }>();
    const errorCodes: Record<string, number> = {};
    const unreachable: RunReport["unreachable"] = [];
    for (const row of rows) {
      const acknowledged = row.personId !== null && acknowledgedPeople.has(row.personId);
      count(overall, row, acknowledged);
      const unit = units.get(row.unitId) ?? { unitId: row.unitId, ...emptyTally() };
      count(unit, row, acknowledged);
      units.set(row.unitId, unit);
      if (row.status !== "failed") continue;
      const kind = failureKind(row.error);
      if (kind === "platform-error") errorCodes[row.error ?? "unknown"] = (errorCodes[row.error ?? "unknown"] ?? 0) + 1;
      if (row.personId !== null) {
        const name = directory.getPerson(row.personId).fullName;
        unreachable.push({ personId: row.personId, name, unitId: row.unitId, reason: kind, platforms: parseReason(row.error)?.platforms ?? [] });
      }
    }
    unreachable.sort((a, b) => (a.unitId ?? 0) - (b.unitId ?? 0) || a.name.localeCompare(b.name, "vi"));
    return {
      runId: run.id,
      slotAt: run.slotAt,
      status: run.status,
      ...overall,
      errorCodes,
      possibleDuplicates: rows.filter((r) => r.possibleDuplicate).length,
      byUnit: [...units.values()],
      unreachable,
    };
  }

  return {
    /** One run's figures as /report shows them, for retention to keep (the system asks, so no role). */
    runFigures(runId: number): RunFigures | null {
      const run = repo.run(runId);
      if (!run) return null;
      const { runId: _id, slotAt: _slot, status: _status, ...figures } = runReport(run, repo.acknowledgedPeople(run.announcementId));
      return figures;
    },
    /** Targeted, delivered, failed and why, acknowledged: per run, overall and per unit, with the unreachable named. */
    /** The latest announcements people sent (their numbers are what /report takes), each with its latest run. */
    sentAnnouncements(actor: Person | null, limit = SENT_LIST_LIMIT): Array<{ announcement: Announcement; firstAt: Date; last: RunReport }> {
      requireRole(actor, ...ANNOUNCERS);
      return repo.sentAnnouncements(limit).flatMap((announcement) => {
        const acknowledged = repo.acknowledgedPeople(announcement.id);
        // a reminder's run counts only the people reminded: the figures are the latest full send's
        const runs = repo.runsOf(announcement.id).filter((run) => run.status === "sending" && run.remindsRunId === null);
        const [first] = runs;
        const last = runs.at(-1);
        return first && last ? [{ announcement, firstAt: first.slotAt, last: runReport(last, acknowledged) }] : [];
      });
    },

    report(actor: Person | null, announcementId: number): { announcement: Announcement; runs: RunReport[] } {
      requireRole(actor, ...ANNOUNCERS);
      const announcement = repo.announcement(announcementId);
      if (!announcement) throw new DomainError("not-found");
      const acknowledged = repo.acknowledgedPeople(announcementId);
      return { announcement, runs: repo.runsOf(announcementId).map((run) => runReport(run, acknowledged)) };
    },
  };
}
