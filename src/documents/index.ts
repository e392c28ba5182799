// The Paperwork port, implemented: who may ask for which document, the data gathered from the services, and the
// .docx rendered by layout.ts. Filenames are ASCII with the date; nothing is stored.
import { DateTime } from "luxon";
import type { BallotService } from "../core/ballots/service";
import type { AwardCatalog } from "../core/campaigns/catalog";
import type { CampaignService } from "../core/campaigns/service";
import { letterLines } from "../core/cases/letter";
import type { CaseService } from "../core/cases/service";
import { type DirectoryService, hasRole, requireRole } from "../core/directory/service";
import { DomainError } from "../core/errors";
import type { NominationService } from "../core/nominations/service";
import type { Paperwork } from "../core/paperwork";
import type { PledgeService } from "../core/pledges/service";
import type { GeneratedFile } from "../core/ports";
import { PLEDGE_OVERSEERS, YEAR_END_ORGANISERS } from "../core/roles";
import type { YearEnd } from "../core/yearend";
import { isComplete } from "../core/yearend/assessments";
import type { Clock, Translator } from "../kernel/ports";
import { achievementReportSpec } from "./achievements";
import { type AgencySettings, DOCX_MIME, type DocContext, docContext } from "./context";
import { type DocumentSpec, renderDocument } from "./layout";
import { renderLetter } from "./letter";
import { minutesSpec } from "./minutes";
import { pledgeSummarySpec, unitPledgeSpec } from "./pledges";
import { approvedGroups, decisionSpec, proposalSpec } from "./proposals";
import { planSpec, type YearFigures, yearReportSpec } from "./year";

export interface PaperworkDeps {
  translator: Translator;
  clock: Clock;
  agency: AgencySettings;
  directory: DirectoryService;
  campaigns: CampaignService;
  pledges: PledgeService;
  nominations: NominationService;
  ballots: BallotService;
  catalog: AwardCatalog;
  yearEnd: YearEnd;
  /** Does the Sở grant this title itself in this year (else it proposes it upward)? */
  grantsItself: (awardCode: string, year: number) => boolean;
  /** Complaints and denunciations received and settled in a year: counts only, never a sender. */
  caseFigures: (year: number) => { received: number; settled: number };
  cases: Pick<CaseService, "ownCase">;
}

export function createPaperwork(deps: PaperworkDeps): Paperwork {
  const { directory, catalog } = deps;

  async function file(ctx: DocContext, base: string, spec: DocumentSpec): Promise<GeneratedFile> {
    return { fileName: ctx.fileName(base), mimeType: DOCX_MIME, data: await renderDocument(spec) };
  }
  const context = (locale: Parameters<Translator["t"]>[0]) => docContext(deps.translator, locale, deps.agency, deps.clock.now());
  const proposalData = { nominations: deps.nominations, directory, catalog, grantsItself: deps.grantsItself };

  function approvedOf(actor: Parameters<Paperwork["minutes"]>[0], year: number, level: "grant" | "upward") {
    const approved = deps.nominations.list(actor, { status: "approved" });
    const groups = approvedGroups(proposalData, approved, year, level);
    if (groups.length === 0) throw new DomainError("document-nothing");
    return groups;
  }

  return {
    async minutes(actor, sessionId, locale) {
      const secretary = requireRole(actor, "secretary");
      const ctx = context(locale);
      return file(ctx, ctx.t("doc-file-minutes", { id: sessionId }), minutesSpec(ctx, deps, sessionId, secretary.fullName));
    },

    async proposal(actor, year, level, locale) {
      requireRole(actor, "secretary");
      const ctx = context(locale);
      const groups = approvedOf(actor, year, level);
      return file(
        ctx,
        ctx.t(level === "grant" ? "doc-file-proposal" : "doc-file-proposal-upward", { year: String(year) }),
        proposalSpec(ctx, proposalData, groups, year, level),
      );
    },

    async decisionDraft(actor, year, locale) {
      requireRole(actor, "secretary");
      const ctx = context(locale);
      const groups = approvedOf(actor, year, "grant");
      return file(ctx, ctx.t("doc-file-decision", { year: String(year) }), decisionSpec(ctx, proposalData, groups, year));
    },

    async pledgeSummary(actor, campaignId, locale) {
      requireRole(actor, ...PLEDGE_OVERSEERS);
      const ctx = context(locale);
      const campaign = deps.campaigns.get(campaignId);
      return file(
        ctx,
        ctx.t("doc-file-pledge-summary", { code: campaign.code }),
        pledgeSummarySpec(ctx, deps, campaign, deps.pledges.list(actor, campaignId)),
      );
    },

    async unitPledges(actor, campaignId, locale) {
      const head = requireRole(actor, "unit_head");
      const ctx = context(locale);
      const campaign = deps.campaigns.get(campaignId);
      const unit = directory.unit(head.unitId);
      if (!unit) throw new DomainError("unit-not-found", { query: String(head.unitId) });
      return file(
        ctx,
        ctx.t("doc-file-unit-pledge", { code: campaign.code }),
        unitPledgeSpec(ctx, deps, campaign, unit, deps.pledges.ofCampaign(campaignId), head.fullName),
      );
    },

    async achievementReport(actor, nominationId, locale) {
      const nomination = deps.nominations.get(nominationId);
      const allowed =
        (actor !== null && nomination.personId === actor.id) ||
        hasRole(actor, "secretary") ||
        (hasRole(actor, "unit_head") && actor?.unitId === nomination.unitId);
      if (!allowed) throw new DomainError("not-allowed");
      const ctx = context(locale);
      const pledge =
        nomination.personId === null
          ? undefined
          : deps.pledges.ofCampaign(nomination.campaignId ?? -1).find((p) => p.subject === "person" && p.personId === nomination.personId);
      const assessment = pledge ? (deps.yearEnd.assessments.ofCampaign(pledge.campaignId).find((a) => a.pledgeId === pledge.id) ?? null) : null;
      const earlier = deps.nominations.history(nomination).filter((n) => n.status === "decided" && n.id !== nomination.id);
      return file(ctx, ctx.t("doc-file-achievements", { id: nominationId }), achievementReportSpec(ctx, deps, nomination, assessment, earlier));
    },

    async plan(actor, year, locale) {
      requireRole(actor, ...YEAR_END_ORGANISERS);
      const ctx = context(locale);
      return file(ctx, ctx.t("doc-file-plan", { year: String(year) }), planSpec(ctx, deps.campaigns.all(), year));
    },

    async caseLetter(actor, caseId) {
      const item = deps.cases.ownCase(actor, caseId);
      if (item.kind === "feedback" || !item.letter) throw new DomainError("document-nothing");
      // the letter goes to a Vietnamese agency, whatever the chat's language
      const lines = letterLines(item.kind, item.letter, (key, args) => deps.translator.t("vi", key, args));
      const ctx = context("vi");
      return {
        fileName: ctx.fileName(`${item.kind === "complaint" ? "don khieu nai" : "don to cao"} ${item.number}`),
        mimeType: DOCX_MIME,
        data: await renderLetter(lines),
      };
    },

    async yearReport(actor, year, locale) {
      requireRole(actor, ...YEAR_END_ORGANISERS);
      const ctx = context(locale);
      return file(ctx, ctx.t("doc-file-report", { year: String(year) }), yearReportSpec(ctx, catalog, figuresOf(year)));
    },
  };

  /** The year's figures, from the campaigns of that year and the decided and proposed awards. */
  function figuresOf(year: number): YearFigures {
    const campaigns = deps.campaigns.all().filter((c) => DateTime.fromISO(c.startsOn).year === year && c.pledgeDeadline !== null);
    const active = directory.activeByUnit();
    const people = directory.units().flatMap((u) => active.get(u.id) ?? []);
    const pledgers = new Set<number>();
    const assessed = new Set<number>();
    for (const campaign of campaigns) {
      const pledges = deps.pledges.ofCampaign(campaign.id).filter((p) => p.subject === "person" && p.personId !== null);
      for (const p of pledges) pledgers.add(p.personId as number);
      const complete = new Set(
        deps.yearEnd.assessments
          .ofCampaign(campaign.id)
          .filter(isComplete)
          .map((a) => a.pledgeId),
      );
      for (const p of pledges) if (complete.has(p.id)) assessed.add(p.personId as number);
    }
    const granted: Record<string, number> = {};
    const proposedUpward: Record<string, number> = {};
    for (const n of deps.nominations.ofYear(year)) {
      if (n.status !== "decided" && n.status !== "approved") continue;
      const bucket = deps.grantsItself(n.awardCode, year) ? (n.status === "decided" ? granted : null) : proposedUpward;
      if (bucket) bucket[n.awardCode] = (bucket[n.awardCode] ?? 0) + 1;
    }
    const cases = deps.caseFigures(year);
    return {
      year,
      staff: people.length,
      pledged: pledgers.size,
      assessed: assessed.size,
      rated: deps.yearEnd.ratings.ratingsOf(year).length,
      granted,
      proposedUpward,
      casesReceived: cases.received,
      casesSettled: cases.settled,
    };
  }
}
