// What pledges need from storage (src/db/repos/pledges.ts implements it).
import type { Pledge, PledgeSubject } from "./types";

export interface PledgeRepo {
  get(id: number): Pledge | null;
  live(campaignId: number, subject: PledgeSubject, subjectId: number): Pledge | null;
  byCampaign(campaignId: number): Pledge[];
  byPerson(personId: number): Pledge[];
  byUnit(unitId: number, subject: PledgeSubject): Pledge[];
  insert(pledge: Omit<Pledge, "id" | "createdAt" | "updatedAt" | "reviewedBy" | "reviewedAt" | "returnReason">, at: Date): number;
  update(id: number, patch: Partial<Pledge>, at: Date): void;
}
