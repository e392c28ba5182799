// The built-in reminders of the pledge season, sent through the same outbox as people's announcements.
import { DateTime } from "luxon";
import type { Block } from "../reply";
import { text } from "../reply";
import type { AudienceResolver } from "./audience";
import type { BroadcastContext } from "./context";
import type { Audience } from "./types";

/** How many days before a pledge deadline the daily reminders start. */
export const REMINDER_DAYS = 3;

export function createReminders(ctx: BroadcastContext, audience: AudienceResolver) {
  return {
    /**
     * Once a day while a campaign's pledge deadline is at most REMINDER_DAYS away: people who have not pledged,
     * and unit heads with pledges to confirm. `firstTime` makes it once per day across restarts and processes.
     */
    remindPledges(now: Date, firstTime: (key: string) => boolean): number {
      let runs = 0;
      const day = DateTime.fromJSDate(now, { zone: ctx.timezone }).toISODate() as string;
      for (const campaign of ctx.campaigns.openForPledges()) {
        const deadline = campaign.pledgeDeadline as Date;
        if (deadline.getTime() - now.getTime() > REMINDER_DAYS * 86_400_000) continue;
        const reminders: Array<[string, Audience]> = [
          ["reminder-pledge", { kind: "not-pledged", campaignId: campaign.id }],
          ["reminder-review", { kind: "pending-reviewers" }],
        ];
        for (const [messageKey, target] of reminders) {
          if (!firstTime(`${messageKey}:${campaign.id}:${day}`)) continue;
          const people = audience.recipients(target);
          if (people.length === 0) continue;
          const deadlineText = DateTime.fromJSDate(deadline, { zone: ctx.timezone }).toFormat("HH:mm dd/MM/yyyy");
          const blocks: Block[] = [
            { type: "heading", text: text("reminder-heading") },
            { type: "paragraph", text: text(messageKey, { campaign: campaign.title, deadline: deadlineText }) },
          ];
          if (ctx.announceNow(blocks, target, people, now) !== null) runs++;
        }
      }
      return runs;
    },
  };
}
