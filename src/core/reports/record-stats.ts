// /stats (thống kê): the record of achievements over years, per year, per unit and per level, as text, a chart
// (years, each bar split by title or form) and a spreadsheet, for the year-end report and for leaders.
import { DateTime } from "luxon";
import type { Block, Text } from "../../kernel/reply";
import { text } from "../../kernel/reply";
import { datedFileName } from "../../kernel/text";
import type { Table } from "../ports";
import { type RecordStats, recordStats, sumOf } from "../records/stats";
import { RECORD_LEVELS } from "../records/types";
import type { ChartRequest } from "./charts";

/** Units listed in chat; the spreadsheet has every one. */
const UNIT_LINES = 25;

function counted(ctx: ChartRequest, counts: Map<string, number> | undefined, stats: RecordStats): Text[] {
  return stats.awards
    .filter((code) => (counts?.get(code) ?? 0) > 0)
    .map((code) => text("stats-award-count", { award: ctx.services.records.awards.name(code, ctx.locale), count: counts?.get(code) ?? 0 }));
}

/** The figures for a span of years, read once with the asker's role checked. */
export function statsFor(ctx: ChartRequest, fromYear: number, toYear: number): RecordStats {
  return recordStats(ctx.services.records.tally(ctx.actor, fromYear, toYear), fromYear, toYear);
}

export async function recordStatsBlocks(ctx: ChartRequest, stats: RecordStats): Promise<Block[]> {
  const { records, directory, charts, translator, clock, settings } = ctx.services;
  const t = (key: string, args?: Record<string, string | number>) => translator.t(ctx.locale, key, args);
  const years = [...stats.byYear.keys()];
  const span = { from: String(stats.fromYear), to: String(stats.toYear) };
  if (stats.total === 0)
    return [
      { type: "heading", text: text("stats-title", span) },
      { type: "paragraph", text: text("stats-empty", span) },
    ];
  const units = new Map(directory.units().map((u) => [u.id, u.name]));
  const unitLines = [...stats.byUnit]
    .map(([unitId, counts]) => ({ unit: units.get(unitId) ?? String(unitId), counts, total: sumOf(counts) }))
    .sort((a, b) => b.total - a.total || a.unit.localeCompare(b.unit, "vi"));
  const chart = await charts.bar({
    title: t("stats-chart-title", span),
    categories: years.map(String),
    series: stats.awards.map((code) => ({
      name: records.awards.name(code, ctx.locale),
      values: years.map((y) => stats.byYear.get(y)?.get(code) ?? 0),
    })),
    stacked: true,
    horizontal: false,
  });
  const summary = text("stats-summary", { ...span, total: stats.total, units: stats.byUnit.size });
  const day = DateTime.fromJSDate(clock.now(), { zone: settings.timezone }).toISODate() as string;
  return [
    { type: "heading", text: text("stats-title", span) },
    { type: "paragraph", text: summary },
    { type: "heading", text: text("stats-by-year") },
    {
      type: "list",
      items: years.map((y) =>
        text("stats-year-line", { year: String(y), total: sumOf(stats.byYear.get(y)), awards: counted(ctx, stats.byYear.get(y), stats) }),
      ),
    },
    { type: "heading", text: text("stats-by-level") },
    {
      type: "list",
      items: RECORD_LEVELS.filter((l) => (stats.byLevel.get(l) ?? 0) > 0).map((l) =>
        text("stats-level-line", { level: text(`record-level-${l}`), count: stats.byLevel.get(l) ?? 0 }),
      ),
    },
    { type: "heading", text: text("stats-by-unit") },
    {
      type: "list",
      items: unitLines
        .slice(0, UNIT_LINES)
        .map((u) => text("stats-unit-line", { unit: u.unit, total: u.total, awards: counted(ctx, u.counts, stats) })),
    },
    ...(unitLines.length > UNIT_LINES
      ? [{ type: "paragraph" as const, text: text("stats-more-units", { count: unitLines.length - UNIT_LINES }) }]
      : []),
    { type: "image", fileName: datedFileName(`thong ke khen thuong ${stats.fromYear}-${stats.toYear}`, day, "png"), picture: chart, alt: summary },
  ];
}

/** One row per year, unit, holder kind, award and level: a table any spreadsheet can pivot. */
export function recordStatsTable(ctx: ChartRequest, stats: RecordStats): Table {
  const { records, directory, translator } = ctx.services;
  const t = (key: string) => translator.t(ctx.locale, key);
  const units = new Map(directory.units().map((u) => [u.id, u.name]));
  const rows = [...stats.rows].sort((a, b) => a.year - b.year || a.unitId - b.unitId || a.awardCode.localeCompare(b.awardCode));
  return {
    sheetName: t("stats-sheet-name"),
    headers: ["record-col-year", "record-col-unit", "stats-col-subject", "record-col-award", "record-col-level", "stats-col-count"].map(t),
    rows: rows.map((r) => [
      r.year,
      units.get(r.unitId) ?? String(r.unitId),
      t(`stats-subject-${r.subject}`),
      records.awards.name(r.awardCode, ctx.locale),
      t(`record-level-${r.level}`),
      r.count,
    ]),
  };
}
