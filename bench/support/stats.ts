// Small helpers shared by the benchmarks: the machine's load when a figure was taken, and min / median / max.
import { loadavg } from "node:os";

/** The one-minute load average, as `uptime` prints it: figures are quoted with the load they were measured at. */
export const loadAverage = (): string => loadavg()[0]?.toFixed(1) ?? "?";

/** Min, median and max of a list of figures (the median of an even count is the mean of the middle two). */
export function spread(values: number[]): { min: number; median: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median = sorted.length % 2 === 1 ? (sorted[Math.floor(mid)] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { min: sorted[0] ?? Number.NaN, median, max: sorted.at(-1) ?? Number.NaN };
}

/** "min / median / max" with `digits` decimals. */
export const formatSpread = (values: number[], digits = 2): string => {
  const { min, median, max } = spread(values);
  return `${min.toFixed(digits)} / ${median.toFixed(digits)} / ${max.toFixed(digits)}`;
};
