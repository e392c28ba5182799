// The directory's reads of many people at once (a report or an announcement over a province's 50,000), through
// better-sqlite3 statements in raw mode, prepared once: drizzle's row mapping made about 4 KB of short-lived objects
// per person (a nested object per row, then the Person), which a long-running bot pays for in garbage collection
// and in a heap that grows and stays grown. Rows come as arrays and become a Person each, with only the columns a
// Person has; a unit's name is one string shared by its members, not a copy per row from a join.
import type { Account, Person } from "../../core/directory/types";
import type { Role } from "../../core/roles";
import type { Db } from "../client";

export interface PeopleFilter {
  unitId?: number;
  status?: Person["status"];
  role?: Role;
  /** Folded words that must all occur in the folded full name. */
  nameWords?: string[];
}

type PersonRow = [
  id: number,
  fullName: string,
  unitId: number,
  email: string | null,
  locale: string | null,
  status: string,
  preferred: string | null,
  last: string | null,
];

export function createRosterReads(db: Db) {
  const sqlite = db.$client;
  const unitNames = sqlite.prepare("select id, name from units").raw(true);
  const allNames = sqlite.prepare("select id, full_name from people").raw(true);
  const allRoles = sqlite.prepare("select person_id, role from person_roles").raw(true);
  // the ids as one JSON array: one statement whatever their number (SQLite allows 32,766 bound variables)
  const someRoles = sqlite.prepare("select person_id, role from person_roles where person_id in (select value from json_each(?))").raw(true);
  const allAccounts = sqlite
    .prepare(
      // the same order as one person's accounts: by platform, which breaks ties when choosing a person's account
      "select platform, external_id, person_id, blocked_at from platform_accounts order by person_id, platform",
    )
    .raw(true);
  // one statement per shape of filter (a handful), prepared on first use
  const statements = new Map<string, ReturnType<typeof sqlite.prepare>>();

  function statementFor(filter: PeopleFilter) {
    const where: string[] = [];
    if (filter.unitId !== undefined) where.push("unit_id = @unitId");
    if (filter.status) where.push("status = @status");
    if (filter.role) where.push("id in (select person_id from person_roles where role = @role)");
    // a name search narrows in SQL, so /as NAME reads the few matches, not the whole roster
    (filter.nameWords ?? []).forEach((_, i) => {
      where.push(`instr(full_name_folded, @word${i}) > 0`);
    });
    const text = `select id, full_name, unit_id, email, locale, status, preferred_platform, last_platform from people${
      where.length > 0 ? ` where ${where.join(" and ")}` : ""
    }`;
    let statement = statements.get(text);
    if (!statement) {
      statement = sqlite.prepare(text).raw(true);
      statements.set(text, statement);
    }
    return statement;
  }

  /** Each person's roles, grouped in one pass; a long list reads every role at once, which is cheaper. */
  function rolesOf(ids: number[]): Map<number, Role[]> {
    const roles = new Map<number, Role[]>();
    const rows = ids.length > 2000 ? allRoles.all() : someRoles.all(JSON.stringify(ids));
    for (const [personId, role] of rows as Array<[number, Role]>) {
      const list = roles.get(personId);
      if (list) list.push(role);
      else roles.set(personId, [role]);
    }
    return roles;
  }

  return {
    /** The people the filter selects, with their roles and units' names, in no particular order. */
    people(filter: PeopleFilter): Person[] {
      const params: Record<string, unknown> = {};
      if (filter.unitId !== undefined) params.unitId = filter.unitId;
      if (filter.status) params.status = filter.status;
      if (filter.role) params.role = filter.role;
      (filter.nameWords ?? []).forEach((word, i) => {
        params[`word${i}`] = word;
      });
      const rows = statementFor(filter).all(params) as PersonRow[];
      if (rows.length === 0) return [];
      const units = new Map(unitNames.all() as Array<[number, string]>);
      const roles = rolesOf(rows.map((r) => r[0]));
      return rows.map(([id, fullName, unitId, email, locale, status, preferred, last]) => ({
        id,
        fullName,
        unitId,
        unitName: units.get(unitId) ?? "",
        email,
        locale: locale as Person["locale"],
        status: status as Person["status"],
        preferredPlatform: preferred as Person["preferredPlatform"],
        lastPlatform: last as Person["lastPlatform"],
        roles: roles.get(id) ?? [],
      }));
    },

    /** Every person's id and full name, whatever their status (an export names 50,000 of them). */
    fullNames: () => (allNames.all() as Array<[number, string]>).map(([id, fullName]) => ({ id, fullName })),

    /** Every account of every person, ordered by person, then platform. */
    accounts(): Account[] {
      return (allAccounts.all() as Array<[Account["platform"], string, number, number | null]>).map(
        ([platform, externalId, personId, blockedAt]) => ({
          platform,
          externalId,
          personId,
          blockedAt: blockedAt === null ? null : new Date(blockedAt),
        }),
      );
    },
  };
}
