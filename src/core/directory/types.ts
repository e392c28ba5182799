// Directory vocabulary: people, units, accounts.
import type { Locale } from "../../kernel/locale";
import type { Platform } from "../../kernel/platform";
import type { PersonStatus, Role } from "../roles";
import type { ProfileStore } from "./profile";

export interface Unit {
  id: number;
  name: string;
  parentId: number | null;
}

export interface Person {
  id: number;
  fullName: string;
  unitId: number;
  unitName: string;
  email: string | null;
  locale: Locale | null;
  status: PersonStatus;
  roles: Role[];
  /** The platform the person chose for announcements (/reach); otherwise the one they last wrote from. */
  preferredPlatform?: Platform | null;
  /** The platform the person last wrote to the bot from. */
  lastPlatform?: Platform | null;
}

export interface NewPerson {
  fullName: string;
  unitId: number;
  email: string | null;
  locale: Locale | null;
  status: PersonStatus;
}

export interface Account {
  platform: Platform;
  externalId: string;
  personId: number;
  blockedAt: Date | null;
}

export interface DirectoryRepo extends ProfileStore {
  personByAccount(platform: Platform, externalId: string): Person | null;
  person(id: number): Person | null;
  /** `nameWords`: folded words that must all occur in the folded full name. */
  people(filter?: { unitId?: number; status?: Person["status"]; role?: Role; nameWords?: string[] }): Person[];
  /** Every person's id and full name, whatever their status: a light read for lists of thousands of names. */
  fullNames(): Array<{ id: number; fullName: string }>;
  personByEmail(email: string): Person | null;
  personByNameInUnit(fullName: string, unitId: number): Person | null;
  insertPerson(person: NewPerson, at: Date): number;
  updatePerson(id: number, patch: Partial<NewPerson>, at: Date): void;
  roles(personId: number): Role[];
  addRole(personId: number, role: Role): boolean;
  removeRole(personId: number, role: Role): boolean;
  units(): Unit[];
  unit(id: number): Unit | null;
  unitByName(name: string): Unit | null;
  insertUnit(name: string, at: Date, parentId?: number | null): number;
  accounts(personId: number): Account[];
  /** Every account, in one query: for the roster import and for announcement recipients. */
  allAccounts(): Account[];
  account(platform: Platform, externalId: string): Account | null;
  upsertAccount(personId: number, platform: Platform, externalId: string): void;
  markBlocked(platform: Platform, externalId: string, at: Date | null): void;
  /** The person wrote from this account: its platform is their latest, and it is not blocked. */
  touchAccount(personId: number, platform: Platform, externalId: string): void;
  setPreferredPlatform(personId: number, platform: Platform | null, at: Date): void;
  deletePerson(id: number): void;
  /** One more use of a command typed by this person. */
  countCommand(personId: number, command: string): void;
  commandCounts(personId: number): Array<{ command: string; uses: number }>;
}
