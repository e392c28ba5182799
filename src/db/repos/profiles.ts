// SQLite implementation of the profile store (src/core/directory/profile.ts), part of the directory's repository.
import { eq } from "drizzle-orm";
import { type PersonProfile, PROFILE_FIELDS, type ProfileStore } from "../../core/directory/profile";
import type { Db } from "../client";
import { personProfiles } from "../schema";

const toProfile = (row: typeof personProfiles.$inferSelect): PersonProfile =>
  Object.fromEntries(PROFILE_FIELDS.map((f) => [f, row[f]])) as PersonProfile;

export function createProfileStore(db: Db): ProfileStore {
  return {
    profile(personId) {
      const row = db.select().from(personProfiles).where(eq(personProfiles.personId, personId)).get();
      return row ? toProfile(row) : null;
    },
    allProfiles: () =>
      new Map(
        db
          .select()
          .from(personProfiles)
          .all()
          .map((row) => [row.personId, toProfile(row)]),
      ),
    setProfile(personId, profile, at) {
      db.insert(personProfiles)
        .values({ personId, ...profile, updatedAt: at })
        .onConflictDoUpdate({ target: personProfiles.personId, set: { ...profile, updatedAt: at } })
        .run();
    },
  };
}
