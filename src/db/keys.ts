// The outside secret that seals ballots (and keys the dedupe and abuse-counter hashes): where it comes from, and
// the check that refuses to start with a key other than the one the database was used with.

import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { count, eq } from "drizzle-orm";
import { keyCheckValue } from "../core/ballots/box";
import type { Logger } from "../kernel/ports";
import type { Db } from "./client";
import { keyChecks, sealedBallots } from "./schema";

/** The key cannot be used: missing, unreadable, or not the one this database was used with. */
export class SecretKeyError extends Error {
  override name = "SecretKeyError";
}

export const BALLOT_KEY_FILE = "ballot.key";
const PURPOSE = "BALLOT_KEY";

/** Where the terminal chat keeps its generated key: beside the database file. */
export function ballotKeyFile(databaseUrl: string): string {
  return join(dirname(resolve(databaseUrl)), BALLOT_KEY_FILE);
}

/**
 * The ballot key: BALLOT_KEY when set; otherwise (the terminal chat, where config.ts allows it) a key file beside
 * the database, created with mode 0600 on first use. A key file is never created for a database that holds
 * sealed ballots: they were sealed under a key that is now missing, and a new one would not open them.
 */
export function resolveBallotKey(opts: { configured?: string; databaseUrl: string; db: Db; log: Logger }): Buffer {
  if (opts.configured) return Buffer.from(opts.configured, "base64");
  if (opts.databaseUrl === ":memory:") return randomBytes(32);
  const file = ballotKeyFile(opts.databaseUrl);
  if (existsSync(file)) {
    const key = Buffer.from(readFileSync(file, "utf8").trim(), "base64");
    if (key.length !== 32) throw new SecretKeyError(`The ballot key file ${file} does not hold 32 bytes in base64.`);
    return key;
  }
  if (storedCheck(opts.db) && holdsSealedBallots(opts.db)) {
    throw new SecretKeyError(
      `BALLOT_KEY is not set and the key file ${file} is missing, but this database was used with a ballot key. ` +
        "Set BALLOT_KEY (or restore the key file) to the key it was used with; without it, sealed ballots cannot be counted.",
    );
  }
  const key = randomBytes(32);
  writeFileSync(file, `${key.toString("base64")}\n`, { mode: 0o600, flag: "wx" });
  chmodSync(file, 0o600);
  opts.log.warn({ file }, "created a ballot key file beside the database; keep a copy of it apart from the backups");
  return key;
}

/**
 * The key an operator's command uses: BALLOT_KEY, or the terminal chat's key file if there is one, or else a key
 * for this run only. Nothing is created or recorded: the CLI seals no ballot, and must not change what the bot checks.
 */
export function existingBallotKey(configured: string | undefined, databaseUrl: string): Buffer {
  if (configured) return Buffer.from(configured, "base64");
  const file = databaseUrl === ":memory:" ? null : ballotKeyFile(databaseUrl);
  if (file && existsSync(file)) {
    const key = Buffer.from(readFileSync(file, "utf8").trim(), "base64");
    if (key.length === 32) return key;
  }
  return randomBytes(32);
}

/**
 * Records the key's check value on first use; refuses a key whose check value differs from the stored one while
 * ballots sealed under the old key wait to be counted. With nothing sealed, a new key loses nothing (a CLI run
 * before the first start may have made a key file): it is accepted, and the change logged.
 */
export function verifyBallotKey(db: Db, key: Uint8Array, log: Logger): void {
  const check = keyCheckValue(key, PURPOSE);
  const stored = storedCheck(db);
  if (stored === check) return;
  if (stored === null || !holdsSealedBallots(db)) {
    if (stored !== null)
      log.warn({}, "BALLOT_KEY differs from the key this database was used with; no ballot was sealed under that one, so the new key is taken");
    db.insert(keyChecks).values({ name: PURPOSE, check }).onConflictDoUpdate({ target: keyChecks.name, set: { check } }).run();
    return;
  }
  throw new SecretKeyError(
    "BALLOT_KEY is not the key this database was used with, and ballots sealed under the old key wait to be counted. " +
      "Start again with the original key. (Nothing was changed.)",
  );
}

function holdsSealedBallots(db: Db): boolean {
  return db.select({ n: count() }).from(sealedBallots).get()?.n !== 0;
}

function storedCheck(db: Db): string | null {
  return db.select().from(keyChecks).where(eq(keyChecks.name, PURPOSE)).get()?.check ?? null;
}
