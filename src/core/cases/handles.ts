// Short-lived handles for receipt codes, so a button can stand for "the case you just opened" without carrying
// the code: platforms keep button data with the message, and Telegram's chat history outlives our deletions.
// A handle works only for the account it was given to, for 30 minutes, in this process: it lives in memory only.
import { randomBytes } from "node:crypto";
import type { PlatformIdentity } from "../../kernel/platform";
import type { Clock } from "../../kernel/ports";

const TTL_MS = 30 * 60 * 1000;
const MAX_HANDLES = 1000;

export function createCodeHandles(clock: Clock) {
  const handles = new Map<string, { code: string; owner: string; expiresAt: number }>();
  const ownerOf = (who: PlatformIdentity) => `${who.platform}:${who.externalId}`;

  return {
    /** A random handle for a code that was just checked. */
    handleFor(who: PlatformIdentity, code: string): string {
      const now = clock.now().getTime();
      for (const [handle, entry] of handles) if (entry.expiresAt <= now || handles.size >= MAX_HANDLES) handles.delete(handle);
      const handle = randomBytes(12).toString("base64url");
      handles.set(handle, { code, owner: ownerOf(who), expiresAt: now + TTL_MS });
      return handle;
    },
    /** The code behind a handle, for its owner while it lasts; null otherwise. */
    codeFor(who: PlatformIdentity, handle: string): string | null {
      const entry = handles.get(handle);
      if (!entry || entry.owner !== ownerOf(who) || entry.expiresAt <= clock.now().getTime()) return null;
      return entry.code;
    },
  };
}
