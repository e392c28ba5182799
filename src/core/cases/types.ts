// Petitions about emulation and commendation (đơn thư): complaints, denunciations and feedback.

export const CASE_KINDS = ["complaint", "denunciation", "feedback"] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

/**
 * awaiting_letter: a named complaint or denunciation told in chat, waiting for the sender's signed letter;
 * information: an anonymous denunciation, handled as information (Luật Tố cáo Điều 25), never accepted;
 * verifying: such information being checked; received: the signed letter (or feedback) is in, to be accepted.
 */
export const CASE_STATUSES = [
  "awaiting_letter",
  "information",
  "verifying",
  "received",
  "accepted",
  "suspended",
  "forwarded",
  "withdrawn",
  "closed",
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Statuses after which nothing more happens to a case. */
export const FINAL_STATUSES: readonly CaseStatus[] = ["closed", "withdrawn"];

export const COMPLEXITIES = ["normal", "complex", "very_complex"] as const;
export type Complexity = (typeof COMPLEXITIES)[number];

/** Who wrote a message of a case. An anonymous sender is only ever "sender". */
export type CaseAuthor = "sender" | "handler";

/** What the sender's signed letter says (Luật Khiếu nại Điều 8 khoản 2; Luật Tố cáo Điều 23 khoản 1). */
export interface CaseLetter {
  /** The day the letter text was prepared: the letter's "ngày, tháng, năm". */
  date: string;
  name: string;
  address: string;
  contact: string | null;
  /** Whom or what the complaint or denunciation is about. */
  subject: string;
  content: string;
  /** What the sender asks for (yêu cầu giải quyết). */
  request: string | null;
  /**
   * Complaints: the day the decision was received or learned of (starts the 90 days of Điều 9); for a second
   * complaint, the day the first-instance decision was received or its period ended (the 30 days of Điều 33).
   */
  learnedOn: string | null;
  instance: number;
}

export interface Case {
  id: number;
  number: string;
  kind: CaseKind;
  anonymous: boolean;
  /** Only for named cases. */
  senderPersonId: number | null;
  content: string;
  status: CaseStatus;
  /** The local day it was received (YYYY-MM-DD); an anonymous case keeps no time of day. */
  receivedOn: string;
  /** Null while no statutory acceptance period runs (no signed letter yet, anonymous information, feedback). */
  acceptBy: string | null;
  resolveBy: string | null;
  /** 1 or 2 (khiếu nại lần đầu, lần hai). */
  instance: number;
  /** The agency is in a remote area with difficult travel (vùng sâu, vùng xa), fixed when the letter came. */
  remote: boolean;
  complexity: Complexity;
  /** Extensions of a denunciation's period, each decided with a reason (Luật Tố cáo Điều 30). */
  extensions: number;
  /** A denunciation's initial handling takes the longer period (Luật Tố cáo Điều 24 khoản 1). */
  initialLonger: boolean;
  /** Named cases: the structured content of the letter to sign. */
  letter: CaseLetter | null;
  letterReceivedOn: string | null;
  acceptedOn: string | null;
  suspendedOn: string | null;
  pausedDays: number;
  dialogueOn: string | null;
  forwardedTo: string | null;
  result: string | null;
  closedOn: string | null;
  /** Handlers have been told of it in a digest. */
  announced: boolean;
  /** An opt-in reply address, sealed; never shown. */
  sealedContact: string | null;
}

export const CASE_MESSAGE_KINDS = [
  "note",
  "question",
  "reply",
  "forward",
  "result",
  "accepted",
  "letter",
  "complex",
  "extended",
  "initial-extended",
  "suspended",
  "resumed",
  "dialogue",
  "verifying",
  "withdrawn",
  "withdraw-requested",
  "not-accepted",
] as const;
export type CaseMessageKind = (typeof CASE_MESSAGE_KINDS)[number];

export interface CaseMessage {
  id: number;
  caseId: number;
  author: CaseAuthor;
  /** Null for the sender, always. */
  handlerPersonId: number | null;
  kind: CaseMessageKind;
  body: string;
  day: string;
}

export interface CaseFile {
  caseId: number;
  platform: string;
  fileId: string;
  fileName: string | null;
  mimeType: string | null;
  size: number | null;
}

/** An anonymous denunciation is named for what the law makes of it: information (Luật Tố cáo Điều 25). */
export function caseKindKey(item: Pick<Case, "kind" | "anonymous">): string {
  return item.kind === "denunciation" && item.anonymous ? "case-kind-information" : `case-kind-${item.kind}`;
}
