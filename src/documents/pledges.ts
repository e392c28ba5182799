// The council's report of a campaign's pledges, unit by unit (a Báo cáo, Nghị định 30/2020/NĐ-CP Phụ lục III: "BC"
// is a document type, "BTH" is not), signed by its standing member with their council title and post (II.7.c); and
// the bản đăng ký thi đua of one unit (its collective pledge and its members' titles and commitments), signed by
// the unit's head with the unit's title ("TRƯỞNG PHÒNG", "CHÁNH VĂN PHÒNG").
import type { AwardCatalog } from "../core/campaigns/catalog";
import type { Campaign } from "../core/campaigns/types";
import type { DirectoryService } from "../core/directory/service";
import type { Unit } from "../core/directory/types";
import type { Pledge } from "../core/pledges/types";
import type { DocContext } from "./context";
import { type DocumentSpec, dataTable, para, partHeading, withEndMark } from "./layout";
import { inRunningText } from "./words";

const VIETNAMESE = new Intl.Collator("vi");

export interface PledgeData {
  directory: DirectoryService;
  catalog: AwardCatalog;
}

const titles = (deps: PledgeData, p: Pledge) => p.awardCodes.map((c) => deps.catalog.get(c)?.name.vi ?? c).join("; ");

export function pledgeSummarySpec(ctx: DocContext, deps: PledgeData, campaign: Campaign, pledges: Pledge[]): DocumentSpec {
  const { t } = ctx;
  const live = pledges.filter((p) => p.status !== "withdrawn");
  // people and pledges grouped by unit once, not read or scanned again for every unit
  const active = deps.directory.activeByUnit();
  const personal = new Map<number, Pledge[]>();
  const collectives = new Map<number, Pledge>();
  for (const p of live) {
    if (p.subject === "person") {
      const list = personal.get(p.unitId);
      if (list) list.push(p);
      else personal.set(p.unitId, [p]);
    } else if (!collectives.has(p.unitId)) collectives.set(p.unitId, p);
  }
  const rows = deps.directory.units().map((unit, i) => {
    const members = active.get(unit.id)?.length ?? 0;
    const mine = personal.get(unit.id) ?? [];
    const count = (code: string) => mine.filter((p) => p.awardCodes.includes(code)).length;
    const collective = collectives.get(unit.id);
    return [
      String(i + 1),
      unit.name,
      String(members),
      String(mine.length),
      String(count("LDTT")),
      String(count("CSTDCS")),
      collective ? titles(deps, collective) : "—",
    ];
  });
  const standing = ctx.signers.standing();
  ctx.need(["name", "place"], [!standing && { key: "doc-setting-councilStanding" }]);
  const deputyChair = /^phó chủ tịch/iu.test(standing?.title ?? "");
  return {
    issuer: ctx.council,
    number: t("doc-number-blank", { symbol: "BC-HĐTĐKT" }),
    placeAndDate: ctx.placeAndDate,
    kind: t("doc-pledge-summary-kind"),
    subject: t("doc-pledge-summary-subject", { campaign: campaign.title }),
    addressedTo: [t("doc-proposal-to-director", { agency: inRunningText(ctx.settings.name) })],
    body: [
      para(
        t("doc-pledge-summary-intro", { campaign: campaign.title, units: rows.length, pledges: live.filter((p) => p.subject === "person").length }),
      ),
      dataTable(
        [
          t("doc-col-no"),
          t("doc-col-unit"),
          t("doc-col-members"),
          t("doc-col-pledged"),
          t("doc-col-ldtt"),
          t("doc-col-cstdcs"),
          t("doc-col-collective"),
        ],
        rows,
        [10, 50, 18, 18, 18, 18, 33],
      ),
      withEndMark(t("doc-pledge-summary-closing")),
    ],
    signatures: [
      {
        ...(deputyChair ? { authority: t("doc-authority-for-chair") } : {}),
        title: standing?.title ?? "",
        otherTitle: standing?.post ?? "",
        name: standing?.name ?? "",
      },
    ],
    recipients: [t("doc-recipient-as-above"), t("doc-recipient-leaders"), ctx.filed],
  };
}

export function unitPledgeSpec(ctx: DocContext, deps: PledgeData, campaign: Campaign, unit: Unit, pledges: Pledge[]): DocumentSpec {
  const { t } = ctx;
  const head = ctx.signers.unitHead(unit.id);
  ctx.need(["name", "place"], [!head && { key: "doc-setting-unit-head", args: { unit: unit.name } }]);
  const live = pledges.filter((p) => p.unitId === unit.id && p.status !== "withdrawn");
  const collective = live.find((p) => p.subject === "unit");
  // the unit's members in one query; someone who has left since pledging is looked up alone
  const members = new Map(deps.directory.activeMembers(unit.id).map((m) => [m.id, m]));
  const people = live
    .filter((p) => p.subject === "person" && p.personId !== null)
    .map((p) => ({ pledge: p, person: members.get(p.personId as number) ?? deps.directory.getPerson(p.personId as number) }))
    .sort((a, b) => VIETNAMESE.compare(givenNameFirst(a.person.fullName), givenNameFirst(b.person.fullName)));
  return {
    issuer: { parent: ctx.settings.name, name: unit.name },
    number: null,
    placeAndDate: ctx.placeAndDate,
    kind: t("doc-unit-pledge-kind"),
    subject: t("doc-unit-pledge-subject", { campaign: campaign.title }),
    addressedTo: [t("doc-unit-pledge-to", { agency: inRunningText(ctx.settings.name) })],
    body: [
      partHeading(t("doc-unit-pledge-collective-heading")),
      para(
        collective
          ? t("doc-unit-pledge-collective", { titles: titles(deps, collective), commitments: collective.commitments })
          : t("doc-unit-pledge-no-collective"),
      ),
      partHeading(t("doc-unit-pledge-people-heading")),
      dataTable(
        [t("doc-col-no"), t("doc-col-person"), t("doc-col-titles"), t("doc-col-commitments")],
        people.map(({ pledge, person }, i) => [String(i + 1), person.fullName, titles(deps, pledge), pledge.commitments]),
        [12, 45, 40, 68],
      ),
      withEndMark(t("doc-unit-pledge-closing")),
    ],
    signatures: [{ title: head?.title ?? "", name: head?.name ?? "" }],
    recipients: [t("doc-recipient-as-above"), t("doc-recipient-unit-file")],
  };
}

/** Vietnamese lists sort by given name, then the rest: "Vũ Thị Lan" sorts under "Lan Vũ Thị". */
export function givenNameFirst(fullName: string): string {
  const parts = fullName.trim().split(/\s+/);
  const given = parts.pop() ?? "";
  return [given, ...parts].join(" ");
}
