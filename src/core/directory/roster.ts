// The staff roster import: validates every row of a CSV/XLSX roster first, then applies all of it or none.
// Idempotent: a person is matched by Telegram id, Slack id, Zalo id, e-mail, then name within unit, and only
// differences are written, so importing the same file twice changes nothing.
// Over 300 lines: the row checks and the all-or-nothing apply share the row and entry types and are always used
// together (the CLI, the chat import, the record's and ratings' name lookups), so they stay one module.
import { z } from "zod";
import { LOCALES, type Locale } from "../../kernel/locale";
import type { Clock } from "../../kernel/ports";
import { foldText, normalizeName, normalizeText, visibleLength } from "../../kernel/text";
import type { AuditLog, UnitOfWork } from "../ports";
import { ROLES, type Role } from "../roles";
import { mergeProfile, type PersonProfile, sameProfile } from "./profile";
import { PROFILE_COLUMNS, profileCells, rosterCells, rosterColumn } from "./roster-columns";
import type { DirectoryRepo, Person } from "./types";

export const ROSTER_COLUMNS = [
  "full_name",
  "unit",
  "roles",
  "telegram_user_id",
  "slack_user_id",
  "zalo_user_id",
  "email",
  "language",
  ...PROFILE_COLUMNS,
] as const;
const REQUIRED_COLUMNS = ["full_name", "unit"] as const;

/** One data row as read from the file, with its line (CSV) or row (XLSX) number for messages. */
export interface RosterRow {
  line: number;
  cells: Record<string, string>;
}

export interface RosterEntry {
  line: number;
  fullName: string;
  unit: string;
  roles: Role[];
  telegramUserId: string | null;
  slackUserId: string | null;
  /** Zalo ids are per bot: the id this bot saw, e.g. from its first message. */
  zaloUserId: string | null;
  email: string | null;
  locale: Locale | null;
  /** The optional profile columns the row filled (sơ lược lý lịch); absent ones are left as they are. */
  profile: Partial<PersonProfile>;
}

/** A problem with one row: a message key of locales/<lang>/cli.ftl and its arguments. */
export interface RosterProblem {
  line: number;
  key: string;
  args?: Record<string, string | number>;
}

export interface RosterImportResult {
  created: number;
  updated: number;
  unchanged: number;
  unitsCreated: number;
}

// Accept the role codes and their unaccented Vietnamese names, since rosters are typed by people.
const ROLE_ALIASES: Record<string, Role> = {
  "can bo": "staff",
  "truong don vi": "unit_head",
  "hoi dong": "council",
  "thanh vien hoi dong": "council",
  "thu ky": "secretary",
  "lanh dao": "leader",
  "xu ly don thu": "case_handler",
  "quan tri": "admin",
};

const emailSchema = z.email();

function parseRole(raw: string): Role | null {
  const folded = foldText(raw).replace(/[_-]/g, " ");
  const code = folded.replace(/ /g, "_");
  if ((ROLES as readonly string[]).includes(code)) return code as Role;
  return ROLE_ALIASES[folded] ?? null;
}

/** Checks the header row: the required columns must be there and unknown ones are reported. */
export function checkRosterHeader(headers: string[]): RosterProblem[] {
  // Vietnamese headers ("Họ và tên", "Đơn vị", "Ngày sinh"…) name the same columns
  const names = headers.map((h) => rosterColumn(h) ?? h.trim().toLowerCase());
  const problems: RosterProblem[] = [];
  for (const column of REQUIRED_COLUMNS) {
    if (!names.includes(column)) problems.push({ line: 1, key: "roster-missing-column", args: { column } });
  }
  for (const name of names) {
    if (name !== "" && !(ROSTER_COLUMNS as readonly string[]).includes(name)) {
      problems.push({ line: 1, key: "roster-unknown-column", args: { column: name, columns: ROSTER_COLUMNS.join(", ") } });
    }
  }
  return problems;
}

/** Validates every row; returns the entries only when no row has a problem. */
export function validateRoster(rows: RosterRow[]): { entries: RosterEntry[]; problems: RosterProblem[] } {
  const entries: RosterEntry[] = [];
  const problems: RosterProblem[] = [];
  const seen = new Map<string, number>();
  const claim = (kind: string, value: string | null, line: number) => {
    if (!value) return;
    const key = `${kind}:${value.toLowerCase()}`;
    const first = seen.get(key);
    if (first !== undefined) problems.push({ line, key: "roster-duplicate", args: { column: kind, value, first } });
    else seen.set(key, line);
  };

  // a cell never has more graphemes than UTF-16 units, so only long cells need counting (50,000 rows add up)
  const columnOf = new Map<string, string>();
  for (const { line, cells: raw } of rows) {
    const cells = rosterCells(raw, columnOf);
    const cell = (name: string) => normalizeText(cells[name] ?? "").trim();
    if (ROSTER_COLUMNS.every((c) => cell(c) === "")) continue; // blank lines in spreadsheets are common
    const before = problems.length;
    const fullName = normalizeName(cell("full_name"));
    const unit = normalizeName(cell("unit"));
    if (fullName === "") problems.push({ line, key: "roster-empty", args: { column: "full_name" } });
    else if (fullName.length > 100 && visibleLength(fullName) > 100)
      problems.push({ line, key: "roster-too-long", args: { column: "full_name", max: 100 } });
    if (unit === "") problems.push({ line, key: "roster-empty", args: { column: "unit" } });
    else if (unit.length > 200 && visibleLength(unit) > 200) problems.push({ line, key: "roster-too-long", args: { column: "unit", max: 200 } });

    const roles = new Set<Role>(["staff"]);
    for (const raw of cell("roles")
      .split(";")
      .map((r) => r.trim())
      .filter(Boolean)) {
      const role = parseRole(raw);
      if (role) roles.add(role);
      else problems.push({ line, key: "roster-bad-role", args: { value: raw, roles: ROLES.join("; ") } });
    }

    const telegram = cell("telegram_user_id") || null;
    if (telegram && !/^\d{1,20}$/.test(telegram)) problems.push({ line, key: "roster-bad-telegram", args: { value: telegram } });
    const slack = cell("slack_user_id") || null;
    if (slack && !/^[UW][A-Z0-9]{2,20}$/.test(slack)) problems.push({ line, key: "roster-bad-slack", args: { value: slack } });
    const zalo = cell("zalo_user_id") || null;
    if (zalo && !/^[A-Za-z0-9]{6,64}$/.test(zalo)) problems.push({ line, key: "roster-bad-zalo", args: { value: zalo } });
    const email = cell("email").toLowerCase() || null;
    if (email && !emailSchema.safeParse(email).success) problems.push({ line, key: "roster-bad-email", args: { value: email } });
    const language = cell("language").toLowerCase() || null;
    if (language && !(LOCALES as readonly string[]).includes(language)) {
      problems.push({ line, key: "roster-bad-language", args: { value: language, languages: LOCALES.join(", ") } });
    }
    const profile = profileCells(cell, (key, args) => problems.push({ line, key, args }));
    claim("telegram_user_id", telegram, line);
    claim("slack_user_id", slack, line);
    claim("zalo_user_id", zalo, line);
    claim("email", email, line);

    if (problems.length === before) {
      entries.push({
        line,
        fullName,
        unit,
        roles: [...roles],
        telegramUserId: telegram,
        slackUserId: slack,
        zaloUserId: zalo,
        email,
        locale: language as Locale | null,
        profile,
      });
    }
  }
  return problems.length > 0 ? { entries: [], problems } : { entries, problems };
}

export class RosterConflict extends Error {
  override name = "RosterConflict";
  constructor(readonly problems: RosterProblem[]) {
    super("roster conflicts with the directory");
  }
}

/** Applies validated entries in one transaction; a conflict with existing accounts rolls everything back. */
export function applyRoster(
  entries: RosterEntry[],
  deps: {
    repo: DirectoryRepo;
    audit: AuditLog;
    clock: Clock;
    uow: UnitOfWork /** Who sent the file in chat; the CLI otherwise. */;
    actorPersonId?: number;
  },
): RosterImportResult {
  const { repo, audit, clock, uow } = deps;
  const actor = deps.actorPersonId === undefined ? { actorLabel: "cli" } : { actorPersonId: deps.actorPersonId };
  return uow.transaction(() => {
    const now = clock.now();
    const result: RosterImportResult = { created: 0, updated: 0, unchanged: 0, unitsCreated: 0 };
    const problems: RosterProblem[] = [];
    // The directory is read once into maps, so each row costs a few lookups and only its changes are written:
    // the cost grows with the file, not with the file times the directory.
    const index = rosterIndex(repo);
    for (const entry of entries) {
      let unit = index.units.get(foldText(entry.unit));
      if (!unit) {
        const id = repo.insertUnit(entry.unit, now);
        unit = { id, name: entry.unit, parentId: null };
        index.units.set(foldText(entry.unit), unit);
        result.unitsCreated++;
      }
      const byTelegram = entry.telegramUserId ? index.byAccount("telegram", entry.telegramUserId) : null;
      const bySlack = entry.slackUserId ? index.byAccount("slack", entry.slackUserId) : null;
      const byZalo = entry.zaloUserId ? index.byAccount("zalo", entry.zaloUserId) : null;
      const byEmail = entry.email ? (index.byEmail.get(entry.email) ?? null) : null;
      const candidates = [byTelegram, bySlack, byZalo, byEmail].filter((p): p is Person => p !== null);
      if (new Set(candidates.map((p) => p.id)).size > 1) {
        problems.push({ line: entry.line, key: "roster-conflict", args: { names: [...new Set(candidates.map((p) => p.fullName))].join(", ") } });
        continue;
      }
      const existing = candidates[0] ?? index.byNameInUnit.get(nameKey(entry.fullName, unit.id)) ?? null;
      const wanted = { fullName: entry.fullName, unitId: unit.id, email: entry.email, locale: entry.locale, status: "active" as const };
      let personId: number;
      let changed = false;
      if (!existing) {
        personId = repo.insertPerson(wanted, now);
        index.add({ id: personId, ...wanted, unitName: unit.name, roles: [] });
        result.created++;
        audit.record({ ...actor, action: "roster.person-created", entity: "person", entityId: personId });
      } else {
        personId = existing.id;
        const patch: Partial<typeof wanted> = {};
        if (existing.fullName !== wanted.fullName) patch.fullName = wanted.fullName;
        if (existing.unitId !== wanted.unitId) patch.unitId = wanted.unitId;
        if (wanted.email && existing.email !== wanted.email) patch.email = wanted.email;
        if (wanted.locale && existing.locale !== wanted.locale) patch.locale = wanted.locale;
        if (existing.status !== "active") patch.status = "active";
        if (Object.keys(patch).length > 0) {
          repo.updatePerson(personId, patch, now);
          index.update(existing, patch);
          changed = true;
        }
      }
      const profile = mergeProfile(index.profiles.get(personId) ?? null, entry.profile);
      if (!sameProfile(index.profiles.get(personId) ?? null, profile) && Object.keys(entry.profile).length > 0) {
        repo.setProfile(personId, profile, now);
        index.profiles.set(personId, profile);
        if (existing) changed = true;
      }
      const person = index.byId.get(personId);
      // roles in the file are added; removing a role is a deliberate act done with `revoke`
      for (const role of entry.roles) {
        if (person?.roles.includes(role)) continue;
        if (repo.addRole(personId, role)) changed = existing !== null || changed;
        person?.roles.push(role);
      }
      for (const [platform, externalId] of [
        ["telegram", entry.telegramUserId],
        ["slack", entry.slackUserId],
        ["zalo", entry.zaloUserId],
      ] as const) {
        if (!externalId) continue;
        if (index.accounts.get(accountKey(platform, externalId)) === personId) continue;
        repo.upsertAccount(personId, platform, externalId);
        index.link(personId, platform, externalId);
        if (existing) changed = true;
      }
      if (existing) {
        if (changed) {
          result.updated++;
          audit.record({ ...actor, action: "roster.person-updated", entity: "person", entityId: personId });
        } else result.unchanged++;
      }
    }
    if (problems.length > 0) throw new RosterConflict(problems);
    return result;
  });
}

const nameKey = (fullName: string, unitId: number) => `${unitId}:${foldText(fullName)}`;

/**
 * Units by name and people by name within their unit, matched as this import matches them (folded: "phong to chuc"
 * finds "Phòng Tổ chức"; the first person of a name in a unit wins): for the other imports that name people.
 */
export function rosterLookup(repo: Pick<DirectoryRepo, "units" | "people">) {
  const units = new Map(repo.units().map((u) => [foldText(u.name), u]));
  const byNameInUnit = new Map<string, Person>();
  const byName = new Map<string, Person[]>();
  for (const p of repo.people()) {
    if (!byNameInUnit.has(nameKey(p.fullName, p.unitId))) byNameInUnit.set(nameKey(p.fullName, p.unitId), p);
    const same = byName.get(foldText(p.fullName));
    if (same) same.push(p);
    else byName.set(foldText(p.fullName), [p]);
  }
  return {
    unit: (name: string) => units.get(foldText(name)) ?? null,
    person: (fullName: string, unitId: number) => byNameInUnit.get(nameKey(fullName, unitId)) ?? null,
    /** Everyone of this name, whatever their unit: to say where someone not found in the named unit is. */
    named: (fullName: string) => byName.get(foldText(fullName)) ?? [],
    units: () => [...units.values()],
  };
}
const accountKey = (platform: string, externalId: string) => `${platform}:${externalId}`;

/** The directory as maps, read in three queries and kept current as the import writes. */
function rosterIndex(repo: DirectoryRepo) {
  const units = new Map(repo.units().map((u) => [foldText(u.name), u]));
  const byId = new Map<number, Person>();
  const byEmail = new Map<string, Person>();
  const byNameInUnit = new Map<string, Person>();
  // a person has one account per platform: `owned` finds the one a new link replaces
  const accounts = new Map<string, number>();
  const owned = new Map<string, string>();
  const add = (p: Person) => {
    byId.set(p.id, p);
    if (p.email) byEmail.set(p.email, p);
    // the first person of a name in a unit wins, as the old one-row lookup did
    if (!byNameInUnit.has(nameKey(p.fullName, p.unitId))) byNameInUnit.set(nameKey(p.fullName, p.unitId), p);
  };
  for (const p of repo.people()) add(p);
  const link = (personId: number, platform: string, externalId: string) => {
    const previous = owned.get(`${personId}:${platform}`);
    if (previous !== undefined) accounts.delete(accountKey(platform, previous));
    const formerOwner = accounts.get(accountKey(platform, externalId));
    if (formerOwner !== undefined) owned.delete(`${formerOwner}:${platform}`);
    accounts.set(accountKey(platform, externalId), personId);
    owned.set(`${personId}:${platform}`, externalId);
  };
  for (const a of repo.allAccounts()) link(a.personId, a.platform, a.externalId);
  return {
    units,
    profiles: repo.allProfiles(),
    byId,
    byEmail,
    byNameInUnit,
    accounts,
    add,
    link,
    byAccount(platform: string, externalId: string): Person | null {
      const id = accounts.get(accountKey(platform, externalId));
      return id === undefined ? null : (byId.get(id) ?? null);
    },
    update(person: Person, patch: Partial<Person>) {
      if (person.email && byEmail.get(person.email) === person) byEmail.delete(person.email);
      if (byNameInUnit.get(nameKey(person.fullName, person.unitId)) === person) byNameInUnit.delete(nameKey(person.fullName, person.unitId));
      Object.assign(person, patch);
      add(person);
    },
  };
}
