// What the cases area needs from storage (src/db/repos/cases.ts implements it), and the columns a handler's
// decision may change.
import type { Case, CaseFile, CaseKind, CaseLetter, CaseMessage } from "./types";

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
