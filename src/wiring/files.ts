// Files sent to the bot, fetched from their platform when a command reads them (a roster or a file of past decisions
// sent in chat). Each adapter whose platform carries files registers its fetcher; a platform without one (Zalo, the
// terminal) cannot be fetched from, and the import says so.
import { DomainError } from "../core/errors";
import type { FileFetcher, FileStore } from "../kernel/files";
import type { Platform } from "../kernel/platform";

export function createFileStore(): { files: FileStore; registerFileFetcher(platform: Platform, fetcher: FileFetcher): void } {
  const fetchers = new Map<Platform, FileFetcher>();
  return {
    files: {
      canFetch: (platform) => fetchers.has(platform),
      fetch(ref, maxBytes) {
        const fetcher = fetchers.get(ref.platform);
        if (!fetcher) throw new DomainError("file-unreachable", { platform: ref.platform });
        return fetcher(ref, maxBytes);
      },
    },
    registerFileFetcher: (platform, fetcher) => void fetchers.set(platform, fetcher),
  };
}
