// What review sessions need from storage (src/db/repos/ballots.ts implements it), and the name of a session's
// sealed box.
import type { ReviewSession, SessionItem } from "../nominations/types";

export interface SessionRepo {
  get(id: number): ReviewSession | null;
  all(): ReviewSession[];
  open(): ReviewSession[];
  insert(
    session: Omit<ReviewSession, "id" | "status" | "closedAt" | "voterCount" | "quorumMet">,
    nominationIds: number[],
    memberIds: number[],
  ): number;
  items(sessionId: number): SessionItem[];
  members(sessionId: number): number[];
  hasVoted(sessionId: number, personId: number): boolean;
  voterCount(sessionId: number): number;
  /** Records that a member voted. Call inside the transaction that seals their ballot. */
  markVoted(sessionId: number, personId: number, at: Date): void;
  close(sessionId: number, at: Date, voterCount: number, quorumMet: boolean, results: SessionItem[]): void;
}

/** The sealed box of one review session. */
export const sessionBox = (sessionId: number) => `review_session:${sessionId}`;
