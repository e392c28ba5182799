// Petitions (đơn thư). Nothing here may identify the sender of an anonymous case: no platform or chat id, no
// name, no time of day (only the local day), no value derived from the sender that is stable over time.
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { CASE_KINDS, CASE_MESSAGE_KINDS, CASE_STATUSES, type CaseLetter, COMPLEXITIES } from "../../core/cases/types";
import { people } from "./directory";

export const cases = sqliteTable(
  "cases",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Shown to people: YYYY-NNNN. */
    number: text("number").notNull().unique(),
    kind: text("kind", { enum: CASE_KINDS }).notNull(),
    anonymous: integer("anonymous", { mode: "boolean" }).notNull(),
    /** Set only for named cases. */
    senderPersonId: integer("sender_person_id").references(() => people.id),
    content: text("content").notNull(),
    status: text("status", { enum: CASE_STATUSES }).notNull(),
    /** The first group of the receipt code, to find the case; the rest is only in the slow hash. */
    receiptBucket: text("receipt_bucket").notNull(),
    /** scrypt(code, salt) as salt:hash, hex. */
    receiptHash: text("receipt_hash").notNull(),
    receivedOn: text("received_on").notNull(),
    /** Null while no statutory period runs: no signed letter yet, anonymous information. */
    acceptBy: text("accept_by"),
    resolveBy: text("resolve_by"),
    instance: integer("instance").notNull().default(1),
    remote: integer("remote", { mode: "boolean" }).notNull().default(false),
    complexity: text("complexity", { enum: COMPLEXITIES }).notNull().default("normal"),
    extensions: integer("extensions").notNull().default(0),
    /** A denunciation's initial handling was extended to the longer period (checks at several places). */
    initialLonger: integer("initial_longer", { mode: "boolean" }).notNull().default(false),
    /** Named cases only: the letter's contents as JSON, so a document can be built from them later. */
    letter: text("letter", { mode: "json" }).$type<CaseLetter>(),
    letterReceivedOn: text("letter_received_on"),
    acceptedOn: text("accepted_on"),
    suspendedOn: text("suspended_on"),
    pausedDays: integer("paused_days").notNull().default(0),
    dialogueOn: text("dialogue_on"),
    forwardedTo: text("forwarded_to"),
    result: text("result"),
    closedOn: text("closed_on"),
    announced: integer("announced", { mode: "boolean" }).notNull().default(false),
    /** AES-256-GCM sealed reply address, for senders who asked to be told of changes; erased at close. */
    sealedContact: text("sealed_contact"),
  },
  (t) => [index("cases_bucket_idx").on(t.receiptBucket), index("cases_status_idx").on(t.status)],
);

export const caseMessages = sqliteTable(
  "case_messages",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    caseId: integer("case_id")
      .notNull()
      .references(() => cases.id),
    author: text("author", { enum: ["sender", "handler"] }).notNull(),
    handlerPersonId: integer("handler_person_id").references(() => people.id),
    kind: text("kind", { enum: CASE_MESSAGE_KINDS }).notNull(),
    body: text("body").notNull(),
    day: text("day").notNull(),
  },
  (t) => [index("case_messages_case_idx").on(t.caseId)],
);

export const caseFiles = sqliteTable(
  "case_files",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    caseId: integer("case_id")
      .notNull()
      .references(() => cases.id),
    platform: text("platform").notNull(),
    fileId: text("file_id").notNull(),
    fileName: text("file_name"),
    mimeType: text("mime_type"),
    size: integer("size"),
  },
  (t) => [index("case_files_case_idx").on(t.caseId)],
);
