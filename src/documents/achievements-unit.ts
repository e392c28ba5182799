// Báo cáo thành tích of a collective in the decree's form (Nghị định 98/2023/NĐ-CP, Phụ lục I, mẫu số 02; Nghị định
// 91/2017/NĐ-CP, mẫu số 01): the collective's name; I. Sơ lược đặc điểm, tình hình (its people, its functions: left
// dotted for the unit to write); II. Thành tích đạt được: the nomination's achievements, its collective pledge's
// results, its members' titles that year, the movements it took part in; III. Các hình thức đã được khen thưởng. The
// level directly above (the Director) remarks and confirms, the unit's head signs beside them; no "Nơi nhận".
import type { Nomination } from "../core/nominations/types";
import type { SelfAssessment } from "../core/yearend/types";
import { DOTS, pledgeResults, receivedTables } from "./achievements";
import type { ReceivedAward } from "./awards-received";
import type { DocContext } from "./context";
import { type DocumentSpec, para, partHeading, type Signature } from "./layout";
import { shareOf } from "./words";

export interface UnitReport {
  nomination: Nomination;
  unitName: string;
  award: string;
  members: number;
  /** Members holding Lao động tiên tiến that year (passed or decided). */
  advanced: number;
  campaigns: string[];
  assessment: SelfAssessment | null;
  received: ReceivedAward[];
  head: Signature;
  above: Signature;
}

export function unitReportSpec(ctx: DocContext, r: UnitReport): DocumentSpec {
  const { t } = ctx;
  const year = String(r.nomination.year);
  return {
    issuer: null,
    number: null,
    placeAndDate: ctx.placeAndDate,
    kind: t("doc-achievements-kind"),
    subject: t("doc-achievements-subject", { award: r.award, year }),
    body: [
      para(t("doc-achievements-unit-name", { unit: r.unitName }), { bold: true }),
      partHeading(t("doc-achievements-unit-section-1")),
      para(t("doc-achievements-unit-situation"), { bold: true }),
      para(`- ${t("doc-achievements-unit-seat", { place: ctx.settings.place })}`),
      para(`- ${t("doc-achievements-unit-people", { members: r.members })}`),
      para(t("doc-achievements-unit-functions"), { bold: true }),
      para(DOTS),
      partHeading(t("doc-achievements-section-2")),
      para(t("doc-achievements-unit-results"), { bold: true }),
      para(r.nomination.achievements || DOTS),
      ...pledgeResults(ctx, r.assessment),
      para(t("doc-achievements-unit-advanced", { year, share: shareOf(r.advanced, r.members) })),
      para(t("doc-achievements-unit-movements"), { bold: true }),
      ...(r.campaigns.length > 0 ? r.campaigns.map((c) => para(`- ${c}`)) : [para(DOTS)]),
      ...receivedTables(ctx, r.received),
    ],
    signatures: [r.above, r.head],
    recipients: null,
  };
}
