// The weekly digest for leaders and the council's secretary (off unless DIGEST_CRON is set): the open campaign's
// pledge progress as a chart with its figures, what is overdue (cases past their deadline: counts only), and where
// the statistics of the record of achievements are (/stats).

import type { Reply } from "../../kernel/reply";
import { text } from "../../kernel/reply";
import { hasRole } from "../directory/service";
import type { Services } from "../services";
import { pledgeProgressBlocks } from "./charts";

export async function sendWeeklyDigest(services: Services): Promise<number> {
  const campaign = services.campaigns.latestWithPledges();
  const readers = [...services.directory.withRole("leader"), ...services.directory.withRole("secretary")].filter(
    (p, i, all) => all.findIndex((q) => q.id === p.id) === i,
  );
  // one report for every reader: the figures are the same, only the language differs
  const report = campaign ? services.pledges.missingReport(campaign.id) : null;
  let sent = 0;
  for (const person of readers) {
    const locale = person.locale ?? services.settings.defaultLocale;
    const overdueCases = hasRole(person, "case_handler", "secretary", "leader") ? services.cases.list(person, "overdue").length : 0;
    const reply: Reply = {
      blocks: [
        { type: "heading", text: text("digest-title") },
        ...(report
          ? await pledgeProgressBlocks({ services, locale, actor: person }, report)
          : [{ type: "paragraph" as const, text: text("digest-no-campaign") }]),
        { type: "paragraph", text: text(overdueCases > 0 ? "digest-cases-overdue" : "digest-cases-on-time", { count: overdueCases }) },
        // the record's statistics are a command away, for the year-end report
        { type: "paragraph", text: text("digest-stats") },
      ],
    };
    await services.notifier.notify(person.id, reply);
    sent++;
  }
  return sent;
}
