// Files waiting for a person on a platform that cannot carry them (Zalo): each is fetched once through a link that
// holds a random token (src/core/file-links). Kept in the database rather than a folder of files, so the token's row
// and the file it opens are written and deleted together in one transaction, under the database's lock, with
// secure_delete overwriting what is deleted, and no second place to sweep or to protect.
import { blob, index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { LOCALES } from "../../kernel/locale";
import { people } from "./directory";

export const FILE_LINK_KINDS = ["download", "photo"] as const;
export const FILE_LINK_STATES = ["waiting", "used", "expired"] as const;

export const fileLinks = sqliteTable(
  "file_links",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** SHA-256 of the link's token, in hex: the token itself is only in the message sent to the person. */
    tokenHash: text("token_hash").notNull().unique(),
    /** Whom it was sent to; cleared once the link is used or expired, with the file. */
    personId: integer("person_id").references(() => people.id, { onDelete: "cascade" }),
    /** "download": a page with a button gives the file (a link preview cannot use it up); "photo": the image itself. */
    kind: text("kind", { enum: FILE_LINK_KINDS }).notNull(),
    state: text("state", { enum: FILE_LINK_STATES }).notNull(),
    /** The language of the page the link opens. */
    locale: text("locale", { enum: LOCALES }).notNull(),
    fileName: text("file_name"),
    mimeType: text("mime_type"),
    /** The file; null once used or expired. */
    data: blob("data", { mode: "buffer" }),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    // the sweep: links past their time
    index("file_links_expiry_idx").on(t.expiresAt),
    // a person's waiting links, to keep their number bounded
    index("file_links_person_idx").on(t.personId, t.state),
  ],
);
