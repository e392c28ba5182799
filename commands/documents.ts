// /documents (văn bản): the documents the bot writes for the person's roles, as .docx files in their private chat
// (the terminal saves them in the export folder). The menu offers only what the person may ask for; the secretary's
// menu is for a year ("/documents 2023"), by default the latest with nominations passed or decided.

import { hasRole } from "../src/core/directory/service";
import type { GeneratedFile } from "../src/core/ports";
import { actionsOf } from "../src/kernel/actions";
import { yearOf } from "../src/kernel/dates";
import { type Button, fileButton, type Reply, say, text } from "../src/kernel/reply";
import { type CommandContext, defineCommand, handlers } from "./support/command";

export const DOCUMENTS_ACTIONS = actionsOf("documents", [
  "minutes",
  "proposal",
  "upward",
  "decision",
  "certificates",
  "pledges",
  "unitpledges",
  "achievements",
  "plan",
  "report",
  "letter",
]);

const thisYear = (ctx: CommandContext) => yearOf(ctx.services.clock.now(), ctx.services.settings.timezone);

/** Years with nominations the council passed or the Sở decided, newest first: after /decide a year stays listed. */
function documentYears(ctx: CommandContext): number[] {
  if (!hasRole(ctx.actor, "secretary")) return [];
  const { rules } = ctx.services;
  const passed = ctx.services.nominations
    .list(ctx.actor, {})
    .filter(
      (n) => n.status === "approved" || n.status === "decided" || (n.status === "proposed" && !rules.forYear(n.year).vote(n.awardCode).required),
    );
  return [...new Set(passed.map((n) => n.year))].sort((a, b) => b - a);
}

function menu(ctx: CommandContext): Reply {
  const { actor, services } = ctx;
  const word = ctx.args.trim();
  if (word && !/^\d{4}$/.test(word)) return say("documents-bad-year", { value: word });
  const years = documentYears(ctx);
  const year = word ? Number(word) : (years[0] ?? thisYear(ctx));
  const rows: Button[][] = [];
  const campaign =
    services.campaigns.all().find((c) => c.pledgeDeadline !== null && Number(c.startsOn.slice(0, 4)) === year) ??
    services.campaigns.latestWithPledges();
  if (hasRole(actor, "secretary")) {
    const decided = services.nominations.list(actor, { status: "decided" }).some((n) => n.year === year);
    const ofYear = new Set(services.nominations.ofYear(year).map((n) => n.id));
    const closed = services.ballots.all().filter((s) => s.status === "closed");
    const sessions = closed.filter((s) => services.ballots.result(s.id).items.some((i) => ofYear.has(i.nominationId)));
    for (const s of (sessions.length > 0 ? sessions : closed).slice(-5))
      rows.push([fileButton(text("btn-doc-minutes", { id: s.id }), DOCUMENTS_ACTIONS.minutes.payload(s.id))]);
    rows.push([
      fileButton(text("btn-doc-proposal", { year: String(year) }), DOCUMENTS_ACTIONS.proposal.payload(year)),
      fileButton(text("btn-doc-upward", { year: String(year) }), DOCUMENTS_ACTIONS.upward.payload(year)),
      fileButton(text("btn-doc-decision", { year: String(year) }), DOCUMENTS_ACTIONS.decision.payload(year)),
    ]);
    if (decided) rows.push([fileButton(text("btn-doc-certificates", { year: String(year) }), DOCUMENTS_ACTIONS.certificates.payload(year))]);
  }
  if (campaign && hasRole(actor, "secretary", "leader", "admin"))
    rows.push([fileButton(text("btn-doc-pledges", { code: campaign.code }), DOCUMENTS_ACTIONS.pledges.payload(campaign.id))]);
  if (campaign && hasRole(actor, "unit_head"))
    rows.push([fileButton(text("btn-doc-unit-pledges", { code: campaign.code }), DOCUMENTS_ACTIONS.unitpledges.payload(campaign.id))]);
  if (hasRole(actor, "secretary", "leader")) {
    // this year's menu offers next year's plan; an earlier year's, that year's own
    const planYear = word ? year : year + 1;
    rows.push([
      fileButton(text("btn-doc-plan", { year: String(planYear) }), DOCUMENTS_ACTIONS.plan.payload(planYear)),
      fileButton(text("btn-doc-report", { year: String(year) }), DOCUMENTS_ACTIONS.report.payload(year)),
    ]);
  }
  for (const n of ownNominations(ctx, year).slice(0, 5))
    rows.push([
      fileButton(
        text("btn-doc-achievements", { id: n.id, nominee: services.nominations.nomineeName(n) }),
        DOCUMENTS_ACTIONS.achievements.payload(n.id),
      ),
    ]);
  if (rows.length === 0) return say("documents-none");
  const heading = hasRole(actor, "secretary")
    ? say("documents-menu-year", { year: String(year), years: years.length > 0 ? years.map(String).join(", ") : text("documents-no-years") })
    : say("documents-menu");
  return { ...heading, buttons: rows };
}

/** Nominations whose achievement report this person may ask for: their own, and their unit's if they head it. */
function ownNominations(ctx: CommandContext, year: number) {
  const { actor, services } = ctx;
  if (!actor) return [];
  const live = services.nominations.ofYear(year).filter((n) => n.status !== "withdrawn");
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
    certificates: async (ctx, id) => delivered(await ctx.services.paperwork.certificates(ctx.actor, Number(id), ctx.locale)),
    pledges: async (ctx, id) => delivered(await ctx.services.paperwork.pledgeSummary(ctx.actor, Number(id), ctx.locale)),
    unitpledges: async (ctx, id) => delivered(await ctx.services.paperwork.unitPledges(ctx.actor, Number(id), ctx.locale)),
    achievements: async (ctx, id) => delivered(await ctx.services.paperwork.achievementReport(ctx.actor, Number(id), ctx.locale)),
    plan: async (ctx, id) => delivered(await ctx.services.paperwork.plan(ctx.actor, Number(id), ctx.locale)),
    report: async (ctx, id) => delivered(await ctx.services.paperwork.yearReport(ctx.actor, Number(id), ctx.locale)),
    letter: async (ctx, id) => delivered(await ctx.services.paperwork.caseLetter(ctx.actor, Number(id))),
  }),
});
