// Closing the year (tổng kết): self-assessment against the pledge, the annual quality rating, the unit's review.

/**
 * The four grades of the annual quality rating of civil servants (xếp loại chất lượng; Nghị định 90/2020/NĐ-CP as
 * amended by 48/2023/NĐ-CP; status `lead` in ../shared/LAW.md §3: to be checked against the official text).
 */
export const RATING_GRADES = ["excellent", "good", "completed", "not_completed"] as const;
export type RatingGrade = (typeof RATING_GRADES)[number];

/** Higher is better: "hoàn thành tốt nhiệm vụ trở lên" is rank ≥ rank("good"). */
export const GRADE_RANK: Record<RatingGrade, number> = { excellent: 3, good: 2, completed: 1, not_completed: 0 };

/**
 * Whose rules rate a person: a civil servant (công chức: Nghị định 90/2020, then 335/2025), a public employee (viên
 * chức: Nghị định 90/2020, then 233/2026) or a contract worker (the agency's own rules). See catalog/ratings.json.
 */
export const STAFF_CATEGORIES = ["civil_servant", "public_employee", "contract"] as const;
export type StaffCategory = (typeof STAFF_CATEGORIES)[number];

export const ASSESSMENT_RESULTS = ["achieved", "partly", "not_achieved"] as const;
export type AssessmentResult = (typeof ASSESSMENT_RESULTS)[number];

export const RATING_SOURCES = ["chat", "import"] as const;
export type RatingSource = (typeof RATING_SOURCES)[number];

/** The dates a campaign's pledges are assessed in, set by a leader or the secretary. */
export interface EvaluationWindow {
  campaignId: number;
  /** Calendar date (YYYY-MM-DD) in the configured time zone. */
  opensOn: string;
  /** The last instant (UTC) at which assessments may be written or changed. */
  closesAt: Date;
  createdBy: number;
  createdAt: Date;
}

export interface AssessmentItem {
  /** The commitment as pledged (one line of the pledge's commitments). */
  commitment: string;
  result: AssessmentResult | null;
  note: string;
}

/** A person's self-assessment of one pledge: the draft of their achievement report. */
export interface SelfAssessment {
  pledgeId: number;
  personId: number;
  items: AssessmentItem[];
  achievements: string;
  updatedAt: Date;
}

export interface QualityRating {
  personId: number;
  year: number;
  grade: RatingGrade;
  ratedBy: number | null;
  source: RatingSource;
  updatedAt: Date;
  /** Null when whoever recorded it did not say (older ratings, files without the column). */
  staffCategory: StaffCategory | null;
}

export interface YearEndRepo {
  window(campaignId: number): EvaluationWindow | null;
  saveWindow(window: EvaluationWindow): void;
  openWindows(now: Date): EvaluationWindow[];
  assessment(pledgeId: number): SelfAssessment | null;
  /** Every assessment of a campaign's pledges (one query, whatever the roster size). */
  assessmentsForCampaign(campaignId: number): SelfAssessment[];
  saveAssessment(assessment: SelfAssessment): void;
  rating(personId: number, year: number): QualityRating | null;
  ratingsOf(year: number): QualityRating[];
  /** The staff category of the person's latest rating that has one, to suggest it for the next. */
  categoryOf(personId: number): StaffCategory | null;
  saveRating(rating: QualityRating): "created" | "updated" | "unchanged";
}
