// A file someone sent, by its platform reference (its bytes stay on the platform).
import type { Platform, PlatformIdentity } from "./platform";

export interface FileRef {
  platform: Platform;
  fileId: string;
  fileName: string | null;
  mimeType: string | null;
  size: number | null;
}

/** Fetches a file's bytes from its platform, refusing one larger than `maxBytes`. Adapters register one each. */
export type FileFetcher = (ref: FileRef, maxBytes: number) => Promise<Uint8Array>;

/** A file too large to fetch (its size as the platform tells it, or as it streamed in). */
export class FileTooLargeError extends Error {
  override name = "FileTooLargeError";
  constructor(readonly size: number | null) {
    super("file too large");
  }
}

/** Files sent to the bot, by their platform: what the import of a roster or of past decisions reads. */
export interface FileStore {
  /** Whether this platform's files can be fetched (an adapter for it runs and carries files). */
  canFetch(platform: Platform): boolean;
  fetch(ref: FileRef, maxBytes: number): Promise<Uint8Array>;
}

/** A file the bot hands to a person (a document, a spreadsheet, a chart). */
export interface OutgoingFile {
  fileName: string;
  mimeType: string;
  data: Uint8Array;
}

/**
 * Files for people on a platform that cannot carry them (Zalo): a one-time link to each, when the bot's HTTP server
 * has a public address (PUBLIC_URL). "download" opens a page whose button gives the file (a link preview cannot use
 * it up); "photo" is the image itself, fetched by the platform (Zalo's sendPhoto).
 */
export interface FileLinkPort {
  /** False without PUBLIC_URL: the person is told where else files can be had. */
  readonly enabled: boolean;
  /** How long a link works, in hours, to say so before a file is picked. */
  readonly hours: number;
  /** A link for the person behind this account, or null (links off, a stranger, a file too large). */
  offer(to: PlatformIdentity, file: OutgoingFile, kind: "download" | "photo"): { url: string; expiresAt: Date } | null;
}
