// What every verb on cases shares: the service's dependencies, today in the agency's time zone, the one way to read
// a case and to refuse anyone but a handler, the sender's audit entries held back for the next digest, and a
// handler's decision recorded, audited and told to an opted-in sender.
import { DateTime } from "luxon";
import type { Clock, Logger } from "../../kernel/ports";
import { say } from "../../kernel/reply";
import { type DirectoryService, requireRole } from "../directory/service";
import type { Person } from "../directory/types";
import { DomainError } from "../errors";
import type { AbuseCounters, AuditEntry, AuditLog, Notifier, UnitOfWork } from "../ports";
import type { CaseDeadlines } from "./deadlines";
import type { CasePatch, CaseRepo } from "./repo";
import type { ContactSeal } from "./seal";
import { type Case, type CaseMessage, FINAL_STATUSES } from "./types";

export interface CaseDeps {
  repo: CaseRepo;
  directory: DirectoryService;
  audit: AuditLog;
  clock: Clock;
  uow: UnitOfWork;
  notifier: Notifier;
  deadlines: CaseDeadlines;
  /** The agency is in a remote area with difficult travel (Luật Khiếu nại Điều 28, 37); a setting. */
  remoteArea: boolean;
  timezone: string;
  dailyLimit: number;
  seal: ContactSeal | null;
  counters: AbuseCounters;
  /** Empties the write-ahead log, so the commit of an anonymous case leaves no trace of its order among others. */
  forgetWal: () => void;
  log: Logger;
}

export type CaseContext = ReturnType<typeof createCaseContext>;

export function createCaseContext(deps: CaseDeps) {
  const { repo, audit, clock, uow, notifier, timezone } = deps;
  const dayOf = (at: Date) => DateTime.fromJSDate(at, { zone: timezone }).toISODate() as string;
  // anonymous senders' audit entries wait here for the next digest (see service.ts)
  let deferredSenderAudit: AuditEntry[] = [];

  function senderAudit(item: Case, action: string): void {
    const entry: AuditEntry = { action, entity: "case", entityId: item.id, actorLabel: "sender", dayOnly: true };
    if (item.anonymous) deferredSenderAudit.push(entry);
    else audit.record({ ...entry, actorPersonId: item.senderPersonId, actorLabel: undefined, dayOnly: false });
  }

  function handlerOnly(actor: Person | null): Person {
    return requireRole(actor, "case_handler");
  }

  function getCase(id: number): Case {
    const item = repo.get(id);
    if (!item) throw new DomainError("not-found");
    return item;
  }

  /** Tells an opted-in sender that their case changed; the sealed address is opened only here. */
  async function tellSender(item: Case): Promise<void> {
    if (!item.sealedContact) return;
    const contact = deps.seal?.open(item.sealedContact) ?? null;
    if (!contact) {
      // said without the case or the sender: the operator learns that a key is missing, nothing more
      deps.log.warn({ reason: deps.seal ? "key-cannot-open" : "no-key" }, "a sender's change notice could not be sent");
      return;
    }
    await notifier.notifyAccount(contact.platform, contact.externalId, contact.locale, say("case-notify-sender", { number: item.number }));
  }

  async function handlerAction(actor: Person | null, id: number, kind: CaseMessage["kind"], body: string, patch: CasePatch) {
    const handler = handlerOnly(actor);
    const item = getCase(id);
    if (FINAL_STATUSES.includes(item.status)) throw new DomainError("case-closed", { number: item.number });
    const clean = body.trim();
    if (!["accepted", "resumed", "letter"].includes(kind) && clean === "") throw new DomainError("case-too-short", { min: 1 });
    uow.transaction(() => {
      repo.addMessage({ caseId: id, author: "handler", handlerPersonId: handler.id, kind, body: clean, day: dayOf(clock.now()) });
      // the address is erased at the close: nobody needs to reach the sender any more
      const changes = { ...patch, ...(patch.status && FINAL_STATUSES.includes(patch.status) ? { sealedContact: null } : {}) };
      if (Object.keys(changes).length > 0) repo.update(id, changes);
      audit.record({ actorPersonId: handler.id, action: `case.${kind}`, entity: "case", entityId: id });
    });
    await tellSender(item);
    return getCase(id);
  }

  return {
    deps,
    /** Today in the agency's time zone, as the case dates are kept. */
    today: () => dayOf(clock.now()),
    senderAudit,
    /** The anonymous senders' audit entries held back since the last digest; `clear` once they are recorded. */
    deferredSenderAudit: {
      pending: () => deferredSenderAudit,
      clear: () => {
        deferredSenderAudit = [];
      },
    },
    handlerOnly,
    getCase,
    /** A handler's decision: a message of the case, the columns it changes, an audit entry; the sender is told. */
    act: handlerAction,
  };
}
