// Pledge vocabulary.
export const PLEDGE_SUBJECTS = ["person", "unit"] as const;
export type PledgeSubject = (typeof PLEDGE_SUBJECTS)[number];

/** draft is kept for forms saved without submitting; the chat flow submits on confirmation. */
export const PLEDGE_STATUSES = ["draft", "submitted", "confirmed", "returned", "withdrawn"] as const;
export type PledgeStatus = (typeof PLEDGE_STATUSES)[number];

/** Statuses that count as "has pledged" for the campaign. */
export const LIVE_PLEDGE_STATUSES: readonly PledgeStatus[] = ["draft", "submitted", "confirmed", "returned"];

/** The message key of a pledge's status: a unit's own pledge awaits the council's secretary or a leader, not a unit head. */
export function pledgeStatusKey(pledge: Pick<Pledge, "status" | "subject">): string {
  return pledge.status === "submitted" && pledge.subject === "unit" ? "pledge-status-submitted-unit" : `pledge-status-${pledge.status}`;
}

export interface Pledge {
  id: number;
  campaignId: number;
  subject: PledgeSubject;
  personId: number | null;
  unitId: number;
  awardCodes: string[];
  commitments: string;
  status: PledgeStatus;
  returnReason: string | null;
  createdBy: number;
  reviewedBy: number | null;
  reviewedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}
