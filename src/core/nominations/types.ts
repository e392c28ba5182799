// Nomination, good-deed and review-session vocabulary (khen thưởng).

export const NOMINATION_KINDS = ["year_end", "thematic", "ad_hoc", "good_deed"] as const;
export type NominationKind = (typeof NOMINATION_KINDS)[number];

export const NOMINEE_KINDS = ["person", "unit"] as const;
export type NomineeKind = (typeof NOMINEE_KINDS)[number];

/** proposed → under_review → approved | rejected → (approved) decided → annulled; proposed → withdrawn. */
/** unit_review: a candidate before the unit's own review (bình xét); passed, it is proposed to the council. */
export const NOMINATION_STATUSES = ["unit_review", "proposed", "under_review", "approved", "rejected", "decided", "withdrawn", "annulled"] as const;
export type NominationStatus = (typeof NOMINATION_STATUSES)[number];

/** Statuses that still count for duplicates, quotas and same-year prerequisites. */
export const LIVE_NOMINATION_STATUSES: NominationStatus[] = ["unit_review", "proposed", "under_review", "approved", "decided"];

export interface Nomination {
  id: number;
  nominee: NomineeKind;
  personId: number | null;
  /** The nominated unit, or the nominated person's unit at the time of the proposal. */
  unitId: number;
  awardCode: string;
  kind: NominationKind;
  campaignId: number | null;
  year: number;
  achievements: string;
  status: NominationStatus;
  proposedBy: number;
  goodDeedId: number | null;
  decisionNo: string | null;
  decisionDate: string | null;
  decisionSigner: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface Evidence {
  id: number;
  nominationId: number;
  platform: string;
  fileId: string;
  fileName: string | null;
  mimeType: string | null;
  size: number | null;
  addedBy: number;
  addedAt: Date;
}

export const GOOD_DEED_STATUSES = ["reported", "nominated", "published"] as const;
export type GoodDeedStatus = (typeof GOOD_DEED_STATUSES)[number];

export interface GoodDeed {
  id: number;
  reporterId: number;
  personId: number;
  story: string;
  status: GoodDeedStatus;
  nominationId: number | null;
  createdAt: Date;
}

export const BALLOT_CHOICES = ["approve", "reject", "abstain"] as const;
export type BallotChoice = (typeof BALLOT_CHOICES)[number];

export const SESSION_STATUSES = ["open", "closed"] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** council: the Sở's Emulation-Commendation Council; unit: a unit's year-end review (bình xét) of its members. */
export const SESSION_SCOPES = ["council", "unit"] as const;
export type SessionScope = (typeof SESSION_SCOPES)[number];

export interface ReviewSession {
  id: number;
  title: string;
  status: SessionStatus;
  scope: SessionScope;
  /** The reviewing unit, for a unit's review. */
  unitId: number | null;
  openedBy: number;
  openedAt: Date;
  endsAt: Date;
  closedAt: Date | null;
  /** The electorate when the session opened (council members, or the unit's staff), fixed so later changes cannot alter it. */
  memberCount: number;
  voterCount: number | null;
  quorumMet: boolean | null;
}

export interface SessionItem {
  sessionId: number;
  nominationId: number;
  approve: number | null;
  reject: number | null;
  abstain: number | null;
  passed: boolean | null;
}
