// Whether a session reached its quorum and whether a nomination passed: integer arithmetic on per-mille shares, so
// 0.7 of 10 members is exactly 7. The shares and thresholds come from the rule sets and the agency's rules.
import type { ReviewSession, SessionItem } from "../nominations/types";

/** When a result passes: the rule set's vote for the nomination's year, or the agency's (src/core/rules/book.ts). */
export interface VoteRule {
  threshold: number;
  of: "members" | "cast";
  strict: boolean;
}

/**
 * The fewest ballots whose counts are ever published: the bot's own choice, not a rule of law or of the agency. With
 * one ballot the counts are that member's choice, and with two each voter learns the other's; closing early and
 * reopening would then reveal members one by one. Below it (or without a quorum) a close says only how many voted
 * and that nothing passed; the counts are not even stored.
 */
export const MIN_BALLOTS_FOR_COUNTS = 3;

/** Whether a session closing now may count and publish: it met its quorum and had at least MIN_BALLOTS_FOR_COUNTS ballots. */
export function countsPublished(session: Pick<ReviewSession, "quorumMet" | "voterCount">): boolean {
  return session.quorumMet === true && (session.voterCount ?? 0) >= MIN_BALLOTS_FOR_COUNTS;
}

/** Whether a closed session's counts are there to show: stored only when they were published (see close). */
export function countsShown(items: ReadonlyArray<Pick<SessionItem, "approve">>): boolean {
  return items.length > 0 && items.every((i) => i.approve !== null && i.approve !== undefined);
}

/** Quorum: at least `share` of the session's members cast a ballot (the agency's rule; half by default). */
export function quorumMet(voters: number, members: number, share = 0.5): boolean {
  return voters > 0 && voters * 1000 >= Math.round(share * 1000) * members;
}

export function passes(rule: VoteRule, approve: number, cast: number, members: number): boolean {
  const base = rule.of === "members" ? members : cast;
  if (base === 0) return false;
  // integer arithmetic on a per-mille threshold, so 0.7 × 10 members is exactly 7
  const needed = Math.round(rule.threshold * 1000) * base;
  return rule.strict ? approve * 1000 > needed : approve * 1000 >= needed;
}
