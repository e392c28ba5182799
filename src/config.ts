// The only reader of process.env: validates every variable at start and reports all problems at once.
import cron from "node-cron";
import { z } from "zod";

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const KEY32 = optionalText.pipe(
  z
    .string()
    .refine((v) => Buffer.from(v, "base64").length === 32, "must be 32 random bytes in base64, e.g. from: openssl rand -base64 32")
    .optional(),
);

const configSchema = z
  .object({
    DATABASE_URL: z.string().trim().min(1).default("./data/thidua.sqlite"),
    /**
     * How long the writes of requests arriving together are gathered into one commit (one fsync) before their
     * replies go out; 0 commits on the next turn of the event loop. See src/db/commit-batch.ts.
     */
    DB_COMMIT_WINDOW_MS: z.coerce.number().int().min(0).max(100).default(2),
    /** Where the console saves exported spreadsheets (platforms send them as files instead). */
    EXPORT_DIR: z.string().trim().min(1).default("./exports"),
    DEFAULT_LOCALE: z.enum(["vi", "en"]).default("vi"),
    /** What the documents the bot writes say about the agency (Nghị định 30/2020/NĐ-CP, Phụ lục I: boxes 2, 3, 4, 7). */
    AGENCY_PARENT: z.string().trim().default("UBND TỈNH"),
    AGENCY_NAME: z.string().trim().min(1).default("SỞ NỘI VỤ"),
    /** The place on the place-and-date line; left dotted for the secretary when empty. */
    AGENCY_PLACE: z.string().trim().default(""),
    /** The agency's abbreviation in document symbols ("12/TTr-SNV"). */
    AGENCY_SYMBOL: z
      .string()
      .trim()
      .regex(/^[A-ZĐ0-9-]{1,20}$/, "must be capitals, digits and -, such as SNV")
      .default("SNV"),
    DIRECTOR_NAME: z.string().trim().default(""),
    /** The council's chair, who signs its minutes and proposals; the Director when empty. */
    COUNCIL_CHAIR_NAME: z.string().trim().default(""),
    TIMEZONE: z.string().default("Asia/Ho_Chi_Minh").refine(isKnownTimeZone, "must be an IANA time zone such as Asia/Ho_Chi_Minh"),
    /** Unset: info on platforms, warn in the terminal chat and the CLI (log lines would interleave with the conversation). */
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
    /** The language of the operator CLI's messages; DEFAULT_LOCALE when unset. */
    CLI_LANG: z.enum(["vi", "en"]).optional(),
    TELEGRAM_BOT_TOKEN: optionalText.pipe(
      z
        .string()
        .regex(/^\d+:[\w-]{20,}$/, "must look like 123456:ABC… as given by @BotFather")
        .optional(),
    ),
    TELEGRAM_API_ROOT: optionalText.pipe(z.url("must be a URL such as http://127.0.0.1:8081").optional()),
    TELEGRAM_WEBHOOK_URL: optionalText.pipe(z.url("must be the public https URL Telegram calls").optional()),
    TELEGRAM_WEBHOOK_SECRET: optionalText.pipe(
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{16,256}$/, "must be 16–256 characters of A-Z, a-z, 0-9, _ or -")
        .optional(),
    ),
    SLACK_BOT_TOKEN: optionalText.pipe(z.string().startsWith("xoxb-", "must start with xoxb-").optional()),
    SLACK_SIGNING_SECRET: optionalText,
    SLACK_APP_TOKEN: optionalText.pipe(z.string().startsWith("xapp-", "must start with xapp-").optional()),
    SLACK_API_URL: optionalText.pipe(z.url("must be a URL ending in /api/").optional()),
    /** Zalo Bot Platform: the token from Zalo Bot Manager, "<bot_id>:<secret>". */
    ZALO_BOT_TOKEN: optionalText.pipe(
      z
        .string()
        .regex(/^\d+:[\w-]{8,}$/, "must look like 1234567890:AbCd… as given by Zalo Bot Manager")
        .optional(),
    ),
    ZALO_API_ROOT: optionalText
      .pipe(z.url("must be a URL such as https://bot-api.zaloplatforms.com").optional())
      .transform((v) => v ?? "https://bot-api.zaloplatforms.com"),
    ZALO_WEBHOOK_URL: optionalText.pipe(z.url("must be the public https URL Zalo calls").optional()),
    ZALO_WEBHOOK_SECRET: optionalText.pipe(z.string().min(8, "must be 8–256 characters").max(256, "must be 8–256 characters").optional()),
    /** Zalo publishes no rate limits: at most one message every this many milliseconds, overall. */
    ZALO_SEND_INTERVAL_MS: z.coerce.number().int().min(0).max(60_000).default(200),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /**
     * The https address at which the outside world reaches this bot's HTTP server (PORT, usually behind a reverse
     * proxy). With it, files for people on Zalo, which cannot carry files, are sent as one-time links under it.
     * Plain http is accepted only for the machine itself (127.0.0.1, localhost), for trying it out and for tests.
     */
    PUBLIC_URL: optionalText.pipe(
      z
        .url("must be the https address of this bot's HTTP server, such as https://thidua.example.gov.vn")
        .refine(
          (v) => /^https:\/\//.test(v) || /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?(\/|$)/.test(v),
          "must start with https:// (people open these links on their phones)",
        )
        .refine((v) => !/[?#]/.test(v), "must be a plain address, without ? or #")
        .transform((v) => v.replace(/\/+$/, ""))
        .optional(),
    ),
    /** How long a one-time file link works, in hours; its file is deleted once used or expired. */
    FILE_LINK_HOURS: z.coerce.number().int().min(1).max(168).default(24),
    /** 32 random bytes, base64: seals the reply address of senders who ask to be told of changes to their case. */
    CASE_SEAL_KEY: KEY32,
    /** The previous CASE_SEAL_KEY, during a rotation: addresses sealed under it still open. */
    CASE_SEAL_KEY_PREVIOUS: KEY32,
    /**
     * 32 random bytes, base64: seals cast ballots until the tally, and keys the hashes of the dedupe and abuse
     * records. Required with a platform token; the terminal chat creates a key file beside the database instead.
     */
    BALLOT_KEY: KEY32,
    /** Where the running bot writes its nightly backup; unset, it takes none. */
    BACKUP_DIR: optionalText,
    /** How many nightly backups to keep in BACKUP_DIR. */
    BACKUP_KEEP: z.coerce.number().int().min(1).max(1000).default(14),
    /** When the nightly backup runs (node-cron syntax, in TIMEZONE). */
    BACKUP_CRON: z
      .string()
      .default("30 2 * * *")
      .refine((v) => cron.validate(v), "must be a cron expression such as 30 2 * * *"),
    /** A scheduled announcement missed while the bot was down is still sent when it is less late than this. */
    /** Delivery rows of announcement runs older than this are summarised (the /report figures) and deleted. */
    DELIVERY_RETENTION_DAYS: z.coerce.number().int().min(1).max(36_500).default(400),
    BROADCAST_GRACE_HOURS: z.coerce.number().min(0).max(168).default(6),
    /** The agency's own rules (quy chế thi đua, khen thưởng): quotas, council thresholds, what the Sở grants. */
    AGENCY_RULES_FILE: z.string().trim().min(1).optional(),
    /** The folder of rule sets by period; an operator adds a file when a new legal text is confirmed. */
    RULESETS_DIR: z.string().trim().min(1).optional(),
    /** How many cases one sender may submit a day (counted without knowing who they are). */
    CASE_DAILY_LIMIT: z.coerce.number().int().min(1).max(100).default(5),
    /** Inbound limits, per person across chats: updates at once, then updates a minute; beyond, they are dropped. */
    INBOUND_SENDER_BURST: z.coerce.number().int().min(1).max(1000).default(10),
    INBOUND_SENDER_PER_MINUTE: z.coerce.number().min(1).max(6000).default(30),
    /** The same for one group chat, all its members together. */
    INBOUND_GROUP_BURST: z.coerce.number().int().min(1).max(1000).default(10),
    INBOUND_GROUP_PER_MINUTE: z.coerce.number().min(1).max(6000).default(20),
    /** A chat whose messages are being dropped is told so at most once in this many seconds. */
    INBOUND_NOTICE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
    /** Someone not in the roster gets the "who are you" hint at most once in this many minutes. */
    STRANGER_HINT_MINUTES: z.coerce.number().int().min(1).max(10_080).default(60),
    /**
     * The agency is in a remote area with difficult travel (vùng sâu, vùng xa): complaints get the longer periods
     * of Luật Khiếu nại Điều 28 and 37. Fixed on each case when its signed letter is received.
     */
    CASE_REMOTE_AREA: z
      .enum(["true", "false", "1", "0", ""])
      .default("false")
      .transform((v) => v === "true" || v === "1"),
    /** When handlers get the digest of new cases (node-cron syntax, in TIMEZONE). */
    CASE_DIGEST_CRON: z
      .string()
      .default("0 8,16 * * *")
      .refine((v) => cron.validate(v), "must be a cron expression such as 0 8,16 * * *"),
    /** When leaders and the secretary get the weekly digest (a chart of pledge progress, what is overdue); off when unset. */
    DIGEST_CRON: optionalText.pipe(
      z
        .string()
        .refine((v) => cron.validate(v), "must be a cron expression such as 0 8 * * 1 (Monday 08:00)")
        .optional(),
    ),
  })
  .superRefine((env, ctx) => {
    if (env.TELEGRAM_WEBHOOK_URL && !env.TELEGRAM_WEBHOOK_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["TELEGRAM_WEBHOOK_SECRET"],
        message: "is required when TELEGRAM_WEBHOOK_URL is set, so that only Telegram can call the webhook",
      });
    }
    if (env.ZALO_WEBHOOK_URL && !env.ZALO_WEBHOOK_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["ZALO_WEBHOOK_SECRET"],
        message: "is required when ZALO_WEBHOOK_URL is set, so that only Zalo can call the webhook",
      });
    }
    if ((env.TELEGRAM_BOT_TOKEN || env.SLACK_BOT_TOKEN || env.ZALO_BOT_TOKEN) && !env.BALLOT_KEY) {
      ctx.addIssue({
        code: "custom",
        path: ["BALLOT_KEY"],
        message: "is required with a platform token, so that ballots are sealed under a key kept outside the database (openssl rand -base64 32)",
      });
    }
    if (env.SLACK_BOT_TOKEN && !env.SLACK_SIGNING_SECRET && !env.SLACK_APP_TOKEN) {
      ctx.addIssue({
        code: "custom",
        path: ["SLACK_SIGNING_SECRET"],
        message: "is required with SLACK_BOT_TOKEN (or set SLACK_APP_TOKEN for Socket Mode)",
      });
    }
  });

export type Config = z.infer<typeof configSchema>;

/** Names of variables whose values must never be printed. */
const SECRET_NAMES = new Set([
  "TELEGRAM_BOT_TOKEN",
  "TELEGRAM_WEBHOOK_SECRET",
  "SLACK_BOT_TOKEN",
  "SLACK_SIGNING_SECRET",
  "SLACK_APP_TOKEN",
  "CASE_SEAL_KEY",
  "CASE_SEAL_KEY_PREVIOUS",
  "BALLOT_KEY",
  "ZALO_BOT_TOKEN",
  "ZALO_WEBHOOK_SECRET",
]);

/** Thrown when the environment is invalid; its message lists every problem and never a secret's value. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Reads and validates the environment. Throws one ConfigError listing every problem. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? "environment");
    const shown = SECRET_NAMES.has(name) ? "" : describeValue(env[name]);
    return `  - ${name}${shown}: ${issue.message}`;
  });
  throw new ConfigError(`The configuration is not valid. Fix these environment variables and start again:\n${lines.join("\n")}`);
}

function describeValue(value: string | undefined): string {
  if (value === undefined) return "";
  return ` (now "${value.length > 60 ? `${value.slice(0, 60)}…` : value}")`;
}

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
