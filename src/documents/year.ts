// The year's bookends: the Kế hoạch công tác thi đua, khen thưởng for a year, in the shape of the seed plan
// (purposes and requirements, the movements, the measures, the organisation), built from the campaigns the leader
// set up; and the Báo cáo tổng kết công tác thi đua, khen thưởng with the year's figures.
import { DateTime } from "luxon";
import type { AwardCatalog } from "../core/campaigns/catalog";
import type { Campaign } from "../core/campaigns/types";
import type { DocContext } from "./context";
import { type DocumentSpec, dataTable, para, sectionHeading } from "./layout";

export interface YearFigures {
  year: number;
  staff: number;
  pledged: number;
  assessed: number;
  rated: number;
  /** Decided awards, per title code. */
  granted: Record<string, number>;
  proposedUpward: Record<string, number>;
  casesReceived: number;
  casesSettled: number;
}

const inYear = (c: Campaign, year: number) => DateTime.fromISO(c.startsOn).year <= year && DateTime.fromISO(c.endsOn).year >= year;
const day = (iso: string) => DateTime.fromISO(iso).toFormat("dd/MM/yyyy");

export function planSpec(ctx: DocContext, campaigns: Campaign[], year: number): DocumentSpec {
  const { t } = ctx;
  const movements = campaigns.filter((c) => inYear(c, year));
  return {
    issuer: ctx.issuer,
    number: t("doc-number-blank", { symbol: `KH-${ctx.agency.symbol}` }),
    placeAndDate: ctx.placeAndDate,
    kind: t("doc-plan-kind"),
    subject: t("doc-plan-subject", { year: String(year) }),
    body: [
      sectionHeading(t("doc-plan-section-purposes")),
      para(t("doc-plan-purposes", { year: String(year) })),
      sectionHeading(t("doc-plan-section-movements")),
      ...(movements.length > 0
        ? movements.map((c, i) =>
            para(
              `${i + 1}. ${t("doc-plan-movement", { title: c.title, from: day(c.startsOn), to: day(c.endsOn) })}${c.description ? ` ${c.description}` : ""}`,
            ),
          )
        : [para(t("doc-plan-no-movements"))]),
      sectionHeading(t("doc-plan-section-measures")),
      para(t("doc-plan-measures-pledges")),
      para(t("doc-plan-measures-examples")),
      para(t("doc-plan-measures-commendation")),
      sectionHeading(t("doc-plan-section-organisation")),
      para(t("doc-plan-organisation")),
    ],
    signatures: [{ authority: t("doc-authority-director"), title: t("doc-title-deputy-director"), name: "" }],
    recipients: [t("doc-recipient-province"), t("doc-recipient-province-council"), t("doc-recipient-heads"), t("doc-recipient-file")],
  };
}

export function yearReportSpec(ctx: DocContext, catalog: AwardCatalog, figures: YearFigures): DocumentSpec {
  const { t } = ctx;
  const year = String(figures.year);
  const awardRows = (counts: Record<string, number>) =>
    Object.entries(counts).map(([code, n], i) => [String(i + 1), catalog.get(code)?.name.vi ?? code, String(n)]);
  const table = (counts: Record<string, number>) =>
    Object.keys(counts).length > 0
      ? [dataTable([t("doc-col-no"), t("doc-col-award"), t("doc-col-count")], awardRows(counts), [15, 110, 40])]
      : [para("—")];
  return {
    issuer: ctx.issuer,
    number: t("doc-number-blank", { symbol: `BC-${ctx.agency.symbol}` }),
    placeAndDate: ctx.placeAndDate,
    kind: t("doc-report-kind"),
    subject: t("doc-report-subject", { year }),
    body: [
      sectionHeading(t("doc-report-section-pledges")),
      para(t("doc-report-pledges", { year, staff: figures.staff, pledged: figures.pledged, assessed: figures.assessed, rated: figures.rated })),
      sectionHeading(t("doc-report-section-granted")),
      ...table(figures.granted),
      sectionHeading(t("doc-report-section-upward")),
      ...table(figures.proposedUpward),
      sectionHeading(t("doc-report-section-cases")),
      para(t("doc-report-cases", { received: figures.casesReceived, settled: figures.casesSettled })),
      sectionHeading(t("doc-report-section-next")),
      para(t("doc-report-next")),
    ],
    signatures: [{ authority: t("doc-authority-director"), title: t("doc-title-deputy-director"), name: "" }],
    recipients: [t("doc-recipient-province"), t("doc-recipient-province-council"), t("doc-recipient-file")],
  };
}
