// What the nominations area needs from storage (src/db/repos/nominations.ts implements it).
import type { FileRef } from "../../kernel/files";
import type { Evidence, GoodDeed, Nomination, NominationStatus, NomineeKind } from "./types";

export interface NominationFilter {
  status?: NominationStatus;
  unitId?: number;
  awardCode?: string;
  campaignId?: number;
}

export interface NominationRepo {
  get(id: number): Nomination | null;
  list(filter: NominationFilter): Nomination[];
  /** Live nominations (see LIVE_NOMINATION_STATUSES) for an award in a year, optionally for one nominee. */
  live(awardCode: string, year: number, nominee?: { kind: NomineeKind; id: number }): Nomination[];
  insert(nomination: Omit<Nomination, "id" | "createdAt" | "updatedAt" | "decisionNo" | "decisionDate" | "decisionSigner">, at: Date): number;
  update(id: number, patch: Partial<Nomination>, at: Date): void;
  evidence(nominationId: number): Evidence[];
  addEvidence(nominationId: number, file: FileRef, addedBy: number, at: Date): void;
  goodDeed(id: number): GoodDeed | null;
  goodDeeds(status?: GoodDeed["status"]): GoodDeed[];
  insertGoodDeed(deed: Omit<GoodDeed, "id" | "createdAt" | "nominationId" | "status">, at: Date): number;
  updateGoodDeed(id: number, patch: Partial<GoodDeed>): void;
}
