// When a person's delivery fails for good on one account (blocked, refused, or out of retries), the outbox asks
// here for another of their accounts: the row moves to that platform's queue. Only when none is left does the
// delivery fail, with the reason of the last attempt.
import type { Platform } from "../roles";
import { chooseAccount } from "./audience";
import type { BroadcastContext } from "./context";
import type { Delivery } from "./types";

export function createFallback(ctx: BroadcastContext) {
  const { repo, directory } = ctx;
  return {
    /**
     * Moves a person's delivery that failed for good to their next account; false when there is none (a group
     * chat's row, or every account tried or blocked), and the caller records the failure.
     */
    fallback(delivery: Delivery, reason: string): boolean {
      if (delivery.personId === null) return false;
      const person = directory.getPerson(delivery.personId);
      const tried: Platform[] = [...delivery.tried, delivery.platform];
      const next = chooseAccount(directory.accountsOf(person.id), person.preferredPlatform, tried);
      if ("unreachable" in next) return false;
      repo.reroute(delivery.id, next, tried, reason);
      return true;
    },
  };
}
