// Whether a session reached its quorum and whether a nomination passed: integer arithmetic on per-mille shares, so
// 0.7 of 10 members is exactly 7. The shares and thresholds come from the rule sets and the agency's rules.

/** When a result passes: the rule set's vote for the nomination's year, or the agency's (src/core/rules/book.ts). */
export interface VoteRule {
  threshold: number;
  of: "members" | "cast";
  strict: boolean;
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
