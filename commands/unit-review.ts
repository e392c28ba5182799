// /unitreview (bình xét): a unit head sees each member with their pledge, self-assessment, quality rating and the
// titles the year's rules allow them, then opens the unit's review: members vote by secret ballot (/vote) on whom
// to propose for which title; what passes goes to the council as a proposal.
import { DateTime } from "luxon";
import { DomainError } from "../src/core/errors";
import { isComplete } from "../src/core/yearend/assessments";
import { actionsOf } from "../src/kernel/actions";
import { button, type Reply, text } from "../src/kernel/reply";
import { type Choice, type CommandContext, defineCommand, type FormValues, handlers, openForm } from "./support/command";

export const UNITREVIEW_ACTIONS = actionsOf("unitreview", ["open"]);

/** Individual titles a unit proposes at year end: those its members could pledge for. */
const TITLES = (ctx: CommandContext) => ctx.services.catalog.pledgeable("individual").map((a) => a.code);

function campaignOf(ctx: CommandContext) {
  const campaign = ctx.services.campaigns.latestWithPledges();
  if (!campaign) throw new DomainError("no-open-campaign");
  return campaign;
}

/** Each member of the head's unit, with the person × title pairs the rules allow. */
function overview(ctx: CommandContext) {
  const campaign = campaignOf(ctx);
  const year = DateTime.fromISO(campaign.startsOn).year;
  const head = ctx.actor;
  if (!head) throw new DomainError("not-allowed");
  const pledges = ctx.services.pledges.ofCampaign(campaign.id).filter((p) => p.subject === "person");
  const assessments = ctx.services.yearEnd.assessments.ofCampaign(campaign.id);
  return {
    campaign,
    members: ctx.services.unitReviews.electorate(head.unitId).map((person) => {
      const pledge = pledges.find((p) => p.personId === person.id);
      const assessment = pledge ? assessments.find((a) => a.pledgeId === pledge.id) : undefined;
      const eligible = TITLES(ctx).filter(
        (code) =>
          ctx.services.nominations.refusalOf(head, {
            nominee: "person",
            nomineeId: person.id,
            awardCode: code,
            kind: "year_end",
            campaignId: campaign.id,
          }) === null,
      );
      return { person, pledge, assessment, grade: ctx.services.yearEnd.ratings.gradeOf(person.id, year), eligible };
    }),
  };
}

const awardName = (ctx: CommandContext, code: string) => ctx.services.catalog.get(code)?.name[ctx.locale] ?? code;

function overviewReply(ctx: CommandContext): Reply {
  const { campaign, members } = overview(ctx);
  return {
    blocks: [
      { type: "heading", text: text("unitreview-title", { campaign: campaign.title }) },
      {
        type: "list",
        items: members.map((m) =>
          text("unitreview-member", {
            name: m.person.fullName,
            pledge: m.pledge ? m.pledge.awardCodes.map((c) => awardName(ctx, c)).join(", ") : "—",
            assessed: text(isComplete(m.assessment) ? "unitreview-assessed" : "unitreview-not-assessed"),
            grade: text(m.grade ? `grade-${m.grade}` : "grade-none"),
            eligible: m.eligible.length > 0 ? m.eligible.map((c) => awardName(ctx, c)).join(", ") : "—",
          }),
        ),
      },
    ],
    buttons: members.some((m) => m.eligible.length > 0) ? [[button("btn-unitreview-open", UNITREVIEW_ACTIONS.open.payload(), "primary")]] : [],
  };
}

function candidateChoices(ctx: CommandContext): Choice[] {
  return overview(ctx).members.flatMap((m) =>
    m.eligible.map((code) => ({
      value: `${m.person.id}:${code}`,
      label: text("unitreview-candidate", { name: m.person.fullName, award: awardName(ctx, code) }),
    })),
  );
}

async function open(ctx: CommandContext, values: FormValues): Promise<Reply> {
  const { campaign, members } = overview(ctx);
  const closes = DateTime.fromJSDate(values.closes instanceof Date ? values.closes : new Date(String(values.closes)), {
    zone: ctx.services.settings.timezone,
  })
    .endOf("day")
    .toJSDate();
  const candidates = (values.candidates as string[]).map((value) => {
    const [person, awardCode = ""] = value.split(":");
    const member = members.find((m) => m.person.id === Number(person));
    if (!member) throw new DomainError("not-allowed");
    // the achievements the council will read: the member's own, from their self-assessment, else their pledge
    const achievements =
      member.assessment?.achievements || member.pledge?.commitments || ctx.services.translator.t(ctx.locale, "unitreview-no-achievements");
    return { personId: member.person.id, awardCode, achievements };
  });
  const session = await ctx.services.unitReviews.open(ctx.actor, {
    title: ctx.services.translator.t(ctx.locale, "unitreview-session-title", { campaign: campaign.title }),
    campaignId: campaign.id,
    candidates,
    endsAt: closes,
  });
  return {
    blocks: [
      {
        type: "paragraph",
        text: text("unitreview-opened", { id: session.id, count: candidates.length, members: session.memberCount, endsAt: closes }),
      },
    ],
  };
}

export const unitReviewOpen = defineCommand({
  name: "unitreviewopen",
  aliases: [],
  description: "cmd-unitreviewopen-description",
  access: ["unit_head"],
  where: "dm",
  hidden: true,
  form: {
    fields: [
      {
        name: "candidates",
        kind: "multichoice",
        title: "field-unitreview-candidates",
        prompt: "ask-unitreview-candidates",
        choices: candidateChoices,
      },
      { name: "closes", kind: "date", title: "field-unitreview-closes", prompt: "ask-unitreview-closes" },
    ],
  },
  run: open,
});

export default defineCommand({
  name: "unitreview",
  aliases: ["binhxet", "hopbinhxet"],
  description: "cmd-unitreview-description",
  access: ["unit_head"],
  where: "dm",
  run: overviewReply,
  actions: handlers(UNITREVIEW_ACTIONS, { open: () => openForm("unitreviewopen", {}) }),
});
