// /unitreview (bình xét): a unit head sees each member with their pledge, self-assessment, quality rating and the
// titles the year's rules allow them (or why none: no confirmed pledge, no rating, or the head himself, whom someone
// else proposes), then opens the unit's review: members vote by secret ballot (/vote) on whom to propose for which
// title; what passes goes to the council as a proposal. The head may close the unit's vote early.
import { DateTime } from "luxon";
import { DomainError } from "../src/core/errors";
import { isComplete } from "../src/core/yearend/assessments";
import { actionsOf } from "../src/kernel/actions";
import { button, type Reply, say, type Text, text } from "../src/kernel/reply";
import { type Choice, type CommandContext, defineCommand, type FormValues, handlers, openForm } from "./support/command";

export const UNITREVIEW_ACTIONS = actionsOf("unitreview", ["open", "close", "closeok"]);

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
  const electorate = ctx.services.unitReviews.electorate(head.unitId);
  const gapsOf = ctx.services.yearEnd.readiness.gaps(
    campaign.id,
    electorate.map((p) => p.id),
  );
  return {
    campaign,
    members: electorate.map((person) => {
      const pledge = pledges.find((p) => p.personId === person.id);
      const assessment = pledge ? assessments.find((a) => a.pledgeId === pledge.id) : undefined;
      // the head's own title is proposed by someone else; the others need a confirmed pledge and a rating first
      const gaps: string[] = person.id === head.id ? ["self"] : (gapsOf.get(person.id) ?? []);
      const eligible = (gaps.length > 0 ? [] : TITLES(ctx)).filter(
        (code) =>
          ctx.services.nominations.refusalOf(head, {
            nominee: "person",
            nomineeId: person.id,
            awardCode: code,
            kind: "year_end",
            campaignId: campaign.id,
          }) === null,
      );
      return { person, pledge, assessment, grade: ctx.services.yearEnd.ratings.gradeOf(person.id, year), eligible, gaps };
    }),
  };
}

const awardName = (ctx: CommandContext, code: string) => ctx.services.catalog.get(code)?.name[ctx.locale] ?? code;

/** Why a member is not eligible: each gap in words, or the titles they are eligible for. */
function eligibleText(ctx: CommandContext, m: { eligible: string[]; gaps: string[] }): Text {
  if (m.gaps.length > 0)
    return text("unitreview-not-eligible", { why: m.gaps.map((g) => ctx.services.translator.t(ctx.locale, `unitreview-gap-${g}`)).join("; ") });
  return text("raw", { value: m.eligible.length > 0 ? m.eligible.map((c) => awardName(ctx, c)).join(", ") : "—" });
}

/** The unit's reviews still open, which its head may close early. */
function openReviews(ctx: CommandContext) {
  const head = ctx.actor;
  if (!head) return [];
  return ctx.services.ballots.all().filter((s) => s.status === "open" && s.scope === "unit" && s.unitId === head.unitId);
}

function overviewReply(ctx: CommandContext): Reply {
  const { campaign, members } = overview(ctx);
  const closable = openReviews(ctx).map((s) => [
    button(text("btn-unitreview-close", { id: s.id }), UNITREVIEW_ACTIONS.close.payload(s.id), "danger"),
  ]);
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
            eligible: eligibleText(ctx, m),
          }),
        ),
      },
    ],
    buttons: [
      ...(members.some((m) => m.eligible.length > 0) ? [[button("btn-unitreview-open", UNITREVIEW_ACTIONS.open.payload(), "primary")]] : []),
      ...closable,
    ],
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
  actions: handlers(UNITREVIEW_ACTIONS, {
    open: () => openForm("unitreviewopen", {}),
    close: (_ctx, id) => ({
      ...say("unitreview-close-confirm", { id: Number(id) }),
      buttons: [[button("btn-session-close-ok", UNITREVIEW_ACTIONS.closeok.payload(Number(id)), "danger")]],
    }),
    // the service checks the head closes only their own unit's review
    async closeok(ctx, id) {
      return ctx.services.ballots.resultReply(await ctx.services.ballots.close(ctx.actor, Number(id)));
    },
  }),
});
