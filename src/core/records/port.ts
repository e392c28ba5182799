// What the record of achievements needs from storage (src/db/repos/records.ts implements it).
import type { NominationStatus, NomineeKind } from "../nominations/types";
import type { QualityRating } from "../yearend/types";
import type { NewRecordEntry, RecordEntry, RecordHolder, RecordLevel, RecordRating, RecordStatus, RecordSubject } from "./types";

/** A filter over valid entries: awards and a span of years (the secretary's "LĐTT 2020–2026"). */
export interface RecordFilter {
  awardCodes?: string[];
  fromYear?: number;
  toYear?: number;
}

/** One cell of the statistics: how many entries of an award, a level, a unit and a year. */
export interface RecordTally {
  year: number;
  unitId: number;
  subject: RecordSubject;
  awardCode: string;
  level: RecordLevel;
  count: number;
}

/** A decided (or since annulled) nomination the record has no entry for: decisions made before the record existed. */
export interface UnrecordedDecision {
  nominationId: number;
  nominee: NomineeKind;
  personId: number | null;
  unitId: number;
  awardCode: string;
  year: number;
  status: NominationStatus;
  decisionNo: string | null;
  decisionDate: string | null;
  decisionSigner: string | null;
}

export type RecordPatch = Partial<
  Pick<
    RecordEntry,
    "awardCode" | "unitId" | "year" | "level" | "decisionNo" | "decisionDate" | "issuer" | "status" | "note" | "source" | "nominationId"
  >
>;

export interface RecordRepo {
  get(id: number): RecordEntry | null;
  byNomination(nominationId: number): RecordEntry | null;
  /** The valid entry with this identity (see identityOf), if any. */
  byIdentity(identity: string): RecordEntry | null;
  insert(entry: NewRecordEntry, identity: string, at: Date, status?: RecordStatus): number;
  update(id: number, patch: RecordPatch, identity: string | null, at: Date): void;
  /** Every entry of a person or a collective, whatever its status, oldest year first. */
  ofHolder(holder: RecordHolder): RecordEntry[];
  /** Person entries of the people who are now members of a unit. */
  ofMembers(unitId: number): RecordEntry[];
  /** Valid entries matching a filter, person and collective alike. */
  find(filter: RecordFilter): RecordEntry[];
  /** Valid entries of one award for a holder in these years. */
  held(holder: RecordHolder, awardCode: string, years: number[]): RecordEntry[];
  tally(fromYear: number, toYear: number): RecordTally[];
  /** The person's annual quality ratings, every year (read from the ratings, not copied). */
  ratings(personId: number): RecordRating[];
  unrecordedDecisions(): UnrecordedDecision[];
}

/** The annual ratings, where an imported past rating is saved (src/core/yearend owns them). */
export interface RatingStore {
  rating(personId: number, year: number): QualityRating | null;
  saveRating(rating: QualityRating): "created" | "updated" | "unchanged";
}
