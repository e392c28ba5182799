// Báo cáo thành tích of a nominee, in the sections of the official template (Thông tư 01/2024/TT-BNV, mẫu báo cáo
// thành tích cá nhân; status lead: the sections follow the widely used form, check them against the circular in
// force): I. Sơ lược lý lịch; II. Thành tích đạt được (duties, results against the pledge, initiatives);
// III. Các hình thức khen thưởng đã đạt. Filled from the pledge, the self-assessment and the nomination.
import type { AwardCatalog } from "../core/campaigns/catalog";
import type { DirectoryService } from "../core/directory/service";
import type { Nomination } from "../core/nominations/types";
import type { SelfAssessment } from "../core/yearend/types";
import type { DocContext } from "./context";
import { type DocumentSpec, dataTable, para, sectionHeading } from "./layout";

export function achievementReportSpec(
  ctx: DocContext,
  deps: { directory: DirectoryService; catalog: AwardCatalog },
  nomination: Nomination,
  assessment: SelfAssessment | null,
  earlier: Nomination[],
): DocumentSpec {
  const { t } = ctx;
  const person = nomination.personId !== null ? deps.directory.getPerson(nomination.personId) : null;
  const unit = deps.directory.unit(nomination.unitId);
  const award = deps.catalog.get(nomination.awardCode)?.name.vi ?? nomination.awardCode;
  const nominee = person?.fullName ?? unit?.name ?? "";
  return {
    issuer: { parent: ctx.agency.name, name: unit?.name ?? "" },
    number: "",
    placeAndDate: ctx.placeAndDate,
    kind: t("doc-achievements-kind"),
    subject: t("doc-achievements-subject", { award, nominee, year: String(nomination.year) }),
    body: [
      sectionHeading(t("doc-achievements-section-1")),
      para(t("doc-achievements-name", { name: nominee })),
      para(t("doc-achievements-unit", { unit: unit?.name ?? "" })),
      sectionHeading(t("doc-achievements-section-2")),
      para(nomination.achievements || "—"),
      ...(assessment
        ? [
            para(t("doc-achievements-pledge-results"), { bold: true, indent: false }),
            dataTable(
              [t("doc-col-no"), t("doc-col-commitment"), t("doc-col-result"), t("doc-col-note")],
              assessment.items.map((item, i) => [
                String(i + 1),
                item.commitment,
                t(item.result ? `assessment-${item.result}` : "assessment-none"),
                item.note,
              ]),
              [12, 73, 35, 45],
            ),
            ...(assessment.achievements ? [para(assessment.achievements)] : []),
          ]
        : []),
      sectionHeading(t("doc-achievements-section-3")),
      ...(earlier.length > 0
        ? earlier.map((n) =>
            para(
              `- ${t("doc-achievements-earlier", { award: deps.catalog.get(n.awardCode)?.name.vi ?? n.awardCode, year: String(n.year), number: n.decisionNo ?? "—" })}`,
            ),
          )
        : [para(t("doc-achievements-none-earlier"))]),
    ],
    signatures: [
      { authority: "", title: t("doc-title-unit-head-confirms"), name: "" },
      { authority: "", title: t("doc-title-reporter"), name: nominee },
    ],
    recipients: [t("doc-recipient-council-standing")],
  };
}
