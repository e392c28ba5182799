// /documents (văn bản): the documents the bot writes for the person's roles, as .docx files in their private chat
// (the terminal saves them in the export folder). The menu offers only what the person may ask for.

import { hasRole } from "../src/core/directory/service";
import type { GeneratedFile } from "../src/core/ports";
import { actionsOf } from "../src/kernel/actions";
import { yearOf } from "../src/kernel/dates";
import { type Button, button, type Reply, say, text } from "../src/kernel/reply";
import { type CommandContext, defineCommand, handlers } from "./support/command";

export const DOCUMENTS_ACTIONS = actionsOf("documents", [
  "minutes",
  "proposal",
  "upward",
  "decision",
  "pledges",
  "unitpledges",
  "achievements",
  "plan",
  "report",
  "letter",
]);

const thisYear = (ctx: CommandContext) => yearOf(ctx.services.clock.now(), ctx.services.settings.timezone);

function menu(ctx: CommandContext): Reply {
  const { actor, services } = ctx;
  const rows: Button[][] = [];
  const year = thisYear(ctx);
  const campaign = services.campaigns.latestWithPledges();
  if (hasRole(actor, "secretary")) {
    for (const s of services.ballots
      .all()
      .filter((s) => s.status === "closed")
      .slice(-5))
      rows.push([button(text("btn-doc-minutes", { id: s.id }), DOCUMENTS_ACTIONS.minutes.payload(s.id))]);
    const years = [...new Set(services.nominations.list(actor, { status: "approved" }).map((n) => n.year))].sort();
    for (const y of years.length > 0 ? years : [year]) {
      rows.push([
        button(text("btn-doc-proposal", { year: String(y) }), DOCUMENTS_ACTIONS.proposal.payload(y)),
        button(text("btn-doc-upward", { year: String(y) }), DOCUMENTS_ACTIONS.upward.payload(y)),
        button(text("btn-doc-decision", { year: String(y) }), DOCUMENTS_ACTIONS.decision.payload(y)),
      ]);
    }
  }
  if (campaign && hasRole(actor, "secretary", "leader", "admin"))
    rows.push([button(text("btn-doc-pledges", { code: campaign.code }), DOCUMENTS_ACTIONS.pledges.payload(campaign.id))]);
  if (campaign && hasRole(actor, "unit_head"))
    rows.push([button(text("btn-doc-unit-pledges", { code: campaign.code }), DOCUMENTS_ACTIONS.unitpledges.payload(campaign.id))]);
  if (hasRole(actor, "secretary", "leader")) {
    rows.push([
      button(text("btn-doc-plan", { year: String(year + 1) }), DOCUMENTS_ACTIONS.plan.payload(year + 1)),
      button(text("btn-doc-report", { year: String(year) }), DOCUMENTS_ACTIONS.report.payload(year)),
    ]);
  }
  for (const n of ownNominations(ctx).slice(0, 5))
    rows.push([
      button(text("btn-doc-achievements", { id: n.id, nominee: services.nominations.nomineeName(n) }), DOCUMENTS_ACTIONS.achievements.payload(n.id)),
    ]);
  if (rows.length === 0) return say("documents-none");
  return { ...say("documents-menu"), buttons: rows };
}

/** Nominations whose achievement report this person may ask for: their own, and their unit's if they head it. */
function ownNominations(ctx: CommandContext) {
  const { actor, services } = ctx;
  if (!actor) return [];
  const live = services.nominations.ofYear(thisYear(ctx)).filter((n) => n.status !== "withdrawn");
  return live.filter((n) => n.personId === actor.id || (hasRole(actor, "unit_head") && n.unitId === actor.unitId && !hasRole(actor, "secretary")));
}

function delivered(file: GeneratedFile): Reply {
  return {
    blocks: [
      { type: "paragraph", text: text("documents-ready", { file: file.fileName }) },
      { type: "file", ...file },
    ],
  };
}

export default defineCommand({
  name: "documents",
  aliases: ["vanban", "giayto"],
  description: "cmd-documents-description",
  access: "registered",
  where: "dm",
  run: menu,
  actions: handlers(DOCUMENTS_ACTIONS, {
    minutes: async (ctx, id) => delivered(await ctx.services.paperwork.minutes(ctx.actor, Number(id), ctx.locale)),
    proposal: async (ctx, id) => delivered(await ctx.services.paperwork.proposal(ctx.actor, Number(id), "grant", ctx.locale)),
    upward: async (ctx, id) => delivered(await ctx.services.paperwork.proposal(ctx.actor, Number(id), "upward", ctx.locale)),
    decision: async (ctx, id) => delivered(await ctx.services.paperwork.decisionDraft(ctx.actor, Number(id), ctx.locale)),
    pledges: async (ctx, id) => delivered(await ctx.services.paperwork.pledgeSummary(ctx.actor, Number(id), ctx.locale)),
    unitpledges: async (ctx, id) => delivered(await ctx.services.paperwork.unitPledges(ctx.actor, Number(id), ctx.locale)),
    achievements: async (ctx, id) => delivered(await ctx.services.paperwork.achievementReport(ctx.actor, Number(id), ctx.locale)),
    plan: async (ctx, id) => delivered(await ctx.services.paperwork.plan(ctx.actor, Number(id), ctx.locale)),
    report: async (ctx, id) => delivered(await ctx.services.paperwork.yearReport(ctx.actor, Number(id), ctx.locale)),
    letter: async (ctx, id) => delivered(await ctx.services.paperwork.caseLetter(ctx.actor, Number(id))),
  }),
});
