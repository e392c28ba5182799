// What a sender does with a case: submit it (named or anonymous), open it again with the receipt code, add
// information, withdraw. The sender is known only by the code they hold; wrong codes count towards a lockout.
import type { FileRef } from "../../kernel/files";
import type { PlatformIdentity } from "../../kernel/platform";
import type { Person } from "../directory/types";
import { DomainError } from "../errors";
import type { CaseContext } from "./context";
import { blankState } from "./deadlines";
import { createCodeHandles } from "./handles";
import { bucketOf, matchesCode, newReceipt, normalizeCode } from "./receipt";
import type { SealedContact } from "./seal";
import { createSenderGuard } from "./sender-guard";
import { type Case, type CaseKind, type CaseLetter, FINAL_STATUSES } from "./types";

export const MAX_CASE_LENGTH = 5000;
export const MIN_CASE_LENGTH = 10;

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

export function createCaseIntake(ctx: CaseContext) {
  const { deps, getCase, senderAudit } = ctx;
  const { repo, clock, uow, deadlines, timezone } = deps;
  const handles = createCodeHandles(clock);
  const guard = createSenderGuard({ clock, dailyLimit: deps.dailyLimit, timezone, counters: deps.counters });

  function checkContent(content: string): string {
    const trimmed = content.trim();
    if (trimmed.length < MIN_CASE_LENGTH) throw new DomainError("case-too-short", { min: MIN_CASE_LENGTH });
    if ([...trimmed].length > MAX_CASE_LENGTH) throw new DomainError("case-too-long", { max: MAX_CASE_LENGTH, length: [...trimmed].length });
    return trimmed;
  }

  /**
   * The platform's reference and plain facts only: no caption, no sender, no message id. An anonymous case keeps no
   * reference that is a web address (a Zalo photo comes as the URL Zalo sent, which may carry an identifier of the
   * sender or their upload): such a file is not kept at all. Returns how many files were left out.
   */
  function storeFiles(caseId: number, files: FileRef[], anonymous: boolean): number {
    const kept = anonymous ? files.filter((f) => !isAddress(f.fileId)) : files;
    if (kept.length > 0)
      repo.addFiles(kept.map((f) => ({ caseId, platform: f.platform, fileId: f.fileId, fileName: f.fileName, mimeType: f.mimeType, size: f.size })));
    return files.length - kept.length;
  }

  /** The case a receipt code opens; wrong codes count towards a lockout of the one who types them. */
  function open(sender: PlatformIdentity, typed: string): Case {
    if (!guard.mayTryCode(sender)) throw new DomainError("case-code-locked");
    const code = normalizeCode(typed);
    const bucket = code ? bucketOf(code) : null;
    const found = code && bucket ? repo.byBucket(bucket).find((c) => matchesCode(code, c.receiptHash)) : undefined;
    guard.codeResult(sender, found !== undefined);
    if (!found) throw new DomainError("case-code-wrong");
    return getCase(found.id);
  }

  return {
    /** Whether senders may ask to be told of changes (only with a sealing key configured). */
    canNotifySenders: () => deps.seal !== null,

    /** Stores a case and returns its receipt code, which is shown once and never stored. */
    submit(actor: Person | null, sender: PlatformIdentity, input: CaseSubmission): { item: Case; code: string; filesLeftOut: number } {
      // Luật Khiếu nại Điều 8: a complaint is signed by its maker, so there is no anonymous complaint
      if (input.kind === "complaint" && input.anonymous) throw new DomainError("case-complaint-anonymous");
      if (!input.anonymous && actor?.status !== "active") throw new DomainError("case-named-unknown");
      const content = checkContent(input.content);
      const statutory = deadlines.isStatutory(input);
      if (statutory && !input.letter) throw new DomainError("case-letter-incomplete");
      if (!guard.allowSubmission(sender)) throw new DomainError("case-daily-limit", { limit: deps.dailyLimit });
      const receipt = newReceipt();
      const today = ctx.today();
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
        return { caseId, leftOut: storeFiles(caseId, input.files, input.anonymous) };
      });
      const item = getCase(id.caseId);
      senderAudit(item, "case.submitted");
      if (item.anonymous) deps.forgetWal();
      return { item, code: receipt.code, filesLeftOut: id.leftOut };
    },

    open,

    /** A handle for a button that stands for a code just opened, so the code stays out of button data. */
    handleFor: (sender: PlatformIdentity, code: string) => handles.handleFor(sender, code),
    codeFor: (sender: PlatformIdentity, handle: string) => handles.codeFor(sender, handle),

    /** The sender adds information to their case (from any chat, known only by the code). */
    addInformation(sender: PlatformIdentity, typed: string, body: string, files: FileRef[]): Case {
      const item = open(sender, typed);
      if (FINAL_STATUSES.includes(item.status)) throw new DomainError("case-closed", { number: item.number });
      const clean = checkContent(body);
      uow.transaction(() => {
        repo.addMessage({ caseId: item.id, author: "sender", handlerPersonId: null, kind: "note", body: clean, day: ctx.today() });
        storeFiles(item.id, files, item.anonymous);
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
      const item = open(sender, typed);
      if (FINAL_STATUSES.includes(item.status)) throw new DomainError("case-closed", { number: item.number });
      const formal = item.letterReceivedOn !== null;
      const today = ctx.today();
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
  };
}

/** A file reference that is a web address (Zalo's photo_url), rather than an opaque platform file id. */
const isAddress = (fileId: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(fileId);
