// Biên bản họp Hội đồng Thi đua – Khen thưởng for a closed review session: date, members present (who cast a
// ballot) and absent, and for each nomination the votes for, against and abstaining, the share of all members, the
// threshold and the result. Only totals: nothing links a vote to a member (the ballot box keeps no such link).
import { DateTime } from "luxon";
import type { BallotService } from "../core/ballots/service";
import { countsShown, MIN_BALLOTS_FOR_COUNTS } from "../core/ballots/tally";
import type { AwardCatalog } from "../core/campaigns/catalog";
import type { NominationService } from "../core/nominations/service";
import type { DocContext } from "./context";
import { type DocumentSpec, dataTable, para, sectionHeading } from "./layout";
import { vietnameseNumber } from "./words";

export function minutesSpec(
  ctx: DocContext,
  deps: { ballots: BallotService; nominations: NominationService; catalog: AwardCatalog },
  sessionId: number,
  secretaryName: string,
): DocumentSpec {
  const { t } = ctx;
  const result = deps.ballots.result(sessionId);
  const { session } = result;
  const members = deps.ballots.members(sessionId);
  const present = members.filter((m) => deps.ballots.hasVoted(sessionId, m.id));
  const absent = members.filter((m) => !deps.ballots.hasVoted(sessionId, m.id));
  const held = DateTime.fromJSDate(session.openedAt, { zone: ctx.agency.timezone });
  const closed = DateTime.fromJSDate(session.closedAt ?? session.openedAt, { zone: ctx.agency.timezone });
  const published = countsShown(result.items);
  const rows = result.items.map((item, i) => {
    if (!published)
      return [
        String(i + 1),
        deps.nominations.nomineeName(item.nomination),
        deps.catalog.get(item.nomination.awardCode)?.name.vi ?? item.nomination.awardCode,
        "—",
        "—",
        "—",
        "—",
        t(`doc-minutes-threshold-${item.rule.of}`, { percent: vietnameseNumber(item.rule.threshold * 100) }),
        t("doc-minutes-not-decided"),
      ];
    const approve = item.approve ?? 0;
    const share = session.memberCount > 0 ? (approve * 100) / session.memberCount : 0;
    return [
      String(i + 1),
      deps.nominations.nomineeName(item.nomination),
      deps.catalog.get(item.nomination.awardCode)?.name.vi ?? item.nomination.awardCode,
      String(approve),
      String(item.reject ?? 0),
      String(item.abstain ?? 0),
      `${vietnameseNumber(share, 1)}%`,
      t(`doc-minutes-threshold-${item.rule.of}`, { percent: vietnameseNumber(item.rule.threshold * 100) }),
      t(item.passed ? "doc-minutes-passed" : "doc-minutes-failed"),
    ];
  });
  const chair = ctx.agency.councilChairName || ctx.agency.directorName;
  return {
    issuer: ctx.council,
    number: t("doc-number-blank", { symbol: `BB-HĐTĐKT` }),
    placeAndDate: ctx.placeAndDate,
    kind: t("doc-minutes-kind"),
    subject: t("doc-minutes-subject", { title: session.title }),
    body: [
      para(t("doc-minutes-opening", { from: held.toFormat("HH:mm dd/MM/yyyy"), to: closed.toFormat("HH:mm dd/MM/yyyy"), id: session.id })),
      sectionHeading(t("doc-minutes-attendance-heading")),
      para(t("doc-minutes-members", { members: session.memberCount, present: present.length, absent: absent.length })),
      para(t("doc-minutes-present", { names: present.map((p) => p.fullName).join(", ") || "—" })),
      para(t("doc-minutes-absent", { names: absent.map((p) => p.fullName).join(", ") || "—" })),
      para(t(session.quorumMet ? "doc-minutes-quorum-met" : "doc-minutes-quorum-missed")),
      sectionHeading(t("doc-minutes-results-heading")),
      para(t("doc-minutes-secret-ballot")),
      ...(published ? [] : [para(t("doc-minutes-counts-withheld", { voters: session.voterCount ?? 0, min: MIN_BALLOTS_FOR_COUNTS }))]),
      dataTable(
        [
          t("doc-col-no"),
          t("doc-col-nominee"),
          t("doc-col-award"),
          t("doc-col-approve"),
          t("doc-col-reject"),
          t("doc-col-abstain"),
          t("doc-col-share"),
          t("doc-col-threshold"),
          t("doc-col-result"),
        ],
        rows,
        [9, 34, 30, 13, 13, 13, 16, 20, 17],
      ),
      para(t("doc-minutes-closing", { time: closed.toFormat("HH:mm dd/MM/yyyy") })),
    ],
    signatures: [
      { authority: "", title: t("doc-title-secretary"), name: secretaryName },
      { authority: t("doc-authority-council"), title: t("doc-title-chair"), name: chair },
    ],
    recipients: [t("doc-recipient-council-members"), t("doc-recipient-file")],
  };
}
