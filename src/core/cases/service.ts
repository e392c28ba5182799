// Petitions about emulation and commendation: submitted by direct message, named or anonymous, followed with a
// receipt code, handled by people with the case_handler role against statutory deadlines.
//
// Anonymity is kept by what is never written: an anonymous case stores no sender, only the day it came, and its
// sender's actions reach the audit log only with the next digest, dated by day, so neither a row's time nor its
// place among other rows can be matched to a message on the platform.
// Over 300 lines: the case lifecycle under the law (intake, letter received, acceptance, extension, suspension,
// withdrawal, closing) shares the deadline rules and the anonymity guards; splitting it by verb is the next step.
import { DateTime } from "luxon";
import { type DirectoryService, requireRole } from "../directory/service";
import type { Person } from "../directory/types";
import { DomainError } from "../errors";
import type { FileRef } from "../files";
import { CASES_NOTICE } from "../notice-actions";
import type { AbuseCounters, AuditEntry, AuditLog, Clock, Logger, Notifier, PlatformIdentity, UnitOfWork } from "../ports";
import { button, type Reply, say, text } from "../reply";
import { CASE_OVERSEERS } from "../roles";
import { blankState, type CaseDeadlines, currentDeadline, deadlineState, ruleOfDeadline } from "./deadlines";
import { createCodeHandles } from "./handles";
import { createCaseHandling } from "./handling";
import { bucketOf, matchesCode, newReceipt, normalizeCode } from "./receipt";
import type { ContactSeal, SealedContact } from "./seal";
import { createSenderGuard } from "./sender-guard";
import { type Case, type CaseFile, type CaseKind, type CaseLetter, type CaseMessage, caseKindKey, FINAL_STATUSES } from "./types";

export const MAX_CASE_LENGTH = 5000;
export const MIN_CASE_LENGTH = 10;
const REMIND_WITHIN_DAYS = 2;

export interface NewCase {
  number: string;
  kind: CaseKind;
  anonymous: boolean;
  senderPersonId: number | null;
  content: string;
  receiptBucket: string;
  receiptHash: string;
  receivedOn: string;
  status: Case["status"];
  instance: number;
  acceptBy: string | null;
  resolveBy: string | null;
  letter: CaseLetter | null;
  sealedContact: string | null;
}

/** The columns a handler's decision may change. */
export type CasePatch = Partial<
  Pick<
    Case,
    | "status"
    | "forwardedTo"
    | "result"
    | "closedOn"
    | "announced"
    | "sealedContact"
    | "acceptBy"
    | "resolveBy"
    | "remote"
    | "complexity"
    | "extensions"
    | "initialLonger"
    | "letterReceivedOn"
    | "acceptedOn"
    | "suspendedOn"
    | "pausedDays"
    | "dialogueOn"
  >
>;

export interface CaseRepo {
  insert(row: NewCase): number;
  get(id: number): (Case & { receiptHash: string }) | null;
  byBucket(bucket: string): Array<Case & { receiptHash: string }>;
  countInYear(year: string): number;
  list(filter: { open?: boolean; announced?: boolean }): Case[];
  update(id: number, patch: CasePatch): void;
  addMessage(message: Omit<CaseMessage, "id">): void;
  messages(caseId: number): CaseMessage[];
  addFiles(files: CaseFile[]): void;
  files(caseId: number): CaseFile[];
}

export interface CaseSubmission {
  kind: CaseKind;
  content: string;
  anonymous: boolean;
  files: FileRef[];
  /** Only when the sender asked to be told of changes. */
  contact: SealedContact | null;
  /** Named complaints and denunciations: what the signed letter must state besides the content. */
  letter?: Pick<CaseLetter, "address" | "contact" | "subject" | "request" | "learnedOn" | "instance">;
}

export type CaseService = ReturnType<typeof createCaseService>;

export function createCaseService(deps: {
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
}) {
  const { repo, directory, audit, clock, uow, notifier, deadlines, timezone } = deps;
  const dayOf = (at: Date) => DateTime.fromJSDate(at, { zone: timezone }).toISODate() as string;
  const handles = createCodeHandles(clock);
  const guard = createSenderGuard({ clock, dailyLimit: deps.dailyLimit, timezone, counters: deps.counters });
  // anonymous senders' audit entries wait here for the next digest (see the header comment)
  let deferredSenderAudit: AuditEntry[] = [];

  function senderAudit(item: Case, action: string): void {
    const entry: AuditEntry = { action, entity: "case", entityId: item.id, actorLabel: "sender", dayOnly: true };
    if (item.anonymous) deferredSenderAudit.push(entry);
    else audit.record({ ...entry, actorPersonId: item.senderPersonId, actorLabel: undefined, dayOnly: false });
  }

  function checkContent(content: string): string {
    const trimmed = content.trim();
    if (trimmed.length < MIN_CASE_LENGTH) throw new DomainError("case-too-short", { min: MIN_CASE_LENGTH });
    if ([...trimmed].length > MAX_CASE_LENGTH) throw new DomainError("case-too-long", { max: MAX_CASE_LENGTH, length: [...trimmed].length });
    return trimmed;
  }

  function storeFiles(caseId: number, files: FileRef[]): void {
    // the platform's reference and plain facts only: no caption, no sender, no message id
    if (files.length > 0)
      repo.addFiles(files.map((f) => ({ caseId, platform: f.platform, fileId: f.fileId, fileName: f.fileName, mimeType: f.mimeType, size: f.size })));
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
    /** Today in the agency's time zone, as the case dates are kept. */
    today: () => dayOf(clock.now()),
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

    /** Whether senders may ask to be told of changes (only with a sealing key configured). */
    canNotifySenders: () => deps.seal !== null,

    /** Stores a case and returns its receipt code, which is shown once and never stored. */
    submit(actor: Person | null, sender: PlatformIdentity, input: CaseSubmission): { item: Case; code: string } {
      // Luật Khiếu nại Điều 8: a complaint is signed by its maker, so there is no anonymous complaint
      if (input.kind === "complaint" && input.anonymous) throw new DomainError("case-complaint-anonymous");
      if (!input.anonymous && actor?.status !== "active") throw new DomainError("case-named-unknown");
      const content = checkContent(input.content);
      const statutory = deadlines.isStatutory(input);
      if (statutory && !input.letter) throw new DomainError("case-letter-incomplete");
      if (!guard.allowSubmission(sender)) throw new DomainError("case-daily-limit", { limit: deps.dailyLimit });
      const receipt = newReceipt();
      const today = dayOf(clock.now());
      const sealedContact = input.contact && deps.seal ? deps.seal.seal(input.contact) : null;
      const letter: CaseLetter | null =
        statutory && input.letter ? { ...input.letter, date: today, name: (actor as Person).fullName, content } : null;
      // a named case told in chat waits for its signed letter; anonymous denunciations are information only
      const status = input.kind === "feedback" ? "received" : input.anonymous ? "information" : "awaiting_letter";
      const feedbackDue = input.kind === "feedback" ? deadlines.resolution({ ...blankState(today), kind: "feedback" }) : null;
      const id = uow.transaction(() => {
        const year = today.slice(0, 4);
        const number = `${year}-${String(repo.countInYear(year) + 1).padStart(4, "0")}`;
        const caseId = repo.insert({
          number,
          kind: input.kind,
          anonymous: input.anonymous,
          senderPersonId: input.anonymous ? null : (actor as Person).id,
          content,
          receiptBucket: receipt.bucket,
          receiptHash: receipt.hash,
          receivedOn: today,
          status,
          instance: letter?.instance ?? 1,
          acceptBy: null,
          resolveBy: feedbackDue?.day ?? null,
          letter,
          sealedContact,
        });
        storeFiles(caseId, input.files);
        return caseId;
      });
      const item = getCase(id);
      senderAudit(item, "case.submitted");
      if (item.anonymous) deps.forgetWal();
      return { item, code: receipt.code };
    },

    /** The case a receipt code opens; wrong codes count towards a lockout of the one who types them. */
    open(sender: PlatformIdentity, typed: string): Case {
      if (!guard.mayTryCode(sender)) throw new DomainError("case-code-locked");
      const code = normalizeCode(typed);
      const bucket = code ? bucketOf(code) : null;
      const found = code && bucket ? repo.byBucket(bucket).find((c) => matchesCode(code, c.receiptHash)) : undefined;
      guard.codeResult(sender, found !== undefined);
      if (!found) throw new DomainError("case-code-wrong");
      return getCase(found.id);
    },

    /** A handle for a button that stands for a code just opened, so the code stays out of button data. */
    handleFor: (sender: PlatformIdentity, code: string) => handles.handleFor(sender, code),
    codeFor: (sender: PlatformIdentity, handle: string) => handles.codeFor(sender, handle),

    messages: (id: number) => repo.messages(id),
    files: (id: number) => repo.files(id),

    /** The sender adds information to their case (from any chat, known only by the code). */
    addInformation(sender: PlatformIdentity, typed: string, body: string, files: FileRef[]): Case {
      const item = this.open(sender, typed);
      if (FINAL_STATUSES.includes(item.status)) throw new DomainError("case-closed", { number: item.number });
      const clean = checkContent(body);
      uow.transaction(() => {
        repo.addMessage({ caseId: item.id, author: "sender", handlerPersonId: null, kind: "note", body: clean, day: dayOf(clock.now()) });
        storeFiles(item.id, files);
      });
      senderAudit(item, "case.information-added");
      return item;
    },

    /**
     * The sender withdraws, at any time (Luật Khiếu nại Điều 10; Luật Tố cáo Điều 33). Before anything formal
     * started the case simply ends; once the signed letter is in, the law asks for a signed withdrawal, so the
     * request goes to the handler and `formal` tells the sender to sign one.
     */
    withdraw(sender: PlatformIdentity, typed: string): { item: Case; formal: boolean } {
      const item = this.open(sender, typed);
      if (FINAL_STATUSES.includes(item.status)) throw new DomainError("case-closed", { number: item.number });
      const formal = item.letterReceivedOn !== null;
      const today = dayOf(clock.now());
      uow.transaction(() => {
        repo.addMessage({
          caseId: item.id,
          author: "sender",
          handlerPersonId: null,
          kind: formal ? "withdraw-requested" : "withdrawn",
          body: "",
          day: today,
        });
        if (!formal) repo.update(item.id, { status: "withdrawn", closedOn: today, sealedContact: null, acceptBy: null, resolveBy: null });
      });
      senderAudit(item, formal ? "case.withdraw-requested" : "case.withdrawn");
      return { item: getCase(item.id), formal };
    },

    /** Open cases for handlers; overdue ones also for the secretary and leaders. */
    list(actor: Person | null, which: "open" | "overdue" | "closed"): Case[] {
      if (which === "overdue") requireRole(actor, ...CASE_OVERSEERS);
      else handlerOnly(actor);
      if (which === "closed") return repo.list({}).filter((c) => FINAL_STATUSES.includes(c.status));
      const today = dayOf(clock.now());
      const open = repo.list({ open: true });
      if (which === "open") return open;
      return open.filter((c) => {
        const due = currentDeadline(c);
        return due !== null && due < today;
      });
    },

    /** Open cases per state, on time, overdue or with no statutory deadline: counts only, never a sender. */
    figures(actor: Person | null): Array<{ status: Case["status"]; onTime: number; overdue: number; noDeadline: number }> {
      requireRole(actor, ...CASE_OVERSEERS);
      const today = dayOf(clock.now());
      const byStatus = new Map<Case["status"], { status: Case["status"]; onTime: number; overdue: number; noDeadline: number }>();
      for (const c of repo.list({ open: true })) {
        const row = byStatus.get(c.status) ?? { status: c.status, onTime: 0, overdue: 0, noDeadline: 0 };
        const due = currentDeadline(c);
        if (due === null) row.noDeadline++;
        else if (due < today) row.overdue++;
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

    ...createCaseHandling({ getCase, handlerOnly, act: handlerAction, today: () => dayOf(clock.now()), deadlines, remoteArea: deps.remoteArea }),
    ask: (actor: Person | null, id: number, question: string) => handlerAction(actor, id, "question", question, {}),
    reply: (actor: Person | null, id: number, answer: string) => handlerAction(actor, id, "reply", answer, {}),
    forward: (actor: Person | null, id: number, to: string) =>
      handlerAction(actor, id, "forward", to, { status: "forwarded", forwardedTo: to.trim() }),
    close: (actor: Person | null, id: number, result: string) =>
      handlerAction(actor, id, "result", result, { status: "closed", result: result.trim(), closedOn: dayOf(clock.now()) }),

    /** Twice a day: handlers learn of new cases together, so a case's arrival cannot be timed. */
    async sendDigest(): Promise<number> {
      const fresh = repo.list({ announced: false });
      uow.transaction(() => {
        for (const entry of deferredSenderAudit) audit.record(entry);
        for (const item of fresh) repo.update(item.id, { announced: true });
      });
      deferredSenderAudit = [];
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
      const today = dayOf(clock.now());
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
