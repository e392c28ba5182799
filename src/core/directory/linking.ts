// Pairing one person's accounts on two platforms: a one-time code issued on one, typed on the other.
// The code is random, lives ten minutes, is used once, and only its hash is stored.
import { createHash, randomInt } from "node:crypto";
import type { Platform, PlatformIdentity } from "../../kernel/platform";
import type { Clock } from "../../kernel/ports";
import { createCodeGuard } from "../code-guard";
import { DomainError } from "../errors";
import type { AbuseCounters, AuditLog, UnitOfWork } from "../ports";
import type { DirectoryService } from "./service";
import type { Person } from "./types";

export const LINK_CODE_TTL_MS = 10 * 60 * 1000;
/** Crockford-like alphabet without 0/O, 1/I/L, so a code read aloud or retyped survives. */
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const CODE_LENGTH = 8;
/** Wrong codes one account may type within a clock hour before it is locked out until the next hour. */
export const LINK_WRONG_CODE_LIMIT = 10;

export interface LinkCodeRow {
  id: number;
  personId: number;
  platform: Platform;
  expiresAt: Date;
  usedAt: Date | null;
}

export interface LinkCodeRepo {
  insert(row: { codeHash: string; personId: number; platform: Platform; expiresAt: Date; createdAt: Date }): void;
  byHash(codeHash: string): LinkCodeRow | null;
  markUsed(id: number, at: Date): void;
  /** Retires the person's unused codes, so only the newest one works. */
  retireFor(personId: number, at: Date): void;
}

export type LinkingService = ReturnType<typeof createLinkingService>;

/** "abcd-efgh", "ABCD EFGH" and "abcdefgh" are the same code. */
export function normalizeLinkCode(input: string): string {
  return input.normalize("NFC").toUpperCase().replace(/[\s-]/g, "");
}

function hashCode(code: string): string {
  return createHash("sha256")
    .update(`thidua-link:${normalizeLinkCode(code)}`)
    .digest("hex");
}

export function createLinkingService(deps: {
  repo: LinkCodeRepo;
  directory: DirectoryService;
  audit: AuditLog;
  clock: Clock;
  uow: UnitOfWork;
  counters: AbuseCounters;
  timezone: string;
}) {
  const { repo, directory, audit, clock, uow } = deps;
  // 31^8 codes live ten minutes; without a lockout a script could still try them at the bot's full speed
  const guard = createCodeGuard({ ...deps, purpose: "link-code", limit: LINK_WRONG_CODE_LIMIT });

  return {
    /** Issues a code for the actor to type on another platform. Shown once; expires in ten minutes. */
    issue(actor: Person | null, on: Platform): { code: string; expiresAt: Date } {
      if (actor?.status !== "active") throw new DomainError("not-registered");
      if (!actor) throw new DomainError("not-registered");
      let raw = "";
      for (let i = 0; i < CODE_LENGTH; i++) raw += ALPHABET[randomInt(ALPHABET.length)];
      const code = `${raw.slice(0, 4)}-${raw.slice(4)}`;
      const now = clock.now();
      const expiresAt = new Date(now.getTime() + LINK_CODE_TTL_MS);
      uow.transaction(() => {
        repo.retireFor(actor.id, now);
        repo.insert({ codeHash: hashCode(code), personId: actor.id, platform: on, expiresAt, createdAt: now });
        audit.record({
          actorPersonId: actor.id,
          action: "account.link-code-issued",
          entity: "person",
          entityId: actor.id,
          details: { platform: on },
        });
      });
      return { code, expiresAt };
    },

    /** Attaches the account that typed the code to the person who issued it. */
    redeem(identity: PlatformIdentity, actor: Person | null, typed: string): Person {
      const now = clock.now();
      if (!guard.mayTry(identity)) throw new DomainError("link-code-locked");
      const row = repo.byHash(hashCode(typed));
      guard.result(identity, Boolean(row && !row.usedAt));
      if (!row || row.usedAt) throw new DomainError("link-code-invalid");
      if (row.expiresAt.getTime() < now.getTime()) throw new DomainError("link-code-expired");
      if (row.platform === identity.platform) throw new DomainError("link-same-platform");
      // an account that already speaks for someone else is not taken over by a code: an admin must unlink it
      if (actor && actor.id !== row.personId) throw new DomainError("link-account-taken");
      uow.transaction(() => {
        repo.markUsed(row.id, now);
        directory.linkAccount(row.personId, identity);
        audit.record({
          actorPersonId: row.personId,
          action: "account.linked",
          entity: "person",
          entityId: row.personId,
          details: { platform: identity.platform, from: row.platform },
        });
      });
      return directory.getPerson(row.personId);
    },
  };
}
