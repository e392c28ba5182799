// Closed lists shared by the core, storage and commands.

/** Roles a person can hold (DESIGN.md §2). A person can hold several. */
export const ROLES = ["staff", "unit_head", "council", "secretary", "leader", "case_handler", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const LOCALES = ["vi", "en"] as const;
export type Locale = (typeof LOCALES)[number];

export const PLATFORMS = ["telegram", "slack", "console", "zalo"] as const;
export type Platform = (typeof PLATFORMS)[number];

export const PERSON_STATUSES = ["active", "pending", "inactive"] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}
