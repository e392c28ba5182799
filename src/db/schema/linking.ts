// One-time codes that pair a person's accounts on two platforms, and platform requests already handled.
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { PLATFORMS } from "../../core/roles";

/** A code issued on one platform and typed on another; only its hash is kept. */
export const linkCodes = sqliteTable(
  "link_codes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** sha256 of the normalised code: the code itself is never stored. */
    codeHash: text("code_hash").notNull().unique(),
    personId: integer("person_id").notNull(),
    /** The platform it was issued on, so typing it on the same platform is refused. */
    platform: text("platform", { enum: PLATFORMS }).notNull(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    usedAt: integer("used_at", { mode: "timestamp_ms" }),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  // issuing a new code retires the person's older ones
  (t) => [index("link_codes_person_idx").on(t.personId)],
);

/**
 * Ids of platform deliveries already acted on (Slack events and interactions, Telegram update_ids), so retries
 * and replays act once. Keys carry their platform's prefix. Pruned by age.
 */
export const seenRequests = sqliteTable(
  "seen_requests",
  {
    key: text("key").primaryKey(),
    seenAt: integer("seen_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("seen_requests_at_idx").on(t.seenAt)],
);
