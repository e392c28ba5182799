// A person's or a collective's standing (tình trạng): the states that bar or shape an award under Nghị định
// 98/2023 and 152/2025 Điều 4 (under disciplinary review, investigation, inspection, a complaint or denunciation
// being verified, corruption or wrongdoing reported by the press being verified; a disciplinary period; maternity
// leave) and the date of recruitment that the new-staff rule reads.
import type { StandingKind } from "../rules/schema";

export { STANDING_KINDS, type StandingKind } from "../rules/schema";

export interface Standing {
  id: number;
  /** Exactly one of personId and unitId is set: Điều 4 bars a person or a collective. */
  personId: number | null;
  unitId: number | null;
  kind: StandingKind;
  /** YYYY-MM-DD: the day it began (for `recruited`, the day of recruitment). */
  startsOn: string;
  /** YYYY-MM-DD, last day; null while open-ended (a review still going on). */
  endsOn: string | null;
  /** A short reference (the decision's number), never the content of a complaint. */
  reference: string;
  recordedBy: number;
  recordedAt: Date;
  clearedBy: number | null;
  clearedAt: Date | null;
}

export type NewStanding = Pick<Standing, "personId" | "unitId" | "kind" | "startsOn" | "endsOn" | "reference">;

/** What a collective can be in: no maternity leave or recruitment for a unit. */
export const UNIT_STANDING_KINDS: StandingKind[] = [
  "discipline_review",
  "investigation",
  "inspection",
  "complaint_verification",
  "press_verification",
  "disciplined",
];

export interface StandingRepo {
  get(id: number): Standing | null;
  /** Not cleared, oldest first. */
  forPerson(personId: number): Standing[];
  forUnit(unitId: number): Standing[];
  /** Every standing not cleared, for the secretary's overview. */
  current(): Standing[];
  insert(standing: NewStanding, recordedBy: number, at: Date): number;
  clear(id: number, clearedBy: number, at: Date): void;
}

/** Whether a standing covers a day: begun, not ended, not cleared. */
export function coversDay(standing: Standing, day: string): boolean {
  return standing.clearedAt === null && standing.startsOn <= day && (standing.endsOn === null || day <= standing.endsOn);
}
