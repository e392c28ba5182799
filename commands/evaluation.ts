// /evaluation (mở kỳ đánh giá): a leader or the secretary sets a campaign's evaluation window; everyone with a
// pledge in it is told, and can /selfassess until it closes.
import { DateTime } from "luxon";
import { YEAR_END_ORGANISERS } from "../src/core/roles";
import { say, text } from "../src/kernel/reply";
import { type CommandContext, defineCommand } from "./support/command";

// form answers pass through JSON while the form waits in SQLite: a date may come back as its ISO string
const isoDay = (ctx: CommandContext, value: unknown) =>
  DateTime.fromJSDate(value instanceof Date ? value : new Date(String(value)), { zone: ctx.services.settings.timezone }).toISODate() as string;

export default defineCommand({
  name: "evaluation",
  aliases: ["mokydanhgia", "kydanhgia"],
  description: "cmd-evaluation-description",
  access: YEAR_END_ORGANISERS,
  where: "dm",
  form: {
    fields: [
      {
        name: "campaign",
        kind: "choice",
        title: "field-evaluation-campaign",
        prompt: "ask-evaluation-campaign",
        choices: (ctx) =>
          ctx.services.campaigns
            .all()
            .filter((c) => c.pledgeDeadline !== null)
            .map((c) => ({ value: String(c.id), label: text("raw", { value: `${c.code} — ${c.title}` }) })),
      },
      { name: "opensOn", kind: "date", title: "field-evaluation-opens", prompt: "ask-evaluation-opens" },
      { name: "closesOn", kind: "date", title: "field-evaluation-closes", prompt: "ask-evaluation-closes" },
    ],
  },
  async run(ctx, values) {
    const { window, told } = await ctx.services.yearEnd.assessments.openWindow(
      ctx.actor,
      Number(values.campaign),
      isoDay(ctx, values.opensOn),
      isoDay(ctx, values.closesOn),
    );
    const campaign = ctx.services.campaigns.get(window.campaignId);
    return say("evaluation-window-set", { campaign: campaign.title, closesAt: window.closesAt, told });
  },
});
