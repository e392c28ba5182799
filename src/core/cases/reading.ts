// What handlers, the secretary and leaders read of cases: lists, figures, one case with its messages and files,
// the rules and deadlines in force. Never who sent an anonymous case.
import { requireRole } from "../directory/service";
import type { Person } from "../directory/types";
import { DomainError } from "../errors";
import { CASE_OVERSEERS } from "../roles";
import type { CaseContext } from "./context";
import { currentDeadline, deadlineState, ruleOfDeadline } from "./deadlines";
import { type Case, FINAL_STATUSES } from "./types";

export function createCaseReading(ctx: CaseContext) {
  const { deps, getCase, handlerOnly, today } = ctx;
  const { repo, directory, deadlines } = deps;

  return {
    today,
    /**
     * The last day to complain: 90 days from the decision (Luật Khiếu nại Điều 9) for a first complaint; 30 days,
     * or 45 where the agency is in a remote area, from the first-instance decision for a second one (Điều 33).
     */
    limitToComplain: (from: string, instance = 1) => deadlines.limitToComplain(from, instance, deps.remoteArea),
    /** The rule for not accepting a complaint on a day, with the grounds of Điều 11 it allows. */
    notAcceptedRule: (day: string) => deadlines.notAccepted(day),
    /** The case rules in force on a day (a secretary or handler checks what the bot applies). */
    rulesOn: (actor: Person | null, day: string) => {
      requireRole(actor, ...CASE_OVERSEERS);
      return { ...deadlines.rulesOn(day), holidayYears: deadlines.calendar.years(), assumedDays: deadlines.calendar.assumed() };
    },
    /** The agency's own period to answer feedback (an agency setting, not law). */
    feedbackRule: () => deadlines.feedbackRule(),
    /** The rule behind a case's current deadline, so it can be shown with its article and status. */
    deadlineRule: (item: Case) => ruleOfDeadline(deadlines, item),
    /** Forwarding and notice periods a handler should see beside the main deadline. */
    sidePeriods: (item: Case) => deadlines.sidePeriods(deadlineState(item)),
    messages: (id: number) => repo.messages(id),
    files: (id: number) => repo.files(id),

    /** Open cases for handlers; overdue ones also for the secretary and leaders. */
    list(actor: Person | null, which: "open" | "overdue" | "closed"): Case[] {
      if (which === "overdue") requireRole(actor, ...CASE_OVERSEERS);
      else handlerOnly(actor);
      if (which === "closed") return repo.list({}).filter((c) => FINAL_STATUSES.includes(c.status));
      const day = today();
      const open = repo.list({ open: true });
      if (which === "open") return open;
      return open.filter((c) => {
        const due = currentDeadline(c);
        return due !== null && due < day;
      });
    },

    /** Open cases per state, on time, overdue or with no statutory deadline: counts only, never a sender. */
    figures(actor: Person | null): Array<{ status: Case["status"]; onTime: number; overdue: number; noDeadline: number }> {
      requireRole(actor, ...CASE_OVERSEERS);
      const day = today();
      const byStatus = new Map<Case["status"], { status: Case["status"]; onTime: number; overdue: number; noDeadline: number }>();
      for (const c of repo.list({ open: true })) {
        const row = byStatus.get(c.status) ?? { status: c.status, onTime: 0, overdue: 0, noDeadline: 0 };
        const due = currentDeadline(c);
        if (due === null) row.noDeadline++;
        else if (due < day) row.overdue++;
        else row.onTime++;
        byStatus.set(c.status, row);
      }
      return [...byStatus.values()];
    },

    get(actor: Person | null, id: number): Case {
      handlerOnly(actor);
      return getCase(id);
    },

    /** A named sender's own case (to print its letter); anyone else, and every anonymous case, is refused. */
    ownCase(actor: Person | null, id: number): Case {
      const item = getCase(id);
      if (actor === null || item.anonymous || item.senderPersonId !== actor.id) throw new DomainError("not-allowed");
      return item;
    },

    /** The named sender's name, for handlers; never anything for an anonymous case. */
    senderName(actor: Person | null, item: Case): string | null {
      handlerOnly(actor);
      return item.senderPersonId === null ? null : directory.getPerson(item.senderPersonId).fullName;
    },
  };
}
