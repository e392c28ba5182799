// A file someone sent, by its platform reference (its bytes stay on the platform).
import type { Platform } from "./platform";

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
