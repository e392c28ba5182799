// Roles and person statuses: closed lists shared by the domain, storage and commands (the languages and platforms
// are in src/kernel/).

/** Roles a person can hold (DESIGN.md §2). A person can hold several. */
export const ROLES = ["staff", "unit_head", "council", "secretary", "leader", "case_handler", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** A person's roles as they are named to others, the main duty first ("Lãnh đạo Sở, …, Cán bộ, công chức"). */
const DUTY_ORDER: readonly Role[] = ["leader", "secretary", "unit_head", "council", "case_handler", "admin", "staff"];
export function byDuty(roles: readonly Role[]): Role[] {
  return [...roles].sort((a, b) => DUTY_ORDER.indexOf(a) - DUTY_ORDER.indexOf(b));
}

export const PERSON_STATUSES = ["active", "pending", "inactive"] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/**
 * Named sets of roles, used both by a command's `access` and by the service's own check, so the two cannot drift
 * apart. A set names what its holders do; two sets with the same members today may differ tomorrow.
 */
/** Launch campaigns, announce, schedule and report on announcements, register group chats. */
export const ANNOUNCERS = ["leader", "secretary", "admin"] as const satisfies readonly Role[];
/** See everyone's pledges: who is missing, exports. */
export const PLEDGE_OVERSEERS = ["secretary", "leader", "admin"] as const satisfies readonly Role[];
/** Make an emulation pledge of their own. */
export const PLEDGERS = ["staff", "unit_head"] as const satisfies readonly Role[];
/** Confirm or return pledges (a unit head for the unit; secretary and leaders for units' collective pledges). */
export const PLEDGE_REVIEWERS = ["unit_head", "secretary", "leader"] as const satisfies readonly Role[];
/** See the campaigns list. */
export const CAMPAIGN_READERS = ["staff", "unit_head", "leader", "secretary", "admin"] as const satisfies readonly Role[];
/** Propose awards and attach evidence. */
export const PROPOSERS = ["unit_head", "secretary"] as const satisfies readonly Role[];
/** List nominations (a unit head sees their unit's). */
export const NOMINATION_READERS = ["unit_head", "secretary", "leader", "council", "admin"] as const satisfies readonly Role[];
/** Report a good deed. */
export const GOOD_DEED_REPORTERS = ["staff", "unit_head", "secretary", "leader", "council"] as const satisfies readonly Role[];
/** See review sessions. */
export const SESSION_READERS = ["secretary", "leader", "council"] as const satisfies readonly Role[];
/** See the list of cases and what is overdue (never who sent them). */
export const CASE_OVERSEERS = ["case_handler", "secretary", "leader"] as const satisfies readonly Role[];
/** Approve people who registered themselves (a unit head for their unit). */
export const APPROVERS = ["admin", "unit_head"] as const satisfies readonly Role[];
/** Set the evaluation window of a campaign and follow the year's close unit by unit. */
export const YEAR_END_ORGANISERS = ["secretary", "leader"] as const satisfies readonly Role[];
