// Nominations (đề nghị khen thưởng), their evidence, good deeds, and the council's review sessions with
// their secret ballot. The cast ballots themselves are sealed, in `sealed_ballots` (./secrets.ts).
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import {
  BALLOT_CHOICES,
  GOOD_DEED_STATUSES,
  NOMINATION_KINDS,
  NOMINATION_STATUSES,
  NOMINEE_KINDS,
  SESSION_SCOPES,
  SESSION_STATUSES,
} from "../../core/nominations/types";
import { campaigns } from "./campaigns";
import { people, units } from "./directory";

export const nominations = sqliteTable(
  "nominations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    nominee: text("nominee", { enum: NOMINEE_KINDS }).notNull(),
    personId: integer("person_id").references(() => people.id),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    awardCode: text("award_code").notNull(),
    kind: text("kind", { enum: NOMINATION_KINDS }).notNull(),
    campaignId: integer("campaign_id").references(() => campaigns.id),
    /** The year the achievement belongs to (the campaign's year, or the local year of the proposal). */
    year: integer("year").notNull(),
    achievements: text("achievements").notNull(),
    status: text("status", { enum: NOMINATION_STATUSES }).notNull(),
    proposedBy: integer("proposed_by")
      .notNull()
      .references(() => people.id),
    goodDeedId: integer("good_deed_id"),
    decisionNo: text("decision_no"),
    decisionDate: text("decision_date"),
    decisionSigner: text("decision_signer"),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    // duplicates, prerequisites and quotas all look a nominee's awards up by year
    index("nominations_award_year_idx").on(t.awardCode, t.year, t.status),
    index("nominations_unit_status_idx").on(t.unitId, t.status),
  ],
);

/** A file a proposer attached: the platform's reference and metadata only, never the bytes. */
export const nominationEvidence = sqliteTable("nomination_evidence", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  nominationId: integer("nomination_id")
    .notNull()
    .references(() => nominations.id),
  platform: text("platform").notNull(),
  fileId: text("file_id").notNull(),
  fileName: text("file_name"),
  mimeType: text("mime_type"),
  size: integer("size"),
  addedBy: integer("added_by")
    .notNull()
    .references(() => people.id),
  addedAt: integer("added_at", { mode: "timestamp_ms" }).notNull(),
});

/** Người tốt, việc tốt: a colleague's good deed, reported by anyone, handled by the secretary. */
export const goodDeeds = sqliteTable("good_deeds", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  reporterId: integer("reporter_id")
    .notNull()
    .references(() => people.id),
  personId: integer("person_id")
    .notNull()
    .references(() => people.id),
  story: text("story").notNull(),
  status: text("status", { enum: GOOD_DEED_STATUSES }).notNull(),
  nominationId: integer("nomination_id"),
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
});

export const reviewSessions = sqliteTable("review_sessions", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  title: text("title").notNull(),
  status: text("status", { enum: SESSION_STATUSES }).notNull(),
  scope: text("scope", { enum: SESSION_SCOPES }).notNull().default("council"),
  unitId: integer("unit_id").references(() => units.id),
  openedBy: integer("opened_by")
    .notNull()
    .references(() => people.id),
  openedAt: integer("opened_at", { mode: "timestamp_ms" }).notNull(),
  endsAt: integer("ends_at", { mode: "timestamp_ms" }).notNull(),
  closedAt: integer("closed_at", { mode: "timestamp_ms" }),
  memberCount: integer("member_count").notNull(),
  voterCount: integer("voter_count"),
  quorumMet: integer("quorum_met", { mode: "boolean" }),
});

/** The nominations on a session's agenda, with the tally written only at the close. */
export const sessionItems = sqliteTable(
  "session_items",
  {
    sessionId: integer("session_id")
      .notNull()
      .references(() => reviewSessions.id),
    nominationId: integer("nomination_id")
      .notNull()
      .references(() => nominations.id),
    approve: integer("approve"),
    reject: integer("reject"),
    abstain: integer("abstain"),
    passed: integer("passed", { mode: "boolean" }),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.nominationId] })],
);

/** The electorate: council members when the session opened. Says nothing about votes. */
export const sessionMembers = sqliteTable(
  "session_members",
  {
    sessionId: integer("session_id")
      .notNull()
      .references(() => reviewSessions.id),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.personId] })],
);

/**
 * THAT a member voted (and when), never how. Written in the same transaction as their sealed ballot, whose
 * content a reader of the database cannot open (see ./secrets.ts).
 */
export const sessionVoters = sqliteTable(
  "session_voters",
  {
    sessionId: integer("session_id")
      .notNull()
      .references(() => reviewSessions.id),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id),
    votedAt: integer("voted_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.personId] })],
);

/**
 * Plaintext ballot lines of sessions opened before ballots were sealed (./secrets.ts). Kept only so an upgrade
 * loses no cast ballot: at start every row is moved into the sealed box (open sessions) or deleted (closed ones,
 * whose counts are in session_items), so the table stays empty.
 */
export const legacyBallots = sqliteTable("ballots", {
  id: integer("id").primaryKey(),
  sessionId: integer("session_id")
    .notNull()
    .references(() => reviewSessions.id),
  nominationId: integer("nomination_id")
    .notNull()
    .references(() => nominations.id),
  choice: text("choice", { enum: BALLOT_CHOICES }).notNull(),
});
