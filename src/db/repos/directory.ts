// SQLite implementation of the directory repository.
import { and, eq, inArray, sql } from "drizzle-orm";
import { byVietnameseName } from "../../core/directory/names";
import type { DirectoryRepo, NewPerson, Person } from "../../core/directory/types";
import type { Role } from "../../core/roles";
import { foldText } from "../../core/text";
import type { Db } from "../client";
import { people, personRoles, platformAccounts, units } from "../schema";

export function createDirectoryRepo(db: Db): DirectoryRepo {
  function withRoles(rows: Array<typeof people.$inferSelect & { unitName: string }>): Person[] {
    if (rows.length === 0) return [];
    const roleRows = db
      .select()
      .from(personRoles)
      .where(
        inArray(
          personRoles.personId,
          rows.map((r) => r.id),
        ),
      )
      .all();
    return rows.map((r) => ({
      id: r.id,
      fullName: r.fullName,
      unitId: r.unitId,
      unitName: r.unitName,
      email: r.email,
      locale: r.locale,
      status: r.status,
      preferredPlatform: r.preferredPlatform,
      lastPlatform: r.lastPlatform,
      roles: roleRows.filter((x) => x.personId === r.id).map((x) => x.role),
    }));
  }

  function selectPeople() {
    return db
      .select({
        id: people.id,
        fullName: people.fullName,
        fullNameFolded: people.fullNameFolded,
        unitId: people.unitId,
        email: people.email,
        locale: people.locale,
        status: people.status,
        preferredPlatform: people.preferredPlatform,
        lastPlatform: people.lastPlatform,
        createdAt: people.createdAt,
        updatedAt: people.updatedAt,
        unitName: units.name,
      })
      .from(people)
      .innerJoin(units, eq(units.id, people.unitId));
  }

  const one = (rows: Person[]) => rows[0] ?? null;

  // Every inbound message asks who sent it: these three are prepared once, not built and prepared on each call.
  const accountOwner = db
    .select({ personId: platformAccounts.personId })
    .from(platformAccounts)
    .where(and(eq(platformAccounts.platform, sql.placeholder("platform")), eq(platformAccounts.externalId, sql.placeholder("externalId"))))
    .prepare();
  const personById = selectPeople()
    .where(eq(people.id, sql.placeholder("id")))
    .prepare();
  const rolesOf = db
    .select({ role: personRoles.role })
    .from(personRoles)
    .where(eq(personRoles.personId, sql.placeholder("id")))
    .prepare();
  function personWithRoles(id: number): Person | null {
    const row = personById.get({ id });
    if (!row) return null;
    const { fullNameFolded: _f, createdAt: _c, updatedAt: _u, ...person } = row;
    return { ...person, roles: rolesOf.all({ id }).map((r) => r.role) };
  }

  return {
    personByAccount(platform, externalId) {
      const account = accountOwner.get({ platform, externalId });
      return account ? personWithRoles(account.personId) : null;
    },
    person: (id) => personWithRoles(id),
    people(filter = {}) {
      const conditions = [];
      if (filter.unitId !== undefined) conditions.push(eq(people.unitId, filter.unitId));
      if (filter.status) conditions.push(eq(people.status, filter.status));
      if (filter.role) {
        const ids = db.select({ id: personRoles.personId }).from(personRoles).where(eq(personRoles.role, filter.role));
        conditions.push(inArray(people.id, ids));
      }
      // Vietnamese order (given name, then family name) is not a column order: sorted after reading
      return byVietnameseName(
        withRoles(
          selectPeople()
            .where(and(...conditions))
            .all(),
        ),
        (p) => p.fullName,
      );
    },
    personByEmail: (email) => one(withRoles(selectPeople().where(eq(people.email, email.toLowerCase())).all())),
    personByNameInUnit: (fullName, unitId) =>
      one(
        withRoles(
          selectPeople()
            .where(and(eq(people.fullNameFolded, foldText(fullName)), eq(people.unitId, unitId)))
            .all(),
        ),
      ),
    insertPerson(person: NewPerson, at) {
      return db
        .insert(people)
        .values({ ...person, email: person.email?.toLowerCase() ?? null, fullNameFolded: foldText(person.fullName), createdAt: at, updatedAt: at })
        .returning({ id: people.id })
        .get().id;
    },
    updatePerson(id, patch, at) {
      const values: Partial<typeof people.$inferInsert> = { ...patch, updatedAt: at };
      if (patch.fullName) values.fullNameFolded = foldText(patch.fullName);
      if (patch.email) values.email = patch.email.toLowerCase();
      db.update(people).set(values).where(eq(people.id, id)).run();
    },
    roles: (personId) =>
      db
        .select({ role: personRoles.role })
        .from(personRoles)
        .where(eq(personRoles.personId, personId))
        .all()
        .map((r) => r.role),
    addRole: (personId, role: Role) => db.insert(personRoles).values({ personId, role }).onConflictDoNothing().run().changes > 0,
    removeRole: (personId, role: Role) =>
      db
        .delete(personRoles)
        .where(and(eq(personRoles.personId, personId), eq(personRoles.role, role)))
        .run().changes > 0,
    units: () => db.select({ id: units.id, name: units.name, parentId: units.parentId }).from(units).orderBy(units.id).all(),
    unit: (id) => db.select({ id: units.id, name: units.name, parentId: units.parentId }).from(units).where(eq(units.id, id)).get() ?? null,
    unitByName: (name) =>
      db
        .select({ id: units.id, name: units.name, parentId: units.parentId })
        .from(units)
        .where(eq(units.nameFolded, foldText(name)))
        .get() ?? null,
    insertUnit: (name, at, parentId = null) =>
      db
        .insert(units)
        .values({ name, nameFolded: foldText(name), parentId, createdAt: at })
        .returning({ id: units.id })
        .get().id,
    accounts: (personId) =>
      db
        .select({
          platform: platformAccounts.platform,
          externalId: platformAccounts.externalId,
          personId: platformAccounts.personId,
          blockedAt: platformAccounts.blockedAt,
        })
        .from(platformAccounts)
        .where(eq(platformAccounts.personId, personId))
        .all(),
    account: (platform, externalId) =>
      db
        .select({
          platform: platformAccounts.platform,
          externalId: platformAccounts.externalId,
          personId: platformAccounts.personId,
          blockedAt: platformAccounts.blockedAt,
        })
        .from(platformAccounts)
        .where(and(eq(platformAccounts.platform, platform), eq(platformAccounts.externalId, externalId)))
        .get() ?? null,
    upsertAccount(personId, platform, externalId) {
      // a person has one account per platform: linking a new one replaces the old
      db.delete(platformAccounts)
        .where(and(eq(platformAccounts.personId, personId), eq(platformAccounts.platform, platform)))
        .run();
      db.insert(platformAccounts)
        .values({ personId, platform, externalId })
        .onConflictDoUpdate({ target: [platformAccounts.platform, platformAccounts.externalId], set: { personId, blockedAt: null } })
        .run();
    },
    markBlocked(platform, externalId, at) {
      db.update(platformAccounts)
        .set({ blockedAt: at })
        .where(and(eq(platformAccounts.platform, platform), eq(platformAccounts.externalId, externalId)))
        .run();
    },
    touchAccount(personId, platform, externalId) {
      // no time is written: when someone wrote must not be readable from the file
      db.$client.transaction(() => {
        db.update(platformAccounts)
          .set({ blockedAt: null })
          .where(and(eq(platformAccounts.platform, platform), eq(platformAccounts.externalId, externalId)))
          .run();
        db.update(people).set({ lastPlatform: platform }).where(eq(people.id, personId)).run();
      })();
    },
    setPreferredPlatform: (personId, platform, at) =>
      void db.update(people).set({ preferredPlatform: platform, updatedAt: at }).where(eq(people.id, personId)).run(),
    deletePerson: (id) => void db.delete(people).where(eq(people.id, id)).run(),
  };
}
