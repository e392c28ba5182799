// Petitions about emulation and commendation (đơn thư): complaints, denunciations and feedback.
import { z } from "zod";

export const CASE_KINDS = ["complaint", "denunciation", "feedback"] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export const CASE_STATUSES = ["received", "accepted", "forwarded", "closed"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Who wrote a message of a case. An anonymous sender is only ever "sender". */
export type CaseAuthor = "sender" | "handler";

const period = z.object({
  acceptDays: z.number().int().positive(),
  workingDays: z.boolean().default(false),
  acceptBasis: z.string().min(1),
  resolveDays: z.number().int().positive(),
  resolveBasis: z.string().min(1),
  verified: z.boolean(),
});

export const caseDeadlinesSchema = z.object({
  version: z.literal(1),
  note: z.string(),
  kinds: z.object({ complaint: period, denunciation: period, feedback: period }),
});
export type CaseDeadlines = z.infer<typeof caseDeadlinesSchema>;

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
  acceptBy: string;
  resolveBy: string;
  forwardedTo: string | null;
  result: string | null;
  closedOn: string | null;
  /** Handlers have been told of it in a digest. */
  announced: boolean;
  /** An opt-in reply address, sealed; never shown. */
  sealedContact: string | null;
}

export interface CaseMessage {
  id: number;
  caseId: number;
  author: CaseAuthor;
  /** Null for the sender, always. */
  handlerPersonId: number | null;
  kind: "note" | "question" | "reply" | "forward" | "result" | "accepted";
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
