// Báo cáo thành tích of an individual in the decree's form (Nghị định 98/2023/NĐ-CP, Phụ lục I, mẫu số 03; Nghị
// định 91/2017/NĐ-CP, mẫu số 02; which form a year uses is in catalog/legal-bases.json): I. Sơ lược lý lịch from
// the roster's profile; II. Thành tích đạt được: the post and unit, the nomination's achievements and the pledge's
// results; III. Các hình thức đã được khen thưởng, titles and forms apart, each with year, decision and issuer. The
// unit's head confirms and proposes, the person reporting signs beside them (the form has no "Nơi nhận"); for what
// the Sở proposes upward, the Director confirms as the proposing level. Lines the roster does not hold (giới tính,
// trú quán, học hàm) are left dotted for the person reporting. The exact line set of the 2025 form is `lead`.

import type { PersonProfile } from "../core/directory/profile";
import type { Person } from "../core/directory/types";
import type { Nomination } from "../core/nominations/types";
import type { SelfAssessment } from "../core/yearend/types";
import type { ReceivedAward } from "./awards-received";
import type { DocContext } from "./context";
import { type DocumentSpec, dataTable, para, partHeading, type Signature } from "./layout";
import { inRunningText } from "./words";

export const DOTS = "……………………";

/** "Trưởng phòng Cải cách hành chính" already names the Phòng Cải cách hành chính. */
const postNamesUnit = (post: string, unit: string) =>
  post.toLocaleLowerCase("vi").includes(unit.replace(/^(Phòng|Ban)\s+/u, "").toLocaleLowerCase("vi"));

/** Section III: a table of titles and one of forms, each row year, name, decision and issuer. */
export function receivedTables(ctx: DocContext, received: ReceivedAward[]) {
  const { t } = ctx;
  const table = (kind: ReceivedAward["kind"]) => {
    const rows = received
      .filter((r) => r.kind === kind)
      .map((r) => [
        String(r.year),
        r.name,
        [r.decisionNo ? t("doc-received-decision", { number: r.decisionNo }) : null, r.decisionDate?.split("-").reverse().join("/"), r.issuer]
          .filter(Boolean)
          .join(", "),
      ]);
    return dataTable(
      [
        t("doc-col-year"),
        t(kind === "title" ? "doc-col-title" : "doc-col-form"),
        t(kind === "title" ? "doc-col-decision-title" : "doc-col-decision-form"),
      ],
      rows.length > 0 ? rows : [["", t("doc-received-none"), ""]],
      [20, 60, 85],
    );
  };
  return [
    partHeading(t("doc-achievements-section-3")),
    para(t("doc-received-titles"), { bold: true }),
    table("title"),
    para(t("doc-received-forms"), { bold: true }),
    table("form"),
  ];
}

/** The pledge's commitments with their results, from the year-end self-assessment. */
export function pledgeResults(ctx: DocContext, assessment: SelfAssessment | null) {
  if (!assessment) return [];
  const { t } = ctx;
  return [
    para(t("doc-achievements-pledge-results")),
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
  ];
}

export interface PersonReport {
  nomination: Nomination;
  person: Person;
  profile: PersonProfile | null;
  /** The person's post as the roster gives it, with their unit. */
  post: string;
  award: string;
  assessment: SelfAssessment | null;
  received: ReceivedAward[];
  /** Who confirms: the unit's head, or the Director when the nominee heads the unit. */
  confirmer: Signature;
  /** The proposing level's confirmation, for what the Sở proposes upward. */
  upward: Signature | null;
}

export function personReportSpec(ctx: DocContext, r: PersonReport): DocumentSpec {
  const { t } = ctx;
  const p = r.profile;
  const line = (key: string, value: string | null | undefined) => para(`- ${t(key)}: ${value || DOTS}`, { indent: true });
  return {
    issuer: null,
    number: null,
    placeAndDate: ctx.placeAndDate,
    kind: t("doc-achievements-kind"),
    subject: t("doc-achievements-subject", { award: r.award, year: String(r.nomination.year) }),
    body: [
      partHeading(t("doc-achievements-section-1")),
      line("doc-profile-name", r.person.fullName),
      para(`- ${t("doc-profile-birth")}: ${p?.birthDate?.split("-").reverse().join("/") ?? DOTS}      ${t("doc-profile-gender")}: ${DOTS}`),
      line("doc-profile-hometown", p?.hometown),
      line("doc-profile-residence", null),
      line("doc-profile-unit", `${r.person.unitName}, ${inRunningText(ctx.settings.name)}`),
      line("doc-profile-position", r.post),
      line("doc-profile-political", p?.politicalTheory),
      line("doc-profile-qualification", p?.qualification),
      line("doc-profile-academic", null),
      partHeading(t("doc-achievements-section-2")),
      para(t("doc-achievements-duties"), { bold: true }),
      para(
        r.post
          ? t("doc-achievements-duties-post", {
              post: r.post,
              unit: postNamesUnit(r.post, r.person.unitName) ? inRunningText(ctx.settings.name) : r.person.unitName,
            })
          : DOTS,
      ),
      para(t("doc-achievements-results"), { bold: true }),
      para(r.nomination.achievements || DOTS),
      ...pledgeResults(ctx, r.assessment),
      ...receivedTables(ctx, r.received),
    ],
    signatures: [
      r.confirmer,
      { title: t("doc-title-reporter"), note: t("doc-note-sign-name"), name: r.person.fullName },
      ...(r.upward ? [r.upward] : []),
    ],
    recipients: null,
  };
}
