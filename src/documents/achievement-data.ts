// Gathers an achievement report: who may ask (the nominee, their unit's head, the secretary), the person's profile
// and post or the collective's people, the pledge and its self-assessment, the awards received, and who confirms.
import type { AwardCatalog } from "../core/campaigns/catalog";
import type { CampaignService } from "../core/campaigns/service";
import { type DirectoryService, hasRole } from "../core/directory/service";
import type { Person } from "../core/directory/types";
import { DomainError } from "../core/errors";
import type { NominationService } from "../core/nominations/service";
import type { PledgeService } from "../core/pledges/service";
import type { YearEnd } from "../core/yearend";
import { personReportSpec } from "./achievements";
import { unitReportSpec } from "./achievements-unit";
import type { AwardsReceived } from "./awards-received";
import type { DocContext } from "./context";
import type { DocumentSpec, Signature } from "./layout";
import { isPassed } from "./list";

export interface AchievementData {
  directory: DirectoryService;
  nominations: NominationService;
  pledges: PledgeService;
  campaigns: CampaignService;
  yearEnd: YearEnd;
  catalog: AwardCatalog;
  grantsItself: (awardCode: string, year: number) => boolean;
  voteRequired: (awardCode: string, year: number) => boolean;
  awardsReceived: AwardsReceived;
  postOf: (person: Person) => string;
}

export function achievementReport(ctx: DocContext, deps: AchievementData, actor: Person | null, nominationId: number): DocumentSpec {
  const { t } = ctx;
  const nomination = deps.nominations.get(nominationId);
  const allowed =
    (actor !== null && nomination.personId === actor.id) ||
    hasRole(actor, "secretary") ||
    (hasRole(actor, "unit_head") && actor?.unitId === nomination.unitId);
  if (!allowed) throw new DomainError("not-allowed");
  const unit = deps.directory.unit(nomination.unitId);
  const head = ctx.signers.unitHead(nomination.unitId);
  const director = ctx.signers.director();
  const award = deps.catalog.get(nomination.awardCode)?.name.vi ?? nomination.awardCode;
  const upward = !deps.grantsItself(nomination.awardCode, nomination.year);
  const pledges = deps.pledges.ofCampaign(nomination.campaignId ?? -1);
  const pledge = pledges.find((p) =>
    nomination.nominee === "person"
      ? p.subject === "person" && p.personId === nomination.personId
      : p.subject === "unit" && p.unitId === nomination.unitId,
  );
  const assessment = pledge ? (deps.yearEnd.assessments.ofCampaign(pledge.campaignId).find((a) => a.pledgeId === pledge.id) ?? null) : null;
  const directorSigns: Signature = { title: t("doc-title-director"), note: t("doc-note-sign-seal"), name: director ?? "" };

  if (nomination.nominee === "person" && nomination.personId !== null) {
    const person = deps.directory.getPerson(nomination.personId);
    const headsOwnUnit = head?.name === person.fullName;
    ctx.need(
      ["name", "place"],
      [
        !head && { key: "doc-setting-unit-head", args: { unit: unit?.name ?? "" } },
        (headsOwnUnit || upward) && !director && { key: "doc-setting-director" },
      ],
    );
    return personReportSpec(ctx, {
      nomination,
      person,
      profile: deps.directory.profilesForDocuments().get(person.id) ?? null,
      post: deps.postOf(person),
      award,
      assessment,
      received: deps.awardsReceived({ kind: "person", personId: person.id, unitId: nomination.unitId }, nomination.year),
      // a unit's head who is nominated is confirmed by the level above, not by themself
      confirmer: headsOwnUnit
        ? { ...directorSigns, title: t("doc-achievements-confirm", { title: t("doc-title-director") }) }
        : { title: t("doc-achievements-confirm", { title: head?.title ?? "" }), note: t("doc-note-sign-name"), name: head?.name ?? "" },
      // when the Director already confirms (a unit's head nominated), the proposing level has signed once
      upward: upward && !headsOwnUnit ? { ...directorSigns, authority: t("doc-achievements-confirm-upward") } : null,
    });
  }
  ctx.need(
    ["name", "place"],
    [!head && { key: "doc-setting-unit-head", args: { unit: unit?.name ?? "" } }, !director && { key: "doc-setting-director" }],
  );
  const members = deps.directory.activeMembers(nomination.unitId);
  const advanced = deps.nominations
    .ofYear(nomination.year)
    .filter((n) => n.awardCode === "LDTT" && n.unitId === nomination.unitId && isPassed(deps, n)).length;
  const campaigns = deps.campaigns
    .all()
    .filter((c) => Number(c.startsOn.slice(0, 4)) <= nomination.year && Number(c.endsOn.slice(0, 4)) >= nomination.year)
    .map((c) => c.title);
  return unitReportSpec(ctx, {
    nomination,
    unitName: unit?.name ?? "",
    award,
    members: members.length,
    advanced,
    campaigns,
    assessment,
    received: deps.awardsReceived({ kind: "unit", unitId: nomination.unitId }, nomination.year),
    above: { ...directorSigns, authority: t("doc-achievements-above") },
    // a section of the Sở has no seal of its own: its head signs with their name
    head: { title: head?.title ?? "", note: t("doc-note-sign-name"), name: head?.name ?? "" },
  });
}
