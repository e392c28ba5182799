// One-time codes that pair a person's accounts on two platforms, and platform requests already handled.
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { PLATFORMS } from "../../kernel/platform";

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
 * Platform deliveries already acted on (Slack events and interactions, Telegram update_ids), so retries and
 * replays act once. The key is a keyed hash of the platform's id, and rows carry a generation number instead of a
 * time: nothing here dates a request or orders one against another. Old generations are pruned.
 */
export const seenRequests = sqliteTable(
  "seen_requests",
  {
    key: text("key").primaryKey(),
    generation: integer("generation").notNull().default(0),
  },
  // pruning drops old generations; the current one is the highest
  (t) => [index("seen_requests_generation_idx").on(t.generation)],
);
