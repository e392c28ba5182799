// What one-time file links need from storage (src/db/repos/file-links.ts implements it).
import type { Locale } from "../../kernel/locale";

export type FileLinkKind = "download" | "photo";
export type FileLinkState = "waiting" | "used" | "expired";

export interface FileLinkRow {
  id: number;
  personId: number | null;
  kind: FileLinkKind;
  state: FileLinkState;
  locale: Locale;
  fileName: string | null;
  mimeType: string | null;
  data: Uint8Array | null;
  createdAt: Date;
  expiresAt: Date;
}

export interface FileLinkRepo {
  insert(row: Omit<FileLinkRow, "id" | "state"> & { tokenHash: string }): number;
  byHash(tokenHash: string): FileLinkRow | null;
  /** Used or expired: the file, its name and its person are wiped; the row stays to answer "gone" for a while. */
  close(id: number, state: "used" | "expired"): void;
  /** A person's waiting links, oldest first. */
  waitingOf(personId: number): Array<{ id: number }>;
  /**
   * Closes every waiting link past its time or sent to someone no longer active, and deletes closed ones that
   * expired before `forgetBefore`.
   */
  sweep(now: Date, forgetBefore: Date): { expired: number; forgotten: number };
}
