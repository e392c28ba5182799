// What the cases area sends on its own: the twice-daily digest of new cases (which also records the anonymous
// senders' held-back audit entries), reminders of deadlines close at hand, and the start-up check of sealed reply
// addresses against the configured keys.
import { button, type Reply, text } from "../../kernel/reply";
import { CASES_NOTICE } from "../notice-actions";
import type { CaseContext } from "./context";
import { currentDeadline } from "./deadlines";
import { caseKindKey } from "./types";

const REMIND_WITHIN_DAYS = 2;

export function createCaseNotices(ctx: CaseContext) {
  const { deps, deferredSenderAudit } = ctx;
  const { repo, directory, audit, uow, notifier, deadlines } = deps;

  return {
    /**
     * At start: re-seals under the current key the addresses that only the previous key opens (so the previous
     * key can be retired), and counts those that no configured key opens.
     */
    checkSealedContacts(): { resealed: number; unreadable: number } {
      let resealed = 0;
      let unreadable = 0;
      for (const item of repo.list({ open: true })) {
        if (!item.sealedContact || deps.seal?.isCurrent(item.sealedContact)) continue;
        const contact = deps.seal?.open(item.sealedContact) ?? null;
        if (!contact || !deps.seal) {
          unreadable++;
          continue;
        }
        repo.update(item.id, { sealedContact: deps.seal.seal(contact) });
        resealed++;
      }
      return { resealed, unreadable };
    },

    /** Twice a day: handlers learn of new cases together, so a case's arrival cannot be timed. */
    async sendDigest(): Promise<number> {
      const fresh = repo.list({ announced: false });
      uow.transaction(() => {
        for (const entry of deferredSenderAudit.pending()) audit.record(entry);
        for (const item of fresh) repo.update(item.id, { announced: true });
      });
      deferredSenderAudit.clear();
      if (fresh.length === 0) return 0;
      const message: Reply = {
        blocks: [
          { type: "heading", text: text("case-digest-title", { count: fresh.length }) },
          {
            type: "list",
            items: fresh.map((c) =>
              text("case-digest-line", { number: c.number, kind: text(caseKindKey(c)), status: text(`case-status-${c.status}`) }),
            ),
          },
        ],
        buttons: [[button("btn-open-cases", CASES_NOTICE.list.payload("open"), "primary")]],
      };
      for (const handler of directory.withRole("case_handler")) await notifier.notify(handler.id, message);
      return fresh.length;
    },

    /** Tells handlers of open cases whose acceptance or resolution deadline falls within two days. */
    async remindDue(): Promise<number> {
      const today = ctx.today();
      const horizon = deadlines.calendar.addCalendarDays(today, REMIND_WITHIN_DAYS);
      const due = repo.list({ open: true }).filter((c) => {
        const deadline = currentDeadline(c);
        return deadline !== null && deadline <= horizon;
      });
      if (due.length === 0) return 0;
      const message: Reply = {
        blocks: [
          { type: "heading", text: text("case-due-title", { count: due.length }) },
          {
            type: "list",
            items: due.map((c) =>
              text("case-due-line", {
                number: c.number,
                kind: text(caseKindKey(c)),
                deadline: currentDeadline(c) as string,
              }),
            ),
          },
        ],
      };
      for (const handler of directory.withRole("case_handler")) await notifier.notify(handler.id, message);
      return due.length;
    },
  };
}
