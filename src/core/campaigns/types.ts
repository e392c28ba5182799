// Campaign and award-catalog vocabularies.
export const CAMPAIGN_KINDS = ["yearly", "thematic", "period"] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];

export const AWARD_KINDS = ["title", "form"] as const;
export type AwardKind = (typeof AWARD_KINDS)[number];

export const AWARD_SUBJECTS = ["individual", "collective"] as const;
export type AwardSubject = (typeof AWARD_SUBJECTS)[number];

export interface Campaign {
  id: number;
  code: string;
  title: string;
  description: string;
  kind: CampaignKind;
  startsOn: string;
  endsOn: string;
  pledgeDeadline: Date | null;
  awardCodes: string[];
}
