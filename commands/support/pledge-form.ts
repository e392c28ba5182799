// The pledge form shared by /pledge (a person) and /unitpledge (a unit head for the unit).

import { DomainError } from "../../src/core/errors";
import { MAX_COMMITMENTS_LENGTH } from "../../src/core/pledges/service";
import type { PledgeSubject } from "../../src/core/pledges/types";
import { answers } from "../../src/engine/answers";
import { button, say, text } from "../../src/kernel/reply";
import type { Choice, CommandContext, FormSpec, FormValues, Outcome } from "./command";
import { MYPLEDGES_ACTIONS } from "./pledge-actions";
import { pledgeLine } from "./pledge-view";

function campaignId(ctx: CommandContext, values: FormValues): number | null {
  const chosen = answers(values).optionalId("campaign");
  if (chosen) return chosen;
  const open = ctx.services.campaigns.openForPledges();
  return open.length === 1 && open[0] ? open[0].id : null;
}

export function pledgeForm(subject: PledgeSubject): FormSpec {
  const awardSubject = subject === "person" ? "individual" : "collective";
  return {
    fixes: { "award-not-offered": "titles", "award-wrong-subject": "titles" },
    // a returned pledge being fixed: why it came back stays in view until it is sent again
    preview(ctx, values) {
      const id = answers(values).optionalId("pledgeId");
      const pledge = id ? ctx.services.pledges.get(id) : null;
      if (pledge?.status !== "returned" || !pledge.returnReason) return [];
      const reviewer = pledge.reviewedBy ? ctx.services.directory.getPerson(pledge.reviewedBy).fullName : "";
      return [{ type: "paragraph", text: text("pledge-return-reason", { reviewer, reason: pledge.returnReason }) }];
    },
    prefill(ctx, initial) {
      if (initial.pledgeId) return {};
      const open = ctx.services.campaigns.openForPledges();
      if (open.length === 0) throw new DomainError("no-open-campaign");
      // refuse before asking anything when the only campaign is already pledged for
      const subjectId = subject === "person" ? ctx.actor?.id : ctx.actor?.unitId;
      const mine = ctx.services.pledges.mine(ctx.actor).filter((p) => p.subject === subject && (subject === "unit" || p.personId === subjectId));
      const remaining = open.filter((c) => !mine.some((p) => p.campaignId === c.id));
      if (remaining.length === 0 && mine[0]) throw new DomainError("already-pledged", { id: mine[0].id });
      return remaining.length === 1 && remaining[0] ? { campaign: String(remaining[0].id) } : {};
    },
    fields: [
      {
        name: "campaign",
        kind: "choice",
        title: "field-campaign",
        prompt: "ask-campaign",
        choices: (ctx) => ctx.services.campaigns.openForPledges().map((c) => ({ value: String(c.id), label: text("raw", { value: c.title }) })),
      },
      {
        name: "titles",
        kind: "multichoice",
        title: "field-titles",
        prompt: subject === "person" ? "ask-titles-person" : "ask-titles-unit",
        choices(ctx, values): Choice[] {
          const id = campaignId(ctx, values);
          if (id === null) return [];
          const offered = ctx.services.campaigns.get(id).awardCodes;
          return ctx.services.catalog
            .pledgeable(awardSubject)
            .filter((a) => offered.includes(a.code))
            .map((a) => ({ value: a.code, label: text("raw", { value: a.name }) }));
        },
      },
      {
        name: "commitments",
        kind: "longtext",
        title: "field-commitments",
        prompt: "ask-commitments",
        maxLength: MAX_COMMITMENTS_LENGTH,
        // several messages on a phone, one commitment each: the next ones are added, not lost
        more: "btn-add-commitment",
      },
    ],
  };
}

/** Saves a new pledge, or the edited one when the form was opened from "Edit". */
export async function savePledge(ctx: CommandContext, subject: PledgeSubject, values: FormValues): Promise<Outcome> {
  const a = answers(values);
  const input = { awardCodes: a.list("titles"), commitments: a.string("commitments") };
  const editing = a.optionalId("pledgeId");
  if (editing) {
    const pledge = await ctx.services.pledges.edit(ctx.actor, editing, input);
    return {
      ...say("pledge-updated", { id: pledge.id }),
      blocks: [
        { type: "paragraph", text: text("pledge-updated", { id: pledge.id }) },
        { type: "list", items: [pledgeLine(ctx, pledge)] },
      ],
    };
  }
  const pledge = await ctx.services.pledges.create(ctx.actor, subject, { ...input, campaignId: a.id("campaign") });
  const heads = subject === "person" ? ctx.services.directory.unitHeads(pledge.unitId).filter((h) => h.id !== ctx.actor?.id) : [];
  return {
    blocks: [
      { type: "paragraph", text: text("pledge-created", { id: pledge.id }) },
      { type: "list", items: [pledgeLine(ctx, pledge)] },
      {
        type: "paragraph",
        text: text(subject === "person" ? (heads.length > 0 ? "pledge-next-head" : "pledge-next-leader") : "pledge-next-secretary", {
          heads: heads.map((h) => h.fullName),
        }),
      },
    ],
    buttons: [[button("btn-my-pledges", MYPLEDGES_ACTIONS.list.payload())]],
  };
}
