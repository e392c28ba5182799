// The council's proposal (Tờ trình đề nghị khen thưởng) with its list (Danh sách đề nghị khen thưởng), and the draft
// decision (Dự thảo Quyết định khen thưởng) with its list in an annex: the approved nominations of a year, grouped
// by title, individuals and collectives apart. What the Sở grants goes to the Director; what it only proposes
// goes, in a second set, to the province.
import type { AwardCatalog } from "../core/campaigns/catalog";
import type { DirectoryService } from "../core/directory/service";
import type { NominationService } from "../core/nominations/service";
import type { Nomination } from "../core/nominations/types";
import type { DocContext } from "./context";
import { type DocumentSpec, dataTable, para, sectionHeading } from "./layout";

export type Level = "grant" | "upward";

export interface ProposalData {
  nominations: NominationService;
  directory: DirectoryService;
  catalog: AwardCatalog;
  /** Does the Sở grant this title itself in this year (else it proposes it upward)? */
  grantsItself: (awardCode: string, year: number) => boolean;
}

interface Group {
  award: string;
  nominee: Nomination["nominee"];
  items: Nomination[];
}

/** Approved nominations of the year at one level, grouped by title, individuals before collectives. */
export function approvedGroups(deps: ProposalData, approved: Nomination[], year: number, level: Level): Group[] {
  const atLevel = approved.filter((n) => n.year === year && deps.grantsItself(n.awardCode, year) === (level === "grant"));
  const groups = new Map<string, Group>();
  for (const n of atLevel) {
    const key = `${n.nominee}:${n.awardCode}`;
    const group = groups.get(key) ?? { award: deps.catalog.get(n.awardCode)?.name.vi ?? n.awardCode, nominee: n.nominee, items: [] };
    group.items.push(n);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => (a.nominee === b.nominee ? a.award.localeCompare(b.award, "vi") : a.nominee === "person" ? -1 : 1));
}

function listBody(ctx: DocContext, deps: ProposalData, groups: Group[]) {
  const { t } = ctx;
  // a year's approved titles can run to thousands of names: units and people read once, not per nomination
  const units = new Map(deps.directory.units().map((u) => [u.id, u.name]));
  const people = deps.directory.fullNames();
  const nominee = (n: Nomination) =>
    (n.nominee === "person" && n.personId !== null ? people.get(n.personId) : units.get(n.unitId)) ?? deps.nominations.nomineeName(n);
  return groups.flatMap((group, g) => [
    sectionHeading(
      t(group.nominee === "person" ? "doc-list-group-person" : "doc-list-group-unit", { n: g + 1, award: group.award, count: group.items.length }),
    ),
    dataTable(
      [t("doc-col-no"), t(group.nominee === "person" ? "doc-col-person" : "doc-col-unit"), t("doc-col-unit-of"), t("doc-col-achievements")],
      group.items.map((n, i) => [
        String(i + 1),
        nominee(n),
        units.get(n.unitId) ?? "",
        n.achievements.length > 300 ? `${n.achievements.slice(0, 297)}…` : n.achievements,
      ]),
      [12, 45, 45, 63],
    ),
  ]);
}

const total = (groups: Group[]) => groups.reduce((sum, g) => sum + g.items.length, 0);
const count = (groups: Group[], nominee: Nomination["nominee"]) => total(groups.filter((g) => g.nominee === nominee));

export function proposalSpec(ctx: DocContext, deps: ProposalData, groups: Group[], year: number, level: Level): DocumentSpec {
  const { t } = ctx;
  const chair = ctx.agency.councilChairName || ctx.agency.directorName;
  return {
    issuer: ctx.council,
    number: t("doc-number-blank", { symbol: "TTr-HĐTĐKT" }),
    placeAndDate: ctx.placeAndDate,
    kind: t("doc-proposal-kind"),
    subject: t(level === "grant" ? "doc-proposal-subject-grant" : "doc-proposal-subject-upward", { year: String(year) }),
    body: [
      para(t(level === "grant" ? "doc-proposal-to-director" : "doc-proposal-to-province"), { bold: true, indent: false }),
      para(t("doc-proposal-basis")),
      para(t("doc-proposal-body", { year: String(year), persons: count(groups, "person"), units: count(groups, "unit") })),
      ...groups.map((g) => para(`- ${t("doc-proposal-line", { award: g.award, count: g.items.length })}`)),
      para(t("doc-proposal-list-attached")),
      para(t(level === "grant" ? "doc-proposal-ask-director" : "doc-proposal-ask-province")),
    ],
    signatures: [{ authority: t("doc-authority-council"), title: t("doc-title-chair"), name: chair }],
    recipients: [t(level === "grant" ? "doc-recipient-director" : "doc-recipient-province"), t("doc-recipient-file")],
    annexes: [{ title: t("doc-list-title"), subtitle: t("doc-list-subtitle", { year: String(year) }), body: listBody(ctx, deps, groups) }],
  };
}

export function decisionSpec(ctx: DocContext, deps: ProposalData, groups: Group[], year: number): DocumentSpec {
  const { t } = ctx;
  return {
    issuer: ctx.issuer,
    number: t("doc-number-blank", { symbol: `QĐ-${ctx.agency.symbol}` }),
    placeAndDate: ctx.placeAndDate,
    kind: t("doc-decision-kind"),
    subject: t("doc-decision-subject", { year: String(year) }),
    body: [
      para(t("doc-decision-director", { agency: ctx.agency.name.toUpperCase() }), { bold: true, indent: false }),
      para(t("doc-decision-basis-law"), { italics: true }),
      para(t("doc-decision-basis-decree"), { italics: true }),
      para(t("doc-decision-basis-council"), { italics: true }),
      para(t("doc-decision-decides"), { bold: true, indent: false }),
      para(t("doc-decision-article-1", { year: String(year), persons: count(groups, "person"), units: count(groups, "unit") })),
      para(t("doc-decision-article-2")),
      para(t("doc-decision-article-3")),
    ],
    signatures: [{ authority: "", title: t("doc-title-director"), name: ctx.agency.directorName }],
    recipients: [t("doc-recipient-article-3"), t("doc-recipient-council"), t("doc-recipient-file")],
    annexes: [
      { title: t("doc-decision-annex-title"), subtitle: t("doc-decision-annex-subtitle", { year: String(year) }), body: listBody(ctx, deps, groups) },
    ],
  };
}
