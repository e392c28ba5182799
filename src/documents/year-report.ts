// Báo cáo tổng kết công tác thi đua, khen thưởng of a year (Nghị định 30/2020/NĐ-CP, Phụ lục III, mẫu 1.4): the
// year's figures from what the bot holds (pledges, self-assessments, ratings, titles granted and proposed upward,
// complaints received and settled, counts only), signed like the plan.
import type { AwardCatalog } from "../core/campaigns/catalog";
import type { DocContext } from "./context";
import { type DocumentSpec, dataTable, para, partHeading, withEndMark } from "./layout";
import { inRunningText } from "./words";

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

export function yearReportSpec(ctx: DocContext, catalog: AwardCatalog, figures: YearFigures): DocumentSpec {
  const { t, settings } = ctx;
  const year = String(figures.year);
  const signer = ctx.signers.forDirector();
  ctx.need(["parent", "name", "place", "symbol"], [!signer && { key: "doc-setting-director" }]);
  const table = (counts: Record<string, number>) =>
    Object.keys(counts).length > 0
      ? [
          dataTable(
            [t("doc-col-no"), t("doc-col-award"), t("doc-col-count")],
            Object.entries(counts).map(([code, n], i) => [String(i + 1), catalog.get(code)?.name.vi ?? code, String(n)]),
            [15, 110, 40],
          ),
        ]
      : [para(t("doc-report-none"))];
  return {
    issuer: ctx.agency,
    number: t("doc-number-blank", { symbol: `BC-${settings.symbol}` }),
    placeAndDate: ctx.placeAndDate,
    kind: t("doc-report-kind"),
    subject: t("doc-report-subject", { year }),
    body: [
      para(t("doc-report-intro", { agency: inRunningText(settings.name), year })),
      partHeading(t("doc-report-section-results")),
      para(t("doc-report-pledges", { year, staff: figures.staff, pledged: figures.pledged })),
      para(t("doc-report-assessed", { assessed: figures.assessed, rated: figures.rated })),
      para(t("doc-report-granted-heading"), { bold: true }),
      ...table(figures.granted),
      para(t("doc-report-upward-heading"), { bold: true }),
      ...table(figures.proposedUpward),
      para(t("doc-report-cases", { received: figures.casesReceived, settled: figures.casesSettled })),
      partHeading(t("doc-report-section-next")),
      para(t("doc-report-next-1")),
      withEndMark(t("doc-report-next-2")),
    ],
    signatures: signer ? [signer] : [],
    recipients: [t("doc-recipient-province"), t("doc-recipient-province-council"), t("doc-recipient-leaders"), ctx.filed],
  };
}
