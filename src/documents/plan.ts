// Kế hoạch công tác thi đua, khen thưởng for a year (Nghị định 30/2020/NĐ-CP, Phụ lục III, mẫu 1.4), in the shape of
// the seed plan: its basis (the rule set's texts and the Sở's quy chế), purposes and requirements, the movements the
// leader set up with their dates, the titles and forms the Sở grants and those it proposes upward that year, and who
// does what; signed by the deputy in charge for the Director ("KT. GIÁM ĐỐC"), or by the Director.
import { DateTime } from "luxon";
import type { AwardCatalog } from "../core/campaigns/catalog";
import type { Campaign } from "../core/campaigns/types";
import type { DocContext } from "./context";
import { type DocumentSpec, para, partHeading, withEndMark } from "./layout";
import { citationOn } from "./settings";
import { inRunningText } from "./words";

const inYear = (c: Campaign, year: number) => DateTime.fromISO(c.startsOn).year <= year && DateTime.fromISO(c.endsOn).year >= year;
const day = (iso: string) => DateTime.fromISO(iso).toFormat("dd/MM/yyyy");

export interface PlanData {
  catalog: AwardCatalog;
  grantsItself: (awardCode: string, year: number) => boolean;
}

export function planSpec(ctx: DocContext, deps: PlanData, campaigns: Campaign[], year: number): DocumentSpec {
  const { t, settings } = ctx;
  const y = String(year);
  const signer = ctx.signers.forDirector();
  ctx.need(["parent", "name", "place", "symbol"], [!signer && { key: "doc-setting-director" }]);
  const bases = ctx.basesOf(year);
  const rules = citationOn(settings.rules, `${year}-01-01`);
  const movements = campaigns.filter((c) => inYear(c, year));
  const names = (own: boolean, kind: "title" | "form") =>
    deps.catalog
      .all()
      .filter((a) => a.kind === kind && deps.grantsItself(a.code, year) === own)
      .map((a) => a.name.vi)
      .join("; ") || "—";
  return {
    issuer: ctx.agency,
    number: t("doc-number-blank", { symbol: `KH-${settings.symbol}` }),
    placeAndDate: ctx.placeAndDate,
    kind: t("doc-plan-kind"),
    subject: t("doc-plan-subject", { year: y }),
    body: [
      ...bases.lines.map((line) => para(`${line};`)),
      ...(rules ? [para(`Căn cứ ${rules};`)] : []),
      para(t("doc-plan-intro", { agency: inRunningText(settings.name), year: y })),
      partHeading(t("doc-plan-section-purposes")),
      para(t("doc-plan-purpose-1", { year: y })),
      para(t("doc-plan-purpose-2")),
      para(t("doc-plan-requirement-1")),
      para(t("doc-plan-requirement-2")),
      partHeading(t("doc-plan-section-movements")),
      ...(movements.length > 0
        ? movements.flatMap((c, i) => [
            para(`${i + 1}. ${t("doc-plan-movement", { title: c.title, from: day(c.startsOn), to: day(c.endsOn) })}`, { bold: true }),
            ...(c.description ? [para(c.description)] : []),
            ...(c.pledgeDeadline
              ? [
                  para(
                    t("doc-plan-movement-pledges", {
                      deadline: DateTime.fromJSDate(c.pledgeDeadline, { zone: settings.timezone }).toFormat("dd/MM/yyyy"),
                    }),
                  ),
                ]
              : []),
          ])
        : [para(t("doc-plan-no-movements"))]),
      partHeading(t("doc-plan-section-awards")),
      para(t("doc-plan-awards-titles", { names: names(true, "title") })),
      para(t("doc-plan-awards-forms", { names: names(true, "form") })),
      para(t("doc-plan-awards-upward", { names: [names(false, "title"), names(false, "form")].filter((n) => n !== "—").join("; ") || "—" })),
      partHeading(t("doc-plan-section-measures")),
      para(t("doc-plan-measures-pledges")),
      para(t("doc-plan-measures-examples")),
      para(t("doc-plan-measures-commendation")),
      partHeading(t("doc-plan-section-organisation")),
      para(t("doc-plan-organisation-council")),
      para(t("doc-plan-organisation-units")),
      withEndMark(t("doc-plan-organisation-report", { year: y })),
    ],
    signatures: signer ? [signer] : [],
    recipients: [t("doc-recipient-province"), t("doc-recipient-province-council"), t("doc-recipient-leaders"), t("doc-recipient-heads"), ctx.filed],
  };
}
