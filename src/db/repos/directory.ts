// SQLite implementation of the directory repository.
import { and, eq, sql } from "drizzle-orm";
import { byVietnameseName } from "../../core/directory/names";
import type { Account, DirectoryRepo, NewPerson, Person } from "../../core/directory/types";
import type { Role } from "../../core/roles";
import type { Platform } from "../../kernel/platform";
import { foldText } from "../../kernel/text";
import type { Db } from "../client";
import { commandUses, people, personRoles, platformAccounts, units } from "../schema";
import { createProfileStore } from "./profiles";
import { createRosterReads } from "./roster-reads";

/** A person's columns, and their roles joined by commas, in the order PERSON_COLUMNS selects them. */
type PersonColumns = [
  number,
  string,
  number,
  string,
  string | null,
  Person["locale"],
  Person["status"],
  Platform | null,
  Platform | null,
  string | null,
];
const PERSON_COLUMNS =
  "select people.id, people.full_name, people.unit_id, units.name, people.email, people.locale, people.status, people.preferred_platform, people.last_platform, (select group_concat(role) from person_roles where person_id = people.id) from people join units on units.id = people.unit_id";
/** A platform_accounts row as SQLite gives it: the block time in milliseconds. */
type AccountRow = { platform: Platform; externalId: string; personId: number; blockedAt: number | null };

export function createDirectoryRepo(db: Db): DirectoryRepo {
  const roster = createRosterReads(db);
  // a report names each of a province's 1,250 units: one prepared statement, not a query built for each
  const unitById = db
    .select({ id: units.id, name: units.name, parentId: units.parentId })
    .from(units)
    .where(eq(units.id, sql.placeholder("id")))
    .prepare();

  // Every inbound message asks who sent it, with their roles, and /whoami lists their accounts: plain statements
  // prepared once, whose rows better-sqlite3 builds itself (drizzle's row mapping and its query building were a
  // tenth of the cost of an update at a burst's rate; docs/dev/benchmarks.md).
  const sqlite = db.$client;
  const reads = {
    account: sqlite.prepare<[string, string], AccountRow>(
      "select platform, external_id as externalId, person_id as personId, blocked_at as blockedAt from platform_accounts where platform = ? and external_id = ?",
    ),
    accountsOf: sqlite.prepare<[number], AccountRow>(
      "select platform, external_id as externalId, person_id as personId, blocked_at as blockedAt from platform_accounts where person_id = ? order by platform",
    ),
    // a person with their roles in one statement (by id, by the account they wrote from, by e-mail, by name in a
    // unit); read as an array and built below as a literal: one shape for every person, which the code after reads fast
    person: sqlite.prepare<[number], PersonColumns>(`${PERSON_COLUMNS} where people.id = ?`).raw(),
    personByEmail: sqlite.prepare<[string], PersonColumns>(`${PERSON_COLUMNS} where people.email = ? order by people.id`).raw(),
    personByNameInUnit: sqlite
      .prepare<[string, number], PersonColumns>(`${PERSON_COLUMNS} where people.full_name_folded = ? and people.unit_id = ? order by people.id`)
      .raw(),
    personByAccount: sqlite
      .prepare<[string, string], PersonColumns>(
        `${PERSON_COLUMNS} join platform_accounts on platform_accounts.person_id = people.id where platform_accounts.platform = ? and platform_accounts.external_id = ?`,
      )
      .raw(),
  };
  const accountOf = ({ platform, externalId, personId, blockedAt }: AccountRow): Account => ({
    platform,
    externalId,
    personId,
    blockedAt: blockedAt === null ? null : new Date(blockedAt),
  });

  // The roster import writes these once per row: prepared once, so 50,000 rows do not parse 50,000 statements.
  const hot = {
    insertPerson: sqlite.prepare(
      "insert into people (full_name, full_name_folded, unit_id, email, locale, status, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
    ),
    addRole: sqlite.prepare("insert into person_roles (person_id, role) values (?, ?) on conflict do nothing"),
    dropAccount: sqlite.prepare("delete from platform_accounts where person_id = ? and platform = ?"),
    putAccount: sqlite.prepare(
      "insert into platform_accounts (person_id, platform, external_id) values (?, ?, ?) on conflict (platform, external_id) do update set person_id = excluded.person_id, blocked_at = null",
    ),
    // every command a person runs is counted (the greeting's most used commands): on the path of every message
    countCommand: sqlite.prepare(
      "insert into command_uses (person_id, command, uses) values (?, ?, 1) on conflict (person_id, command) do update set uses = uses + 1",
    ),
  };
  function personOf(row: PersonColumns | undefined): Person | null {
    if (!row) return null;
    const [id, fullName, unitId, unitName, email, locale, status, preferredPlatform, lastPlatform, roles] = row;
    return {
      id,
      fullName,
      unitId,
      unitName,
      email,
      locale,
      status,
      preferredPlatform,
      lastPlatform,
      roles: roles ? (roles.split(",") as Role[]) : [],
    };
  }

  return {
    ...createProfileStore(db),
    personByAccount: (platform, externalId) => personOf(reads.personByAccount.get(platform, externalId)),
    person: (id) => personOf(reads.person.get(id)),
    people(filter = {}) {
      // Vietnamese order (given name, then family name) is not a column order: sorted after reading
      return byVietnameseName(roster.people(filter), (p) => p.fullName);
    },
    fullNames: () => roster.fullNames(),
    personByEmail: (email) => personOf(reads.personByEmail.get(email.toLowerCase())),
    personByNameInUnit: (fullName, unitId) => personOf(reads.personByNameInUnit.get(foldText(fullName), unitId)),
    insertPerson(person: NewPerson, at) {
      const { fullName, unitId, email, locale, status } = person;
      const ms = at.getTime();
      return Number(hot.insertPerson.run(fullName, foldText(fullName), unitId, email?.toLowerCase() ?? null, locale, status, ms, ms).lastInsertRowid);
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
    addRole: (personId, role: Role) => hot.addRole.run(personId, role).changes > 0,
    removeRole: (personId, role: Role) =>
      db
        .delete(personRoles)
        .where(and(eq(personRoles.personId, personId), eq(personRoles.role, role)))
        .run().changes > 0,
    units: () => db.select({ id: units.id, name: units.name, parentId: units.parentId }).from(units).orderBy(units.id).all(),
    unit: (id) => unitById.get({ id }) ?? null,
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
    accounts: (personId) => reads.accountsOf.all(personId).map(accountOf),
    allAccounts: () => roster.accounts(),
    account(platform, externalId) {
      const row = reads.account.get(platform, externalId);
      return row ? accountOf(row) : null;
    },
    upsertAccount(personId, platform, externalId) {
      // a person has one account per platform: linking a new one replaces the old
      hot.dropAccount.run(personId, platform);
      hot.putAccount.run(personId, platform, externalId);
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
    countCommand: (personId, command) => void hot.countCommand.run(personId, command),
    commandCounts: (personId) =>
      db.select({ command: commandUses.command, uses: commandUses.uses }).from(commandUses).where(eq(commandUses.personId, personId)).all(),
  };
}
