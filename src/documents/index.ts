// The Paperwork port, implemented: who may ask for which document, the data gathered from the services, and the
// .docx rendered from the elements in ./layout. Filenames are ASCII with the date; nothing is stored.
import type { BallotService } from "../core/ballots/service";
import type { AwardCatalog } from "../core/campaigns/catalog";
import type { CampaignService } from "../core/campaigns/service";
import { letterLines } from "../core/cases/letter";
import type { CaseService } from "../core/cases/service";
import { type DirectoryService, requireRole } from "../core/directory/service";
import type { Person } from "../core/directory/types";
import { DomainError } from "../core/errors";
import type { NominationService } from "../core/nominations/service";
import type { Paperwork } from "../core/paperwork";
import type { PledgeService } from "../core/pledges/service";
import type { GeneratedFile } from "../core/ports";
import type { Records } from "../core/records";
import { PLEDGE_OVERSEERS, YEAR_END_ORGANISERS } from "../core/roles";
import type { YearEnd } from "../core/yearend";
import type { Clock, Translator } from "../kernel/ports";
import { achievementReport } from "./achievement-data";
import { awardsFromRecord } from "./awards-received";
import type { LegalBases } from "./bases";
import { certificatesOf } from "./certificate-data";
import { CERTIFICATE_PAGE, certificatePage } from "./certificates";
import { DOCX_MIME, type DocContext, docContext } from "./context";
import { decisionSpec } from "./decision";
import { type DocumentSpec, renderDocument, renderSections } from "./layout";
import { renderLetter } from "./letter";
import { groupsOf, type Level } from "./list";
import { minutesSpec } from "./minutes";
import { planSpec } from "./plan";
import { pledgeSummarySpec, unitPledgeSpec } from "./pledges";
import { proposalSpec, provinceChair } from "./proposal";
import type { DocumentSettings } from "./settings";
import { createPostOf } from "./signers";
import { inRunningText } from "./words";
import { yearFigures } from "./year-figures";
import { yearReportSpec } from "./year-report";

export interface PaperworkDeps {
  translator: Translator;
  clock: Clock;
  /** The document settings as they stand now (the demo may be seeded after start). */
  settings: () => DocumentSettings;
  legalBases: LegalBases;
  /** The id of the rule set a year's nominations are judged by. */
  ruleSetOf: (year: number) => string;
  directory: DirectoryService;
  campaigns: CampaignService;
  pledges: PledgeService;
  nominations: NominationService;
  ballots: BallotService;
  catalog: AwardCatalog;
  yearEnd: YearEnd;
  /** Does the Sở grant this title itself in this year (else it proposes it upward)? */
  grantsItself: (awardCode: string, year: number) => boolean;
  /** Does the year's rule set (or the agency) ask the council to vote on this title? */
  voteRequired: (awardCode: string, year: number) => boolean;
  /** Members whose ballot came in writing, for the minutes. */
  writtenBy: (sessionId: number) => number[];
  /** "Các hình thức đã được khen thưởng" of a person or a unit; unset: what the bot's own decisions hold. */
  /** The record of achievements: the achievement report lists what its holder received in earlier years. */
  records: Pick<Records, "awardsReceived">;
  /** Complaints and denunciations received and settled in a year: counts only, never a sender. */
  caseFigures: (year: number) => { received: number; settled: number };
  cases: Pick<CaseService, "ownCase">;
}

export function createPaperwork(deps: PaperworkDeps): Paperwork {
  const { directory, catalog } = deps;

  async function file(ctx: DocContext, base: string, spec: DocumentSpec): Promise<GeneratedFile> {
    return { fileName: ctx.fileName(base), mimeType: DOCX_MIME, data: await renderDocument(spec) };
  }
  const context = (locale: Parameters<Translator["t"]>[0]) => docContext(deps, locale, deps.settings(), deps.clock.now());
  const awardsReceived = awardsFromRecord({
    records: deps.records,
    issuerOf: (code, year) => {
      const settings = deps.settings();
      return deps.grantsItself(code, year) ? `Giám đốc ${inRunningText(settings.name)}` : provinceChair(settings.parent);
    },
  });
  const listData = { nominations: deps.nominations, directory, catalog, grantsItself: deps.grantsItself, voteRequired: deps.voteRequired };
  /** Nominations passed by the council's vote in a closed session. */
  const voted = () =>
    new Set(
      deps.ballots
        .all()
        .filter((s) => s.status === "closed" && s.scope === "council")
        .flatMap((s) =>
          deps.ballots
            .result(s.id)
            .items.filter((i) => i.passed)
            .map((i) => i.nominationId),
        ),
    );

  function passedGroups(actor: Person | null, year: number, level: Level) {
    const groups = groupsOf(listData, deps.nominations.list(actor, {}), year, level);
    if (groups.length === 0) throw new DomainError("document-nothing");
    return groups;
  }

  return {
    async minutes(actor, sessionId, locale) {
      const secretary = requireRole(actor, "secretary");
      const ctx = context(locale);
      const data = { ballots: deps.ballots, nominations: deps.nominations, catalog, writtenBy: deps.writtenBy, postOf: createPostOf(directory) };
      return file(ctx, ctx.t("doc-file-minutes", { id: sessionId }), minutesSpec(ctx, data, sessionId, secretary));
    },

    async proposal(actor, year, level, locale) {
      requireRole(actor, "secretary");
      const ctx = context(locale);
      const groups = passedGroups(actor, year, level);
      return file(
        ctx,
        ctx.t(level === "grant" ? "doc-file-proposal" : "doc-file-proposal-upward", { year: String(year) }),
        proposalSpec(ctx, { ...listData, voted: voted() }, groups, year, level),
      );
    },

    async decisionDraft(actor, year, locale) {
      requireRole(actor, "secretary");
      const ctx = context(locale);
      const groups = passedGroups(actor, year, "grant");
      return file(ctx, ctx.t("doc-file-decision", { year: String(year) }), decisionSpec(ctx, listData, groups, year));
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
        unitPledgeSpec(ctx, deps, campaign, unit, deps.pledges.ofCampaign(campaignId)),
      );
    },

    async achievementReport(actor, nominationId, locale) {
      const ctx = context(locale);
      const spec = achievementReport(ctx, { ...deps, postOf: createPostOf(directory), awardsReceived }, actor, nominationId);
      return file(ctx, ctx.t("doc-file-achievements", { id: nominationId }), spec);
    },

    async plan(actor, year, locale) {
      requireRole(actor, ...YEAR_END_ORGANISERS);
      const ctx = context(locale);
      return file(ctx, ctx.t("doc-file-plan", { year: String(year) }), planSpec(ctx, deps, deps.campaigns.all(), year));
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
      return file(ctx, ctx.t("doc-file-report", { year: String(year) }), yearReportSpec(ctx, catalog, yearFigures(deps, year)));
    },

    async certificates(actor, year, locale) {
      requireRole(actor, "secretary");
      const ctx = context(locale);
      const certificates = certificatesOf(
        ctx,
        { ...deps, postOf: createPostOf(directory) },
        deps.nominations.list(actor, { status: "decided" }),
        year,
      );
      ctx.need(["parent", "name", "place"]);
      return {
        fileName: ctx.fileName(ctx.t("doc-file-certificates", { year: String(year) })),
        mimeType: DOCX_MIME,
        data: await renderSections(
          certificates.map((c) => certificatePage(ctx, c)),
          { page: CERTIFICATE_PAGE, numbered: false },
        ),
      };
    },
  };
}
