// /campaign (phát động phong trào): a leader or the secretary launches a campaign, or edits one from /campaigns:
// title, description, kind, period, pledge deadline and the titles one may pledge for.

import { CAMPAIGN_KINDS } from "../src/core/campaigns/types";
import { ANNOUNCERS } from "../src/core/roles";
import { answers } from "../src/engine/answers";
import { fieldError } from "../src/engine/forms";
import { dayOf, endOfDay, showDay } from "../src/kernel/dates";
import { button, say, text } from "../src/kernel/reply";
import { ANNOUNCE_ACTIONS } from "./announce";
import { type CommandContext, defineCommand, type FormValues } from "./support/command";

const TITLES = { starts: "field-campaign-starts", ends: "field-campaign-ends", deadline: "field-campaign-deadline" } as const;

function input(ctx: CommandContext, values: FormValues) {
  const a = answers(values);
  const deadline = a.optionalDay("deadline");
  return {
    title: a.string("title"),
    description: a.optionalString("description") ?? "",
    kind: a.oneOf("kind", CAMPAIGN_KINDS),
    startsOn: a.day("startsOn"),
    endsOn: a.day("endsOn"),
    // a deadline means "until the end of that day" where the agency is
    pledgeDeadline: deadline ? endOfDay(deadline, ctx.services.settings.timezone) : null,
    awardCodes: deadline ? a.list("titles") : [],
  };
}

/** The deadline stored for the campaign being edited, so keeping an old (passed) one is not refused. */
function storedDeadline(ctx: CommandContext, values: FormValues): string | null {
  const id = answers(values).optionalId("campaignId");
  const deadline = id ? ctx.services.campaigns.get(id).pledgeDeadline : null;
  return deadline ? dayOf(deadline, ctx.services.settings.timezone) : null;
}

export default defineCommand({
  name: "campaign",
  aliases: ["phatdong", "phatdongphongtrao", "phongtrao"],
  description: "cmd-campaign-description",
  access: ANNOUNCERS,
  where: "dm",
  form: {
    fixes: { "campaign-dates": "endsOn" },
    prefill(ctx, initial) {
      if (!initial.campaignId) return {};
      const c = ctx.services.campaigns.get(answers(initial).id("campaignId"));
      return {
        title: c.title,
        description: c.description,
        kind: c.kind,
        startsOn: c.startsOn,
        endsOn: c.endsOn,
        deadline: c.pledgeDeadline ? dayOf(c.pledgeDeadline, ctx.services.settings.timezone) : null,
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
      { name: "startsOn", kind: "date", title: TITLES.starts, prompt: "ask-campaign-starts" },
      {
        name: "endsOn",
        kind: "date",
        title: TITLES.ends,
        prompt: "ask-campaign-ends",
        check: (_value, _ctx, values) => {
          // an earlier answer that did not fit (in a modal, every field is checked at once) is reported there
          const [starts, ends] = [answers(values).optionalDay("startsOn"), answers(values).day("endsOn")];
          return starts && ends < starts ? fieldError({ title: TITLES.ends }, "check-campaign-ends", { starts: showDay(starts) }) : null;
        },
      },
      {
        name: "deadline",
        kind: "date",
        title: TITLES.deadline,
        prompt: "ask-campaign-deadline",
        optional: true,
        check: (_value, ctx, values) => {
          const a = answers(values);
          const deadline = a.day("deadline");
          const [starts, ends] = [a.optionalDay("startsOn"), a.optionalDay("endsOn")];
          if (starts && ends && (deadline < starts || deadline > ends)) {
            return fieldError({ title: TITLES.deadline }, "check-campaign-deadline-period", { starts: showDay(starts), ends: showDay(ends) });
          }
          const today = dayOf(ctx.services.clock.now(), ctx.services.settings.timezone);
          if (deadline < today && deadline !== storedDeadline(ctx, values)) {
            return fieldError({ title: TITLES.deadline }, "check-campaign-deadline-past", { today: showDay(today) });
          }
          return null;
        },
      },
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
    const editing = answers(values).optionalId("campaignId");
    const campaign = editing ? ctx.services.campaigns.edit(ctx.actor, editing, data) : ctx.services.campaigns.launch(ctx.actor, data);
    return {
      ...say(editing ? "campaign-edited" : "campaign-launched", { title: campaign.title, code: campaign.code }),
      buttons: [[button("btn-announce-campaign", ANNOUNCE_ACTIONS.new.payload(), "primary")]],
    };
  },
});
