// Statistics over the record of achievements: titles and forms per year, per unit and per level, counted from the
// repository's tally (one grouped query), for /stats and its spreadsheet.
import type { RecordTally } from "./port";
import { RECORD_LEVELS, type RecordLevel } from "./types";

export interface RecordStats {
  fromYear: number;
  toYear: number;
  total: number;
  /** year → award → count, every year of the span (0 when nothing). */
  byYear: Map<number, Map<string, number>>;
  /** unit → award → count; a person's entry counts for their unit when it was given. */
  byUnit: Map<number, Map<string, number>>;
  byLevel: Map<RecordLevel, number>;
  /** The awards present, most frequent first. */
  awards: string[];
  rows: RecordTally[];
}

function add<K>(map: Map<K, Map<string, number>>, key: K, award: string, n: number): void {
  const inner = map.get(key) ?? new Map<string, number>();
  inner.set(award, (inner.get(award) ?? 0) + n);
  map.set(key, inner);
}

export function recordStats(rows: RecordTally[], fromYear: number, toYear: number): RecordStats {
  const byYear = new Map<number, Map<string, number>>();
  for (let y = fromYear; y <= toYear; y++) byYear.set(y, new Map());
  const byUnit = new Map<number, Map<string, number>>();
  const byLevel = new Map<RecordLevel, number>(RECORD_LEVELS.map((l) => [l, 0]));
  const perAward = new Map<string, number>();
  let total = 0;
  for (const r of rows) {
    add(byYear, r.year, r.awardCode, r.count);
    add(byUnit, r.unitId, r.awardCode, r.count);
    byLevel.set(r.level, (byLevel.get(r.level) ?? 0) + r.count);
    perAward.set(r.awardCode, (perAward.get(r.awardCode) ?? 0) + r.count);
    total += r.count;
  }
  const awards = [...perAward].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([code]) => code);
  return { fromYear, toYear, total, byYear, byUnit, byLevel, awards, rows };
}

/** The sum of a row of counts. */
export const sumOf = (counts: Map<string, number> | undefined) => [...(counts?.values() ?? [])].reduce((a, b) => a + b, 0);
