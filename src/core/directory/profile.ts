// A person's profile: the optional roster columns the achievement report's sơ lược lý lịch asks for (ngày sinh, quê
// quán, chức vụ, trình độ chuyên môn, lý luận chính trị). Personal data (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15):
// shown only in the documents that need it and to the person, HR (admin) and the council's secretary.

export const PROFILE_FIELDS = ["birthDate", "hometown", "position", "qualification", "politicalTheory"] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

/** Each field null when the roster did not give it; birthDate is a calendar date, YYYY-MM-DD. */
export type PersonProfile = Record<ProfileField, string | null>;

export const EMPTY_PROFILE: PersonProfile = { birthDate: null, hometown: null, position: null, qualification: null, politicalTheory: null };

/** Where profiles are kept (the directory's repository implements it). */
export interface ProfileStore {
  profile(personId: number): PersonProfile | null;
  /** Every stored profile, in one query: for the roster import and for documents over many people. */
  allProfiles(): Map<number, PersonProfile>;
  setProfile(personId: number, profile: PersonProfile, at: Date): void;
}

/** The person themself, HR (admin) and the secretary may read a profile; anyone else may not. */
export function mayReadProfile(actor: { id: number; status: string; roles: readonly string[] } | null, personId: number): boolean {
  if (actor?.status !== "active") return false;
  return actor.id === personId || actor.roles.includes("admin") || actor.roles.includes("secretary");
}

/** The profile with the fields a roster row gave laid over it; an empty cell never erases what is known. */
export function mergeProfile(current: PersonProfile | null, given: Partial<PersonProfile>): PersonProfile {
  const merged = { ...(current ?? EMPTY_PROFILE) };
  for (const field of PROFILE_FIELDS) {
    const value = given[field];
    if (value) merged[field] = value;
  }
  return merged;
}

export const sameProfile = (a: PersonProfile | null, b: PersonProfile): boolean => PROFILE_FIELDS.every((f) => (a?.[f] ?? null) === b[f]);
