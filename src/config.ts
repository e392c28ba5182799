// The only reader of process.env: validates every variable at start and reports all problems at once.
// Over 300 lines on purpose: one schema, each variable with the .meta() the operator's configuration page is
// generated from (npm run docs:config), so a setting and its documentation cannot drift apart.
// Over 300 lines on purpose: one schema, each variable with the .meta() the operator's configuration page is
// generated from (npm run docs:config), so a setting and its documentation cannot drift apart.
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

/** The sections of the configuration reference (docs/operator/configuration.md), in its order. */
export const CONFIG_GROUPS = {
  storage: "Storage",
  language: "Language, time and logs",
  agency: "The agency in the documents",
  telegram: "Telegram",
  slack: "Slack",
  zalo: "Zalo",
  http: "HTTP",
  keys: "Keys",
  backups: "Backups",
  rules: "Rules",
  announcements: "Announcements and digests",
  cases: "Complaints and denunciations",
  inbound: "Inbound limits (flood and fairness)",
} as const;

/** What the reference says of a variable: its section, its meaning, and the default when the schema computes it. */
export type ConfigDoc = {
  group: keyof typeof CONFIG_GROUPS;
  description: string;
  shownDefault?: string;
};

function about(group: ConfigDoc["group"], description: string, extra: { shownDefault?: string } = {}): ConfigDoc {
  return { group, description, ...extra };
}

export const configSchema = z
  .object({
    DATABASE_URL: z
      .string()
      .trim()
      .min(1)
      .default("./data/thidua.sqlite")
      .meta(about("storage", "SQLite file (WAL, `synchronous=FULL`); migrations in `migrations/` are applied at start")),
    DB_COMMIT_WINDOW_MS: z.coerce
      .number()
      .int()
      .min(0)
      .max(100)
      .default(2)
      .meta(
        about(
          "storage",
          "how long the writes of requests arriving together are gathered into one commit (one `fsync`) before their replies go out; `0` commits on the next turn of the event loop (see [security](security.md#flood-and-fairness) and `src/db/commit-batch.ts`)",
        ),
      ),
    EXPORT_DIR: z
      .string()
      .trim()
      .min(1)
      .default("./exports")
      .meta(about("storage", "where the terminal chat saves exported spreadsheets, documents and charts (platforms send them as files)")),
    DEFAULT_LOCALE: z.enum(["vi", "en"]).default("vi").meta(about("language", "language for people who have not chosen one")),
    TIMEZONE: z
      .string()
      .default("Asia/Ho_Chi_Minh")
      .refine(isKnownTimeZone, "must be an IANA time zone such as Asia/Ho_Chi_Minh")
      .meta(about("language", "how dates are shown and schedules run; everything is stored in UTC")),
    LOG_LEVEL: z
      .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
      .optional()
      .meta(
        about("language", "pino level; logs go to stderr and never carry message text", {
          shownDefault: "`info` (`warn` in the terminal chat and the CLI, where log lines would interleave with the conversation)",
        }),
      ),
    CLI_LANG: z
      .enum(["vi", "en"])
      .optional()
      .meta(about("language", "the language of the operator CLI's messages", { shownDefault: "`DEFAULT_LOCALE`" })),
    AGENCY_PARENT: z
      .string()
      .trim()
      .default("UBND TỈNH")
      .meta(about("agency", "the body above the agency, at the head of the documents the bot writes (Nghị định 30/2020/NĐ-CP, Phụ lục I, box 2)")),
    AGENCY_NAME: z.string().trim().min(1).default("SỞ NỘI VỤ").meta(about("agency", "the agency's name in the documents")),
    AGENCY_PLACE: z
      .string()
      .trim()
      .default("")
      .meta(about("agency", "the place on the place-and-date line; left dotted for the secretary when empty")),
    AGENCY_SYMBOL: z
      .string()
      .trim()
      .regex(/^[A-ZĐ0-9-]{1,20}$/, "must be capitals, digits and -, such as SNV")
      .default("SNV")
      .meta(about("agency", "the agency's abbreviation in document symbols, such as `/QĐ-SNV` or `12/TTr-SNV`")),
    DIRECTOR_NAME: z.string().trim().default("").meta(about("agency", "the Director, who signs")),
    COUNCIL_CHAIR_NAME: z
      .string()
      .trim()
      .default("")
      .meta(about("agency", "the council's chair, who signs its minutes and proposals", { shownDefault: "(the Director)" })),
    TELEGRAM_BOT_TOKEN: optionalText
      .pipe(
        z
          .string()
          .regex(/^\d+:[\w-]{20,}$/, "must look like 123456:ABC… as given by @BotFather")
          .optional(),
      )
      .meta(about("telegram", "the bot's token from @BotFather; set, the bot runs on Telegram (long polling unless a webhook is set)")),
    TELEGRAM_API_ROOT: optionalText
      .pipe(z.url("must be a URL such as http://127.0.0.1:8081").optional())
      .meta(about("telegram", "another Bot API server for grammY (a self-hosted one, or the local stand-in in tests)")),
    TELEGRAM_WEBHOOK_URL: optionalText
      .pipe(z.url("must be the public https URL Telegram calls").optional())
      .meta(about("telegram", "webhook mode: the public https URL of `/telegram/webhook` on this server")),
    TELEGRAM_WEBHOOK_SECRET: optionalText
      .pipe(
        z
          .string()
          .regex(/^[A-Za-z0-9_-]{16,256}$/, "must be 16–256 characters of A-Z, a-z, 0-9, _ or -")
          .optional(),
      )
      .meta(about("telegram", "the webhook's secret (16–256 characters of A-Z, a-z, 0-9, _ or -); **required** with `TELEGRAM_WEBHOOK_URL`")),
    SLACK_BOT_TOKEN: optionalText
      .pipe(z.string().startsWith("xoxb-", "must start with xoxb-").optional())
      .meta(about("slack", "the app's bot token (`xoxb-…`); set, the bot serves Slack")),
    SLACK_SIGNING_SECRET: optionalText.meta(
      about("slack", "the app's signing secret; **required** with `SLACK_BOT_TOKEN` unless `SLACK_APP_TOKEN` is set"),
    ),
    SLACK_APP_TOKEN: optionalText
      .pipe(z.string().startsWith("xapp-", "must start with xapp-").optional())
      .meta(about("slack", "an app-level token (`xapp-…`): Socket Mode instead of HTTP, no public URL needed")),
    SLACK_API_URL: optionalText
      .pipe(z.url("must be a URL ending in /api/").optional())
      .meta(about("slack", "another Web API base for Bolt's client, ending in `/api/` (GovSlack, or the local stand-in in tests)")),
    ZALO_BOT_TOKEN: optionalText
      .pipe(
        z
          .string()
          .regex(/^\d+:[\w-]{8,}$/, "must look like 1234567890:AbCd… as given by Zalo Bot Manager")
          .optional(),
      )
      .meta(about("zalo", "the token from Zalo Bot Manager (`<bot_id>:<secret>`); set, the bot runs on Zalo")),
    ZALO_API_ROOT: optionalText
      .pipe(z.url("must be a URL such as https://bot-api.zaloplatforms.com").optional())
      .transform((v) => v ?? "https://bot-api.zaloplatforms.com")
      .meta(
        about("zalo", "the Bot API base (older docs: `bot-api.zapps.me`; the local stand-in in tests)", {
          shownDefault: "`https://bot-api.zaloplatforms.com`",
        }),
      ),
    ZALO_WEBHOOK_URL: optionalText
      .pipe(z.url("must be the public https URL Zalo calls").optional())
      .meta(about("zalo", "webhook mode: the public https URL of `/zalo/webhook` on this server")),
    ZALO_WEBHOOK_SECRET: optionalText
      .pipe(z.string().min(8, "must be 8–256 characters").max(256, "must be 8–256 characters").optional())
      .meta(about("zalo", "the webhook's secret (8–256 characters); **required** with `ZALO_WEBHOOK_URL`")),
    ZALO_SEND_INTERVAL_MS: z.coerce
      .number()
      .int()
      .min(0)
      .max(60_000)
      .default(200)
      .meta(about("zalo", "minimum gap between two Zalo sends, overall, replies and announcements alike (Zalo publishes no limits)")),
    PORT: z.coerce
      .number()
      .int()
      .min(1)
      .max(65535)
      .default(3000)
      .meta(about("http", "HTTP port for webhooks, Slack's endpoint and the health checks; keep it behind the firewall or a reverse proxy")),
    PUBLIC_URL: optionalText
      .pipe(
        z
          .url("must be the https address of this bot's HTTP server, such as https://thidua.example.gov.vn")
          .refine(
            (v) => /^https:\/\//.test(v) || /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?(\/|$)/.test(v),
            "must start with https:// (people open these links on their phones)",
          )
          .refine((v) => !/[?#]/.test(v), "must be a plain address, without ? or #")
          .transform((v) => v.replace(/\/+$/, ""))
          .optional(),
      )
      .meta(
        about(
          "http",
          "the https address at which people reach this bot's HTTP server (`PORT`, usually behind a reverse proxy). With it, files for people on Zalo, which cannot carry files, are sent as one-time links under it. Plain http only for 127.0.0.1 or localhost",
        ),
      ),
    FILE_LINK_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(168)
      .default(24)
      .meta(about("http", "how long a one-time file link works, in hours; its file is deleted once used or expired")),
    BALLOT_KEY: KEY32.meta(
      about(
        "keys",
        "32 random bytes, base64 (`openssl rand -base64 32`). Seals cast ballots until the close, and keys the hashes of the dedupe and abuse records. **Required** with a platform token; the terminal chat creates a key file beside the database instead",
        { shownDefault: "(a key file in the terminal)" },
      ),
    ),
    CASE_SEAL_KEY: KEY32.meta(
      about("keys", "32 random bytes, base64: seals the reply address of senders who ask to be told of changes to their case"),
    ),
    CASE_SEAL_KEY_PREVIOUS: KEY32.meta(
      about(
        "keys",
        "the previous `CASE_SEAL_KEY` during a rotation: addresses sealed under it still open, and are re-sealed under the new key at start",
      ),
    ),
    BACKUP_DIR: optionalText.meta(about("backups", "where the running bot writes its nightly backup; unset, it takes none")),
    BACKUP_KEEP: z.coerce
      .number()
      .int()
      .min(1)
      .max(1000)
      .default(14)
      .meta(about("backups", "how many nightly backups to keep in `BACKUP_DIR` (older ones are deleted)")),
    BACKUP_CRON: z
      .string()
      .default("30 2 * * *")
      .refine((v) => cron.validate(v), "must be a cron expression such as 30 2 * * *")
      .meta(about("backups", "when the nightly backup runs (node-cron, in `TIMEZONE`)")),
    AGENCY_RULES_FILE: z
      .string()
      .trim()
      .min(1)
      .optional()
      .meta(
        about("rules", "the agency's own rules (quotas, council thresholds and quorum, written opinions, what the Sở grants)", {
          shownDefault: "`catalog/agency.json`",
        }),
      ),
    RULESETS_DIR: z
      .string()
      .trim()
      .min(1)
      .optional()
      .meta(
        about("rules", "the rule sets by period; an operator adds a file when a new legal text is confirmed", {
          shownDefault: "`catalog/rulesets`",
        }),
      ),
    DELIVERY_RETENTION_DAYS: z.coerce
      .number()
      .int()
      .min(1)
      .max(36_500)
      .default(400)
      .meta(
        about(
          "announcements",
          "delivery rows (one per account per announcement) of runs older than this are summarised, keeping the figures `/report` shows, and deleted in the background",
        ),
      ),
    BROADCAST_GRACE_HOURS: z.coerce
      .number()
      .min(0)
      .max(168)
      .default(6)
      .meta(about("announcements", "a scheduled announcement missed while the bot was down is still sent when it is less late than this")),
    DIGEST_CRON: optionalText
      .pipe(
        z
          .string()
          .refine((v) => cron.validate(v), "must be a cron expression such as 0 8 * * 1 (Monday 08:00)")
          .optional(),
      )
      .meta(
        about(
          "announcements",
          "when leaders and the secretary get the weekly digest (a chart of pledge progress, what is overdue), for example `0 8 * * 1` (Monday 08:00)",
          { shownDefault: "(off)" },
        ),
      ),
    CASE_REMOTE_AREA: z
      .enum(["true", "false", "1", "0", ""])
      .default("false")
      .transform((v) => v === "true" || v === "1")
      .meta(
        about(
          "cases",
          "`true` when the agency is in a remote area with difficult travel (_vùng sâu, vùng xa_): complaints get the longer periods of Luật Khiếu nại Điều 28 and 37, fixed on each case when its signed letter is received",
        ),
      ),
    CASE_DAILY_LIMIT: z.coerce
      .number()
      .int()
      .min(1)
      .max(100)
      .default(5)
      .meta(about("cases", "how many cases one sender may submit a day (counted without knowing who they are)")),
    CASE_DIGEST_CRON: z
      .string()
      .default("0 8,16 * * *")
      .refine((v) => cron.validate(v), "must be a cron expression such as 0 8,16 * * *")
      .meta(about("cases", "when handlers get the digest of new cases (node-cron, in `TIMEZONE`)")),
    INBOUND_SENDER_BURST: z.coerce
      .number()
      .int()
      .min(1)
      .max(1000)
      .default(10)
      .meta(about("inbound", "updates one person may send at once (across all chats); beyond the limits they are dropped")),
    INBOUND_SENDER_PER_MINUTE: z.coerce.number().min(1).max(6000).default(30).meta(about("inbound", "then updates one person may send a minute")),
    INBOUND_GROUP_BURST: z.coerce
      .number()
      .int()
      .min(1)
      .max(1000)
      .default(10)
      .meta(about("inbound", "updates one group chat, all its members together, may send at once")),
    INBOUND_GROUP_PER_MINUTE: z.coerce.number().min(1).max(6000).default(20).meta(about("inbound", "then updates one group chat may send a minute")),
    INBOUND_NOTICE_WINDOW_SECONDS: z.coerce
      .number()
      .int()
      .min(1)
      .max(86_400)
      .default(300)
      .meta(about("inbound", "a chat whose messages are dropped is told so at most once in this long")),
    STRANGER_HINT_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(10_080)
      .default(60)
      .meta(about("inbound", 'someone not in the roster gets the "who are you" hint at most once in this long')),
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
export const SECRET_NAMES = new Set([
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
