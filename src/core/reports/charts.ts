// Charts with their words: each picture comes with a short text of the same figures and what needs attention, so
// someone who cannot see the image (or a messenger that cannot show it) loses nothing. Used by commands and by the
// weekly digest.
import { DateTime } from "luxon";
import type { Locale } from "../../kernel/locale";
import type { Block, Text } from "../../kernel/reply";
import { text } from "../../kernel/reply";
import { datedFileName } from "../../kernel/text";
import { FAILURE_KINDS, type RunReport } from "../broadcasts/types";
import type { Person } from "../directory/types";
import type { NominationStatus } from "../nominations/types";
import type { MissingReport } from "../pledges/missing";
import type { Services } from "../services";

/** Who asks, in which language, with which services: a command's context or the digest's. */
export interface ChartRequest {
  services: Services;
  locale: Locale;
  actor: Person | null;
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part * 100) / whole));

/**
 * The most units a chart draws. A province's 1,250 would make a picture 11,000 pixels tall that no screen shows
 * and that costs seconds and tens of MiB to draw: beyond this, the chart keeps the units with the lowest share
 * (in their usual order) and says so; the text and /export carry every unit.
 */
export const CHART_MAX_UNITS = 200;

/** The rows a unit chart draws: all of them, or the CHART_MAX_UNITS with the lowest `share`, in their order. */
function furthestBehind<T>(rows: T[], share: (row: T) => number): T[] {
  if (rows.length <= CHART_MAX_UNITS) return rows;
  const kept = new Set(
    rows
      .map((row, i) => ({ i, share: share(row) }))
      .sort((a, b) => a.share - b.share || a.i - b.i)
      .slice(0, CHART_MAX_UNITS)
      .map((r) => r.i),
  );
  return rows.filter((_, i) => kept.has(i));
}
// dated by the agency's day, like the documents (not UTC's, which is the day before until 07:00 in Hà Nội)
const fileName = (base: string, ctx: ChartRequest) =>
  datedFileName(base, DateTime.fromJSDate(ctx.services.clock.now(), { zone: ctx.services.settings.timezone }).toISODate() as string, "png");

/**
 * How far a campaign's pledges have got, unit by unit: confirmed, awaiting confirmation, not pledged. Drawn from the
 * report the caller already has (/missing lists it too), so the campaign's pledges and people are read once.
 */
export async function pledgeProgressBlocks(ctx: ChartRequest, report: MissingReport): Promise<Block[]> {
  const t = (key: string, args?: Record<string, string | number>) => ctx.services.translator.t(ctx.locale, key, args);
  const { campaign } = report;
  const rows = report.units
    .filter((u) => u.members > 0)
    .map((u) => ({
      unit: u.unit.name,
      confirmed: u.confirmed,
      // a returned pledge waits for its author, not for a reviewer: its own bar
      awaiting: u.pledged - u.confirmed - u.returned.length,
      returned: u.returned.length,
      missing: u.missing.length,
      members: u.members,
    }));
  const total = rows.reduce(
    (a, r) => ({ members: a.members + r.members, pledged: a.pledged + r.confirmed + r.awaiting + r.returned, confirmed: a.confirmed + r.confirmed }),
    {
      members: 0,
      pledged: 0,
      confirmed: 0,
    },
  );
  const behind = rows
    .filter((r) => r.missing > 0)
    .sort((a, b) => percent(a.members - a.missing, a.members) - percent(b.members - b.missing, b.members))
    .slice(0, 3);
  const drawn = furthestBehind(rows, (r) => (r.confirmed + r.awaiting) / r.members);
  const shownArgs = { shown: drawn.length, total: rows.length };
  const shown = drawn.length < rows.length ? text("chart-pledges-shown", shownArgs) : null;
  const chart = await ctx.services.charts.bar({
    title: t("chart-pledges-title", { campaign: campaign.title }),
    subtitle: shown ? t(shown.key, shownArgs) : undefined,
    categories: drawn.map((r) => r.unit),
    series: [
      { name: t("chart-series-confirmed"), values: drawn.map((r) => r.confirmed) },
      { name: t("chart-series-awaiting"), values: drawn.map((r) => r.awaiting) },
      { name: t("chart-series-returned"), values: drawn.map((r) => r.returned) },
      { name: t("chart-series-missing"), values: drawn.map((r) => r.missing) },
    ],
    stacked: true,
    horizontal: true,
  });
  const summary: Text = text("chart-pledges-summary", {
    pledged: total.pledged,
    members: total.members,
    percent: percent(total.pledged, total.members),
    confirmed: total.confirmed,
  });
  const attention: Text =
    behind.length > 0
      ? text("chart-pledges-behind", { units: behind.map((r) => t("chart-unit-missing", { unit: r.unit, missing: r.missing })).join("; ") })
      : text("chart-pledges-all-done");
  return [
    { type: "paragraph", text: summary },
    { type: "paragraph", text: attention },
    ...(shown ? [{ type: "paragraph" as const, text: shown }] : []),
    { type: "image", fileName: fileName(`tien do dang ky ${campaign.code}`, ctx), picture: chart, alt: summary },
  ];
}

const STAGES: NominationStatus[] = ["proposed", "under_review", "approved", "rejected", "decided"];

/** A year's nominations by title and stage. */
export async function nominationStagesBlocks(ctx: ChartRequest, year: number): Promise<Block[]> {
  const t = (key: string, args?: Record<string, string | number>) => ctx.services.translator.t(ctx.locale, key, args);
  const list = ctx.services.nominations.list(ctx.actor, {}).filter((n) => n.year === year && n.status !== "withdrawn");
  const codes = [...new Set(list.map((n) => n.awardCode))];
  const names = codes.map((c) => ctx.services.catalog.get(c)?.name[ctx.locale] ?? c);
  const count = (code: string, stage: NominationStatus) => list.filter((n) => n.awardCode === code && n.status === stage).length;
  const chart = await ctx.services.charts.bar({
    title: t("chart-nominations-title", { year: String(year) }),
    categories: names,
    series: STAGES.map((stage) => ({ name: t(`chart-stage-${stage}`), values: codes.map((c) => count(c, stage)) })),
    stacked: true,
    horizontal: true,
  });
  const summary = text("chart-nominations-summary", {
    total: list.length,
    waiting: list.filter((n) => n.status === "proposed").length,
    approved: list.filter((n) => n.status === "approved").length,
    decided: list.filter((n) => n.status === "decided").length,
  });
  return [
    { type: "paragraph", text: summary },
    ...codes.map(
      (c, i): Block => ({
        type: "paragraph",
        text: text("chart-nominations-line", { award: names[i] as string, ...Object.fromEntries(STAGES.map((s) => [s, count(c, s)])) }),
      }),
    ),
    { type: "image", fileName: fileName(`de nghi khen thuong ${year}`, ctx), picture: chart, alt: summary },
  ];
}

/** One announcement's latest run, unit by unit: acknowledged, delivered but not acknowledged, waiting, not reached. */
export async function deliveryBlocks(ctx: ChartRequest, run: RunReport, title: string): Promise<Block[]> {
  const t = (key: string, args?: Record<string, string | number>) => ctx.services.translator.t(ctx.locale, key, args);
  const units = run.byUnit.filter((u) => u.unitId !== null);
  const name = (unitId: number | null) => (unitId === null ? t("report-unit-chats") : (ctx.services.directory.unit(unitId)?.name ?? String(unitId)));
  const drawn = furthestBehind(units, (u) => u.acknowledged / Math.max(1, u.total));
  const shownArgs = { shown: drawn.length, total: units.length };
  const shown = drawn.length < units.length ? text("chart-delivery-shown", shownArgs) : null;
  const chart = await ctx.services.charts.bar({
    title: t("chart-delivery-title", { title }),
    subtitle: shown ? t(shown.key, shownArgs) : undefined,
    categories: drawn.map((u) => name(u.unitId)),
    series: [
      { name: t("chart-series-acknowledged"), values: drawn.map((u) => u.acknowledged) },
      { name: t("chart-series-delivered"), values: drawn.map((u) => u.sent - u.acknowledged) },
      { name: t("chart-series-pending"), values: drawn.map((u) => u.pending) },
      { name: t("chart-series-failed"), values: drawn.map((u) => u.failed) },
    ],
    stacked: true,
    horizontal: true,
  });
  const summary: Text = text("chart-delivery-summary", {
    total: run.total,
    sent: run.sent,
    acknowledged: run.acknowledged,
    failed: run.failed,
    percent: percent(run.acknowledged, run.total),
  });
  const behind = units
    .filter((u) => u.total > 0)
    .sort((a, b) => percent(a.acknowledged, a.total) - percent(b.acknowledged, b.total))
    .slice(0, 3);
  return [
    { type: "paragraph", text: summary },
    ...(shown ? [{ type: "paragraph" as const, text: shown }] : []),
    ...(behind.length > 0 && run.acknowledged < run.total
      ? [
          {
            type: "paragraph" as const,
            text: text("chart-delivery-behind", {
              units: behind
                .map((u) => t("chart-unit-acknowledged", { unit: name(u.unitId), acknowledged: u.acknowledged, total: u.total }))
                .join("; "),
            }),
          },
        ]
      : []),
    // why people were not reached, as the report counts it (never wrote to the bot where it runs, blocked …)
    ...(run.failed > 0
      ? [
          {
            type: "paragraph" as const,
            text: text("chart-delivery-why", {
              reasons: FAILURE_KINDS.filter((kind) => (run.failures[kind] ?? 0) > 0)
                .map((kind) => `${t(`report-reason-${kind}`)}: ${run.failures[kind]}`)
                .join("; "),
            }),
          },
        ]
      : []),
    { type: "image", fileName: fileName(`thong bao ${run.runId}`, ctx), picture: chart, alt: summary },
  ];
}

/** Open cases by state against their deadlines, for handlers and leaders: counts only, nothing about a sender. */
export async function caseBlocks(ctx: ChartRequest): Promise<Block[]> {
  const t = (key: string, args?: Record<string, string | number>) => ctx.services.translator.t(ctx.locale, key, args);
  const rows = ctx.services.cases.figures(ctx.actor);
  const chart = await ctx.services.charts.bar({
    title: t("chart-cases-title"),
    categories: rows.map((r) => t(`case-status-${r.status}`)),
    series: [
      { name: t("chart-series-on-time"), values: rows.map((r) => r.onTime) },
      { name: t("chart-series-overdue"), values: rows.map((r) => r.overdue) },
      { name: t("chart-series-no-deadline"), values: rows.map((r) => r.noDeadline) },
    ],
    stacked: true,
    horizontal: true,
  });
  const sum = (pick: (r: (typeof rows)[number]) => number) => rows.reduce((n, r) => n + pick(r), 0);
  const summary: Text = text("chart-cases-summary", {
    open: sum((r) => r.onTime + r.overdue + r.noDeadline),
    overdue: sum((r) => r.overdue),
    noDeadline: sum((r) => r.noDeadline),
  });
  return [
    { type: "paragraph", text: summary },
    { type: "image", fileName: fileName("don thu theo trang thai", ctx), picture: chart, alt: summary },
  ];
}
