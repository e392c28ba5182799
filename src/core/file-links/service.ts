// One-time links to files, for people on a platform that cannot carry files (Zalo). A link holds 256 random bits
// (unguessable), only their SHA-256 is stored (a copy of the database opens nothing), it opens its file once, for the
// person it was sent to while they are still active, until it expires (FILE_LINK_HOURS); the file is deleted once
// used or expired, by a sweep at start and on a timer too. Issuing and using a link are audited, never the token.
import { createHash, randomBytes } from "node:crypto";
import type { Locale } from "../../kernel/locale";
import type { Clock } from "../../kernel/ports";
import type { AuditLog, UnitOfWork } from "../ports";
import type { FileLinkKind, FileLinkRepo } from "./repo";

export const FILE_LINK_LIMITS = {
  /** Random bytes of a token: 256 bits, written as 43 characters of base64url. */
  tokenBytes: 32,
  /** A file larger than this is not kept for a link (the person is told where else to get it). */
  maxBytes: 25 * 1024 * 1024,
  /** Waiting links one person may have; past this the oldest is closed (a flood of /export cannot fill the disk). */
  perPerson: 20,
  /** How long a used or expired link still answers "gone" (410) before it is forgotten (404). */
  rememberGoneMs: 7 * 86_400_000,
} as const;

/** What a token must look like before the database is asked about it. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export interface LinkedFile {
  fileName: string;
  mimeType: string;
  data: Uint8Array;
}

/** What a link opens, before it is used: enough for the page that offers the file. */
export type LinkLook =
  | { state: "unknown" }
  | { state: "gone"; locale: Locale }
  | { state: "waiting"; kind: FileLinkKind; locale: Locale; fileName: string; mimeType: string; size: number; expiresAt: Date };

export type LinkTake = { state: "unknown" } | { state: "gone"; locale: Locale } | { state: "taken"; file: LinkedFile };

export interface FileLinkDeps {
  repo: FileLinkRepo;
  audit: AuditLog;
  clock: Clock;
  uow: UnitOfWork;
  /** How long a link works (FILE_LINK_HOURS). */
  ttlMs: number;
  /** A link works only while the person it was sent to is on the staff list. */
  isActive(personId: number): boolean;
}

const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");

export function createFileLinks(deps: FileLinkDeps) {
  const { repo, audit, clock, uow } = deps;

  /** The row behind a token, closed first if its time is up or its person left. */
  function find(token: string) {
    if (!TOKEN_SHAPE.test(token)) return null;
    const row = repo.byHash(hashOf(token));
    if (!row) return null;
    if (row.state === "waiting" && (row.expiresAt.getTime() <= clock.now().getTime() || row.personId === null || !deps.isActive(row.personId))) {
      repo.close(row.id, "expired");
      return { ...row, state: "expired" as const };
    }
    return row;
  }

  return {
    /**
     * Keeps a file for a person and returns the token of its link, or null when the file is too large. The token is
     * returned once, here; only its hash is stored.
     */
    issue(person: { id: number; locale: Locale }, file: LinkedFile, kind: FileLinkKind): { token: string; expiresAt: Date } | null {
      if (file.data.byteLength > FILE_LINK_LIMITS.maxBytes) return null;
      const token = randomBytes(FILE_LINK_LIMITS.tokenBytes).toString("base64url");
      const now = clock.now();
      const expiresAt = new Date(now.getTime() + deps.ttlMs);
      uow.transaction(() => {
        const waiting = repo.waitingOf(person.id);
        for (const old of waiting.slice(0, Math.max(0, waiting.length - FILE_LINK_LIMITS.perPerson + 1))) repo.close(old.id, "expired");
        const id = repo.insert({
          tokenHash: hashOf(token),
          personId: person.id,
          kind,
          locale: person.locale,
          fileName: file.fileName,
          mimeType: file.mimeType,
          data: file.data,
          createdAt: now,
          expiresAt,
        });
        audit.record({
          actorPersonId: person.id,
          action: "file-link.issued",
          entity: "file-link",
          entityId: id,
          details: { kind, fileName: file.fileName, bytes: file.data.byteLength, expiresAt: expiresAt.toISOString() },
        });
      });
      return { token, expiresAt };
    },

    /** What a link would give, without using it up (the page before the download, a HEAD request). */
    look(token: string): LinkLook {
      return uow.transaction(() => {
        const row = find(token);
        if (!row) return { state: "unknown" as const };
        if (row.state !== "waiting" || !row.data) return { state: "gone" as const, locale: row.locale };
        return {
          state: "waiting" as const,
          kind: row.kind,
          locale: row.locale,
          fileName: row.fileName ?? "",
          mimeType: row.mimeType ?? "application/octet-stream",
          size: row.data.byteLength,
          expiresAt: row.expiresAt,
        };
      });
    },

    /** Uses a link up: its file once, then "gone"; the file is deleted in the same transaction. */
    take(token: string): LinkTake {
      return uow.transaction(() => {
        const row = find(token);
        if (!row) return { state: "unknown" as const };
        if (row.state !== "waiting" || !row.data) return { state: "gone" as const, locale: row.locale };
        repo.close(row.id, "used");
        audit.record({ actorLabel: "link", action: "file-link.used", entity: "file-link", entityId: row.id });
        return {
          state: "taken" as const,
          file: { fileName: row.fileName ?? "file", mimeType: row.mimeType ?? "application/octet-stream", data: row.data },
        };
      });
    },

    /**
     * Deletes the files of links past their time or of people who left, and forgets links gone for a while. At
     * start and on a timer.
     */
    sweep(): { expired: number; forgotten: number } {
      const now = clock.now();
      return uow.transaction(() => repo.sweep(now, new Date(now.getTime() - FILE_LINK_LIMITS.rememberGoneMs)));
    },
  };
}
