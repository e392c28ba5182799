// Who an announcement goes to: the people its audience names, each reached once, on one account of a platform the
// bot runs on (./reach.ts: the one the person chose, else the one they last wrote from; blocked accounts passed
// over). People with no usable account are still recipients, marked unreachable with the reason, so the report
// counts and names them; a registered group chat of a platform that does not run is counted the same way. When a
// send fails for good on one account (blocked, refused, out of retries), the outbox asks here for the next one, and
// at start the rows left waiting for a platform that no longer runs are moved to the next account or closed.

import { isLocale } from "../../kernel/locale";
import type { Platform } from "../../kernel/platform";
import type { Person } from "../directory/types";
import type { BroadcastContext } from "./context";
import { chooseAccount, reasonCode } from "./reach";
import type { Audience, Delivery, Recipient } from "./types";

export function createAudience(ctx: BroadcastContext) {
  const { repo, directory } = ctx;

  function peopleOf(audience: Exclude<Audience, { kind: "chats" }>): Person[] {
    // the whole roster in one query, in unit order (issue 22: per-unit queries made 50,000 people slow)
    const byUnit = directory.activeByUnit();
    const active = directory.units().flatMap((u) => byUnit.get(u.id) ?? []);
    switch (audience.kind) {
      case "everyone":
        return active;
      case "units":
        return active.filter((p) => audience.unitIds.includes(p.unitId));
      case "roles":
        return active.filter((p) => p.roles.some((r) => audience.roles.includes(r)));
      case "not-pledged": {
        const missing = new Set(ctx.pledges.unpledged(audience.campaignId).map((p) => p.id));
        return active.filter((p) => missing.has(p.id));
      }
      case "pending-reviewers":
        return active.filter((p) => p.roles.includes("unit_head") && ctx.pledges.reviewQueue(p).length > 0);
    }
  }

  /** One recipient per person, reachable or not. */
  function personRecipient(person: Person, accounts = directory.accountsOf(person.id)): Recipient {
    const choice = chooseAccount(accounts, person, { running: ctx.running });
    const reach = "unreachable" in choice ? { platform: null, externalId: null, unreachable: choice.unreachable } : { ...choice, unreachable: null };
    return {
      personId: person.id,
      chatId: null,
      unitId: person.unitId,
      platform: reach.platform,
      externalId: reach.externalId,
      locale: person.locale && isLocale(person.locale) ? person.locale : ctx.defaultLocale,
      unreachable: reach.unreachable,
    };
  }

  return {
    /** Everyone the audience names: each person once; each registered chat once. */
    recipients(audience: Audience): Recipient[] {
      if (audience.kind === "chats") {
        return repo.chats().map((c) => ({
          personId: null,
          chatId: c.id,
          unitId: null,
          platform: c.platform,
          externalId: c.externalId,
          locale: ctx.defaultLocale,
          unreachable: ctx.running.has(c.platform) ? null : { kind: "platform-off" as const, platforms: [c.platform] },
        }));
      }
      // every account in one query rather than one per person
      const accounts = directory.accountsByPerson();
      return peopleOf(audience).map((person) => personRecipient(person, accounts.get(person.id) ?? []));
    },
    personRecipient,

    /**
     * Moves a person's delivery that failed for good to their next account (that platform's queue picks it up);
     * false when there is none (a group chat's row, or every account tried or blocked): the caller records the
     * failure, with the reason of the last attempt.
     */
    fallback(delivery: Delivery, reason: string): boolean {
      if (delivery.personId === null) return false;
      const person = directory.getPerson(delivery.personId);
      const tried: Platform[] = [...delivery.tried, delivery.platform];
      const next = chooseAccount(directory.accountsOf(person.id), person, { running: ctx.running, tried });
      if ("unreachable" in next) return false;
      repo.reroute(delivery.id, next, tried, reason);
      return true;
    },

    /**
     * At start, once the running platforms are known: rows waiting for a platform the bot no longer runs (an earlier
     * configuration, the terminal's accounts after /demo) go to the person's next account, or are closed at once as
     * unreachable with the reason. A row that was being sent when that process stopped may have arrived: it stays
     * marked, so the report counts it as a possible duplicate.
     */
    rehome(): { moved: number; closed: number } {
      const now = ctx.clock.now();
      return ctx.uow.transaction(() => {
        let moved = 0;
        let closed = 0;
        for (const row of repo.waitingOff(ctx.running.list())) {
          const ambiguous = row.ambiguous || row.status === "claimed";
          const person = row.personId === null ? null : directory.getPerson(row.personId);
          const next = person
            ? chooseAccount(directory.accountsOf(person.id), person, { running: ctx.running, tried: row.tried })
            : { unreachable: { kind: "platform-off" as const, platforms: [row.platform] } };
          if ("unreachable" in next) {
            repo.closeUnreachable(row.id, reasonCode(next.unreachable), now);
            closed++;
          } else {
            repo.reroute(row.id, next, row.tried, reasonCode({ kind: "platform-off", platforms: [row.platform] }), ambiguous);
            moved++;
          }
        }
        return { moved, closed };
      });
    },
  };
}

export type AudienceResolver = ReturnType<typeof createAudience>;
