// Biên bản họp Hội đồng Thi đua – Khen thưởng for a closed review session, in the model of Nghị định 30/2020/NĐ-CP,
// Phụ lục III, mẫu 1.9 (no place and date at the head; time started, place, who attended, chair, secretary, the
// proceedings, the time it ended; THƯ KÝ and CHỦ TỌA sign side by side, "Nơi nhận" under the secretary). The members
// are listed as they took part: voted, absent with a written opinion (Nghị định 98/2023 k7 Điều 30), or absent; the
// secretary who writes the minutes is there whether or not they voted. Each nomination's votes are totals only, and
// its share is of what its threshold counts: all members, or the ballots cast.
import { DateTime } from "luxon";
import type { BallotService } from "../core/ballots/service";
import { countsShown, MIN_BALLOTS_FOR_COUNTS } from "../core/ballots/tally";
import type { AwardCatalog } from "../core/campaigns/catalog";
import type { Person } from "../core/directory/types";
import type { NominationService } from "../core/nominations/service";
import type { DocContext } from "./context";
import { type DocumentSpec, dataTable, para, withEndMark } from "./layout";
import { shareOf, timeInWords, vietnameseNumber } from "./words";

export interface MinutesData {
  ballots: BallotService;
  nominations: NominationService;
  catalog: AwardCatalog;
  /** Members whose ballot came in writing (src/core/ballots/written.ts). */
  writtenBy: (sessionId: number) => number[];
  /** A person's post, from the roster (chức vụ), with their unit where the post is generic. */
  postOf: (person: Person) => string;
}

type Presence = "voted" | "written" | "secretary" | "absent";

export function minutesSpec(ctx: DocContext, deps: MinutesData, sessionId: number, secretary: Person): DocumentSpec {
  const { t, settings } = ctx;
  const chair = ctx.signers.chair();
  ctx.need(["name", "meetingPlace"], [!chair && { key: "doc-setting-councilChair" }]);
  const result = deps.ballots.result(sessionId);
  const { session } = result;
  const written = new Set(deps.writtenBy(sessionId));
  const members = deps.ballots.members(sessionId);
  const presence = (m: Person): Presence =>
    written.has(m.id) ? "written" : deps.ballots.hasVoted(sessionId, m.id) ? "voted" : m.id === secretary.id ? "secretary" : "absent";
  const counts = { voted: 0, written: 0, secretary: 0, absent: 0 };
  for (const m of members) counts[presence(m)]++;
  const zone = settings.timezone;
  const opened = DateTime.fromJSDate(session.openedAt, { zone });
  const closed = DateTime.fromJSDate(session.closedAt ?? session.openedAt, { zone });
  // counts below the quorum or the floor of ballots were never taken (src/core/ballots/tally.ts): none to show
  const published = countsShown(result.items);
  const votes = result.items.map((item, i) => {
    const threshold = t(item.rule.strict ? "doc-minutes-threshold-over" : "doc-minutes-threshold-from", {
      percent: vietnameseNumber(item.rule.threshold * 100),
      base: t(`doc-minutes-base-${item.rule.of}`),
    });
    const nominee = deps.nominations.nomineeName(item.nomination);
    const award = deps.catalog.get(item.nomination.awardCode)?.name.vi ?? item.nomination.awardCode;
    if (!published) return [String(i + 1), nominee, award, "—", "—", "—", "—", threshold, t("doc-minutes-not-decided")];
    const approve = item.approve ?? 0;
    const cast = approve + (item.reject ?? 0) + (item.abstain ?? 0);
    const base = item.rule.of === "members" ? session.memberCount : cast;
    return [
      String(i + 1),
      nominee,
      award,
      String(approve),
      String(item.reject ?? 0),
      String(item.abstain ?? 0),
      `${shareOf(approve, base)}\n${t(`doc-minutes-base-${item.rule.of}`)}`,
      threshold,
      t(item.passed ? "doc-minutes-passed" : "doc-minutes-failed"),
    ];
  });
  return {
    issuer: ctx.council,
    number: t("doc-number-blank", { symbol: "BB-HĐTĐKT" }),
    placeAndDate: null,
    kind: t("doc-minutes-kind"),
    subject: t("doc-minutes-subject", { title: session.title }),
    body: [
      para(t("doc-minutes-started", { time: timeInWords(opened) })),
      para(t("doc-minutes-place", { place: settings.meetingPlace, until: timeInWords(DateTime.fromJSDate(session.endsAt, { zone })) })),
      para(
        t("doc-minutes-attendance", {
          members: session.memberCount,
          voted: counts.voted,
          written: counts.written,
          absent: counts.absent + counts.secretary,
        }),
      ),
      dataTable(
        [t("doc-col-no"), t("doc-col-person"), t("doc-col-post"), t("doc-col-presence")],
        members.map((m, i) => [String(i + 1), m.fullName, deps.postOf(m), t(`doc-minutes-presence-${presence(m)}`)]),
        [12, 50, 58, 45],
      ),
      para(t("doc-minutes-chair", { name: chair?.name ?? "", post: chair?.post ?? "" })),
      para(t("doc-minutes-secretary", { name: secretary.fullName, post: deps.postOf(secretary) || t("doc-minutes-secretary-post") })),
      para(t("doc-minutes-proceedings", { count: result.items.length })),
      para(
        t(session.quorumMet ? "doc-minutes-quorum-met" : "doc-minutes-quorum-missed", {
          voters: counts.voted + counts.written,
          members: session.memberCount,
        }),
      ),
      ...(counts.written > 0 ? [para(t("doc-minutes-written", { count: counts.written }))] : []),
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
        votes,
        [8, 30, 26, 13, 14, 14, 22, 22, 16],
      ),
      para(t("doc-minutes-totals-only")),
      withEndMark(t("doc-minutes-ended", { time: timeInWords(closed) })),
    ],
    signatures: [
      { title: t("doc-title-secretary"), name: secretary.fullName },
      { title: t("doc-title-presiding"), otherTitle: chair?.post ?? "", name: chair?.name ?? "" },
    ],
    recipients: [t("doc-recipient-council-members"), t("doc-recipient-file-record")],
  };
}
