// SQLite implementation of the register of people's standings.
import { and, asc, eq, isNull } from "drizzle-orm";
import type { StandingRepo } from "../../core/standings/types";
import type { Db } from "../client";
import { personStandings } from "../schema";

export function createStandingRepo(db: Db): StandingRepo {
  return {
    get: (id) => db.select().from(personStandings).where(eq(personStandings.id, id)).get() ?? null,
    forPerson: (personId) =>
      db
        .select()
        .from(personStandings)
        .where(and(eq(personStandings.personId, personId), isNull(personStandings.clearedAt)))
        .orderBy(asc(personStandings.startsOn), asc(personStandings.id))
        .all(),
    forUnit: (unitId) =>
      db
        .select()
        .from(personStandings)
        .where(and(eq(personStandings.unitId, unitId), isNull(personStandings.clearedAt)))
        .orderBy(asc(personStandings.startsOn), asc(personStandings.id))
        .all(),
    current: () => db.select().from(personStandings).where(isNull(personStandings.clearedAt)).orderBy(asc(personStandings.id)).all(),
    insert: (standing, recordedBy, at) =>
      db
        .insert(personStandings)
        .values({ ...standing, recordedBy, recordedAt: at })
        .returning({ id: personStandings.id })
        .get().id,
    clear(id, clearedBy, at) {
      db.update(personStandings).set({ clearedBy, clearedAt: at }).where(eq(personStandings.id, id)).run();
    },
  };
}
