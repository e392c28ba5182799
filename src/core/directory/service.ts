// The staff directory: who people are, their units and roles, self-registration and role grants.

import type { Locale } from "../../kernel/locale";
import type { Platform, PlatformIdentity } from "../../kernel/platform";
import type { Clock } from "../../kernel/ports";
import { text } from "../../kernel/reply";
import { foldText, normalizeName, normalizeText } from "../../kernel/text";
import { DomainError } from "../errors";
import type { AuditLog, UnitOfWork } from "../ports";
import { APPROVERS, isRole, type Role } from "../roles";
import { mayReadProfile, type PersonProfile } from "./profile";
import type { Account, DirectoryRepo, Person, Unit } from "./types";

export interface DirectoryDeps {
  repo: DirectoryRepo;
  audit: AuditLog;
  clock: Clock;
  uow: UnitOfWork;
}

export type DirectoryService = ReturnType<typeof createDirectoryService>;

export function hasRole(person: Person | null, ...roles: Role[]): boolean {
  return person !== null && person.status === "active" && roles.some((r) => person.roles.includes(r));
}

/** The person, when active and holding one of `roles`; otherwise a refusal that names who may. */
export function requireRole(person: Person | null, ...roles: Role[]): Person {
  if (person?.status !== "active" || !hasRole(person, ...roles))
    throw new DomainError("not-allowed-except", { roles: roles.map((role) => text(`role-${role}`)) });
  return person;
}

export function createDirectoryService({ repo, audit, clock, uow }: DirectoryDeps) {
  function getPerson(id: number): Person {
    const person = repo.person(id);
    if (!person) throw new DomainError("person-not-found", { query: String(id) });
    return person;
  }

  /**
   * People each of whose query words begins a word of their name ("Ng Lan" finds Nguyễn Thị Lan; "Anh" does not find
   * Hạnh). When some match every word whole, only they are kept: "Anh" means Bùi Đức Anh, not Anh Thư's neighbour.
   */
  function searchPeople(query: string, filter: { unitId?: number } = {}): Person[] {
    const words = foldText(query).split(" ").filter(Boolean);
    if (words.length === 0) return [];
    const candidates = repo.people({ ...filter, nameWords: words }).filter((p) => p.status !== "inactive");
    const nameWords = (p: Person) => foldText(p.fullName).split(" ");
    const starts = candidates.filter((p) => words.every((w) => nameWords(p).some((n) => n.startsWith(w))));
    const whole = starts.filter((p) => words.every((w) => nameWords(p).includes(w)));
    return whole.length > 0 ? whole : starts;
  }

  /** The one person a query names, or a DomainError saying none or several match. */
  function findOnePerson(query: string, filter: { unitId?: number } = {}): Person {
    const idMatch = /^#?(\d+)$/.exec(query.trim());
    if (idMatch) return getPerson(Number(idMatch[1]));
    const matches = searchPeople(query, filter);
    const exact = matches.filter((p) => foldText(p.fullName) === foldText(query));
    if (exact.length === 1 && exact[0]) return exact[0];
    if (matches.length === 1 && matches[0]) return matches[0];
    if (matches.length === 0) throw new DomainError("person-not-found", { query: normalizeText(query) });
    throw new DomainError("person-ambiguous", {
      query: normalizeText(query),
      names: matches.slice(0, 8).map((p) => `${p.fullName} (${p.unitName}, #${p.id})`),
    });
  }

  function findUnit(query: string): Unit {
    const idMatch = /^#?(\d+)$/.exec(query.trim());
    const units = repo.units();
    if (idMatch) {
      const unit = units.find((u) => u.id === Number(idMatch[1]));
      if (unit) return unit;
    }
    const folded = foldText(query);
    const exact = units.find((u) => foldText(u.name) === folded);
    if (exact) return exact;
    const partial = units.filter((u) => foldText(u.name).includes(folded));
    if (partial.length === 1 && partial[0]) return partial[0];
    throw new DomainError("unit-not-found", { query: normalizeText(query) });
  }

  return {
    getPerson,
    searchPeople,
    findOnePerson,
    findUnit,
    units: () => repo.units(),
    unit: (id: number) => repo.unit(id),
    resolveAccount: (id: PlatformIdentity) => repo.personByAccount(id.platform, id.externalId),
    accountsOf: (personId: number) => repo.accounts(personId),
    activeMembers: (unitId: number) => repo.people({ unitId, status: "active" }),
    /** Every active person grouped by unit, in one query: for reports and audiences over the whole roster. */
    activeByUnit(): Map<number, Person[]> {
      const byUnit = new Map<number, Person[]>();
      for (const person of repo.people({ status: "active" })) {
        const list = byUnit.get(person.unitId);
        if (list) list.push(person);
        else byUnit.set(person.unitId, [person]);
      }
      return byUnit;
    },
    /** Everyone in the directory, whatever their status, in one query. */
    everyone: () => repo.people(),
    /** Everyone's full name by id, whatever their status: without roles or units, for exports of thousands of rows. */
    fullNames: () => new Map(repo.fullNames().map((p) => [p.id, p.fullName])),
    /** Every person's accounts, in one query. */
    accountsByPerson(): Map<number, Account[]> {
      const byPerson = new Map<number, Account[]>();
      for (const account of repo.allAccounts()) {
        const list = byPerson.get(account.personId);
        if (list) list.push(account);
        else byPerson.set(account.personId, [account]);
      }
      return byPerson;
    },
    withRole: (role: Role) => repo.people({ role, status: "active" }),
    /** The active heads of a unit, who confirm its members' pledges and approve registrations. */
    unitHeads: (unitId: number) => repo.people({ unitId, role: "unit_head", status: "active" }),

    /** A person's profile as the person, HR (admin) or the secretary may read it; null when the roster gave none. */
    profileOf(actor: Person | null, personId: number): PersonProfile | null {
      if (!mayReadProfile(actor, personId)) throw new DomainError("not-allowed");
      return repo.profile(getPerson(personId).id);
    },
    /** The profiles documents print (the document checks who asks): every stored one, in one query. */
    profilesForDocuments: () => repo.allProfiles(),

    setLocale(personId: number, locale: Locale): void {
      repo.updatePerson(personId, { locale }, clock.now());
    },

    /** Binds an account on a platform to a person (console /as, account linking). */
    linkAccount(personId: number, identity: PlatformIdentity): void {
      repo.upsertAccount(personId, identity.platform, identity.externalId);
    },

    isBlocked: (identity: PlatformIdentity) => Boolean(repo.account(identity.platform, identity.externalId)?.blockedAt),

    markBlocked(identity: PlatformIdentity, blocked: boolean): void {
      repo.markBlocked(identity.platform, identity.externalId, blocked ? clock.now() : null);
    },

    /**
     * A known person wrote to the bot: this platform is the one they use now, and writing undoes a block. Written
     * only when that changes something, so an ordinary message costs no write.
     */
    noteInbound(identity: PlatformIdentity, person: Person): void {
      const here = repo.account(identity.platform, identity.externalId);
      if (!here || here.personId !== person.id) return;
      if (here.blockedAt || person.lastPlatform !== identity.platform) repo.touchAccount(person.id, identity.platform, identity.externalId);
    },

    /** They typed this command (never one of a complaint's): counted, so a greeting can offer what they use most. */
    noteCommand(person: Person, command: string): void {
      repo.countCommand(person.id, command);
    },

    /** The commands this person typed most, most used first (ties by name). */
    mostUsedCommands(personId: number, count: number): string[] {
      return repo
        .commandCounts(personId)
        .sort((a, b) => b.uses - a.uses || a.command.localeCompare(b.command))
        .slice(0, count)
        .map((c) => c.command);
    },

    /** Announcements reach the person on this platform first (null: the one they last wrote from). */
    setPreferredPlatform(personId: number, platform: Platform | null): void {
      repo.setPreferredPlatform(personId, platform, clock.now());
    },

    /** Someone not in the roster asks to join: a pending person, usable once approved. */
    register(identity: PlatformIdentity, input: { fullName: string; unitId: number; locale: Locale }): Person {
      if (repo.personByAccount(identity.platform, identity.externalId)) throw new DomainError("already-registered");
      const unit = repo.unit(input.unitId);
      if (!unit) throw new DomainError("unit-not-found", { query: String(input.unitId) });
      const id = uow.transaction(() => {
        const now = clock.now();
        const personId = repo.insertPerson(
          { fullName: normalizeName(input.fullName), unitId: unit.id, email: null, locale: input.locale, status: "pending" },
          now,
        );
        repo.addRole(personId, "staff");
        repo.upsertAccount(personId, identity.platform, identity.externalId);
        audit.record({ actorPersonId: personId, action: "registration.requested", entity: "person", entityId: personId });
        return personId;
      });
      return getPerson(id);
    },

    /** Pending registrations the actor may decide on: all for an admin, their own unit's for a unit head. */
    pendingRegistrations(actor: Person | null): Person[] {
      const approver = requireRole(actor, ...APPROVERS);
      const pending = repo.people({ status: "pending" });
      return hasRole(approver, "admin") ? pending : pending.filter((p) => p.unitId === approver.unitId);
    },

    decideRegistration(actor: Person | null, personId: number, approve: boolean): Person {
      const approver = requireRole(actor, ...APPROVERS);
      const person = getPerson(personId);
      if (person.status !== "pending") throw new DomainError("not-found");
      if (!hasRole(approver, "admin") && person.unitId !== approver.unitId) throw new DomainError("not-allowed");
      uow.transaction(() => {
        if (approve) repo.updatePerson(personId, { status: "active" }, clock.now());
        else repo.deletePerson(personId);
        audit.record({
          actorPersonId: approver.id,
          action: approve ? "registration.approved" : "registration.rejected",
          entity: "person",
          entityId: personId,
        });
      });
      return person;
    },

    grant(actor: Person | null, personId: number, role: string): boolean {
      return changeRole(actor, personId, role, true);
    },

    revoke(actor: Person | null, personId: number, role: string): boolean {
      return changeRole(actor, personId, role, false);
    },
  };

  function changeRole(actor: Person | null, personId: number, role: string, grant: boolean): boolean {
    // null actor: the operator's CLI, which runs with the database file's permissions
    const admin = actor === null ? null : requireRole(actor, "admin");
    if (!isRole(role)) throw new DomainError("role-unknown", { role });
    getPerson(personId);
    return uow.transaction(() => {
      const changed = grant ? repo.addRole(personId, role) : repo.removeRole(personId, role);
      if (changed) {
        audit.record({
          actorPersonId: admin?.id ?? null,
          actorLabel: admin ? undefined : "cli",
          action: grant ? "role.granted" : "role.revoked",
          entity: "person",
          entityId: personId,
          details: { role },
        });
      }
      return changed;
    });
  }
}
