// /campaign (phát động phong trào): a leader or the secretary launches a campaign, or edits one from /campaigns:
// title, description, kind, period, pledge deadline and the titles one may pledge for.
import { DateTime } from "luxon";
import { CAMPAIGN_KINDS, type CampaignKind } from "../src/core/campaigns/types";
import { type CommandContext, defineCommand, type FormValues } from "../src/core/command";
import { button, say, text } from "../src/core/reply";
import { ANNOUNCERS } from "../src/core/roles";
import { ANNOUNCE_ACTIONS } from "./announce";

// form answers pass through JSON while the form waits in SQLite: a date may come back as its ISO string
const asDate = (value: unknown) => (value instanceof Date ? value : new Date(String(value)));
const isoDay = (ctx: CommandContext, value: unknown) =>
  DateTime.fromJSDate(asDate(value), { zone: ctx.services.settings.timezone }).toISODate() as string;

function input(ctx: CommandContext, values: FormValues) {
  // a deadline means "until the end of that day" where the agency is
  const deadline = values.deadline
    ? DateTime.fromJSDate(asDate(values.deadline), { zone: ctx.services.settings.timezone }).endOf("day").toJSDate()
    : null;
  return {
    title: String(values.title),
    description: String(values.description ?? ""),
    kind: values.kind as CampaignKind,
    startsOn: isoDay(ctx, values.startsOn),
    endsOn: isoDay(ctx, values.endsOn),
    pledgeDeadline: deadline,
    awardCodes: (values.titles as string[] | null) ?? [],
  };
}

export default defineCommand({
  name: "campaign",
  aliases: ["phatdongphongtrao", "phongtrao"],
  description: "cmd-campaign-description",
  access: ANNOUNCERS,
  where: "dm",
  form: {
    prefill(ctx, initial) {
      if (!initial.campaignId) return {};
      const c = ctx.services.campaigns.get(Number(initial.campaignId));
      const day = (iso: string) => DateTime.fromISO(iso, { zone: ctx.services.settings.timezone }).toJSDate();
      return {
        title: c.title,
        description: c.description,
        kind: c.kind,
        startsOn: day(c.startsOn),
        endsOn: day(c.endsOn),
        deadline: c.pledgeDeadline,
        titles: c.awardCodes,
      };
    },
    fields: [
      { name: "title", kind: "text", title: "field-campaign-title", prompt: "ask-campaign-title", maxLength: 300 },
      {
        name: "description",
        kind: "longtext",
        title: "field-campaign-description",
        prompt: "ask-campaign-description",
        maxLength: 3000,
        optional: true,
      },
      {
        name: "kind",
        kind: "choice",
        title: "field-campaign-kind",
        prompt: "ask-campaign-kind",
        choices: () => CAMPAIGN_KINDS.map((k) => ({ value: k, label: text(`campaign-kind-${k}`) })),
      },
      { name: "startsOn", kind: "date", title: "field-campaign-starts", prompt: "ask-campaign-starts" },
      { name: "endsOn", kind: "date", title: "field-campaign-ends", prompt: "ask-campaign-ends" },
      { name: "deadline", kind: "date", title: "field-campaign-deadline", prompt: "ask-campaign-deadline", optional: true },
      {
        name: "titles",
        kind: "multichoice",
        title: "field-campaign-titles",
        prompt: "ask-campaign-titles",
        skip: (_ctx, values) => !values.deadline,
        choices: (ctx) =>
          ctx.services.catalog
            .all()
            .filter((a) => a.pledgeable)
            .map((a) => ({ value: a.code, label: text("raw", { value: a.name }) })),
      },
    ],
  },
  run(ctx, values) {
    const data = input(ctx, values);
    const campaign = values.campaignId
      ? ctx.services.campaigns.edit(ctx.actor, Number(values.campaignId), data)
      : ctx.services.campaigns.launch(ctx.actor, data);
    return {
      ...say(values.campaignId ? "campaign-edited" : "campaign-launched", { title: campaign.title, code: campaign.code }),
      buttons: [[button("btn-announce-campaign", ANNOUNCE_ACTIONS.new.payload(), "primary")]],
    };
  },
});
