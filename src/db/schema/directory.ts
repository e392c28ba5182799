// Units, people, their roles and their accounts on each messenger.
import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { PERSON_STATUSES, ROLES } from "../../core/roles";
import { LOCALES } from "../../kernel/locale";
import { PLATFORMS } from "../../kernel/platform";

export const units = sqliteTable("units", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  name: text("name").notNull().unique(),
  /** Lowercase, without diacritics: lets "phong cai cach" find "Phòng Cải cách hành chính". */
  nameFolded: text("name_folded").notNull(),
  parentId: integer("parent_id"),
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
});

export const people = sqliteTable(
  "people",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    fullName: text("full_name").notNull(),
    fullNameFolded: text("full_name_folded").notNull(),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    email: text("email"),
    locale: text("locale", { enum: LOCALES }),
    /** The platform the person asked announcements to reach them on; null: the one they last wrote from. */
    preferredPlatform: text("preferred_platform", { enum: PLATFORMS }),
    /**
     * The platform the person last wrote to the bot from, where announcements reach them unless they chose one. A
     * platform and no time: a time here would tell a reader of the file when someone wrote (an anonymous case).
     */
    lastPlatform: text("last_platform", { enum: PLATFORMS }),
    status: text("status", { enum: PERSON_STATUSES }).notNull(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    // the roster import matches people by e-mail first
    uniqueIndex("people_email_unique").on(t.email).where(sql`${t.email} is not null`),
    // listing a unit's members (missing pledges, confirmations)
    index("people_unit_idx").on(t.unitId, t.status),
  ],
);

export const personRoles = sqliteTable(
  "person_roles",
  {
    personId: integer("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    role: text("role", { enum: ROLES }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.role] }),
    // "who are the council members / case handlers"
    index("person_roles_role_idx").on(t.role),
  ],
);

export const platformAccounts = sqliteTable(
  "platform_accounts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    platform: text("platform", { enum: PLATFORMS }).notNull(),
    externalId: text("external_id").notNull(),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    /** Set when the platform says the person blocked the bot; sends stop until they write again. */
    blockedAt: integer("blocked_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    // identifying the sender of every inbound message
    uniqueIndex("platform_accounts_external_unique").on(t.platform, t.externalId),
    // one account per platform per person; also "where do I reach this person"
    uniqueIndex("platform_accounts_person_unique").on(t.personId, t.platform),
  ],
);

/**
 * How many times each person typed each command: a greeting offers the ones they use most. Counts only, no time
 * (when someone wrote must not be readable from the file), and never a complaint's commands (see `unrecorded`).
 */
export const commandUses = sqliteTable(
  "command_uses",
  {
    personId: integer("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    command: text("command").notNull(),
    uses: integer("uses").notNull(),
  },
  // a person's counts, read by the greeting
  (t) => [primaryKey({ columns: [t.personId, t.command] })],
);
