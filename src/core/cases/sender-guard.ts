// Abuse control that cannot identify anyone later: a sender is counted under HMAC(daily key, platform:id), and
// the daily key lives only in this process's memory and is replaced every day. Nothing of it is stored, so
// neither the database nor a backup links a count to a person, and yesterday's counts cannot be recomputed.
import { createHmac, randomBytes } from "node:crypto";
import type { Clock, PlatformIdentity } from "../ports";

export const WRONG_CODE_LIMIT = 20;
const LOCKOUT_MS = 60 * 60 * 1000;

export function createSenderGuard(deps: { clock: Clock; dailyLimit: number; dayOf: (at: Date) => string }) {
  let day = "";
  let key = randomBytes(32);
  let submissions = new Map<string, number>();
  const wrongCodes = new Map<string, { count: number; lockedUntil: number }>();

  function tag(sender: PlatformIdentity): string {
    const today = deps.dayOf(deps.clock.now());
    if (today !== day) {
      day = today;
      key = randomBytes(32);
      submissions = new Map();
    }
    return createHmac("sha256", key).update(`${sender.platform}:${sender.externalId}`).digest("base64url");
  }

  return {
    /** Counts a submission; false when the sender has reached today's limit. */
    allowSubmission(sender: PlatformIdentity): boolean {
      const id = tag(sender);
      const used = submissions.get(id) ?? 0;
      if (used >= deps.dailyLimit) return false;
      submissions.set(id, used + 1);
      return true;
    },
    /** False while a sender who typed too many wrong receipt codes in a row is locked out. */
    mayTryCode(sender: PlatformIdentity): boolean {
      const entry = wrongCodes.get(tag(sender));
      return !entry || entry.count < WRONG_CODE_LIMIT || entry.lockedUntil <= deps.clock.now().getTime();
    },
    codeResult(sender: PlatformIdentity, right: boolean): void {
      const id = tag(sender);
      if (right) {
        wrongCodes.delete(id);
        return;
      }
      const entry = wrongCodes.get(id) ?? { count: 0, lockedUntil: 0 };
      if (entry.lockedUntil && entry.lockedUntil <= deps.clock.now().getTime()) entry.count = 0;
      entry.count++;
      if (entry.count >= WRONG_CODE_LIMIT) entry.lockedUntil = deps.clock.now().getTime() + LOCKOUT_MS;
      wrongCodes.set(id, entry);
    },
  };
}
