// npm run bench:charts: a 200-unit pledge-progress chart (ECharts SVG, then resvg PNG at scale 1, as Telegram gets a
// chart that tall and Slack shows it), three runs after a warm-up, min / median / max, beside the same chart with 20
// units (drawn at scale 2, as a chart of a few units is) as the reference; before them, the first chart of a fresh
// process, which loads ECharts, resvg and the fonts (the bot does that in the background once it has started).
import { createChartRenderer } from "../src/charts";
import type { BarChartSpec } from "../src/core/ports";
import { loadAverage, spread } from "./support/stats";

const renderer = createChartRenderer();
const RUNS = 3;

function spec(units: number): BarChartSpec {
  const categories = Array.from({ length: units }, (_, i) => `Phòng Cải cách hành chính số ${i + 1}`);
  const values = (seed: number) => categories.map((_, i) => (i * seed) % 17);
  return {
    title: "Đăng ký thi đua theo đơn vị — Phong trào thi đua năm 2026",
    categories,
    series: [
      { name: "Đã xác nhận", values: values(7) },
      { name: "Chờ xác nhận", values: values(3) },
      { name: "Chưa đăng ký", values: values(5) },
    ],
    stacked: true,
    horizontal: true,
  };
}

/** Milliseconds from the spec to the PNG, and the CPU time the process spent meanwhile (resvg's threads included). */
async function time(units: number, scale: number): Promise<{ ms: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const chart = await renderer.bar(spec(units));
  const png = await chart.png(scale);
  if (png.byteLength < 1000) throw new Error("empty chart");
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
}

const load = loadAverage();
const first = await time(200, 1);
for (let i = 0; i < 3; i++) await time(20, 2); // the warm-up
const reference: number[] = [];
const big: Array<{ ms: number; cpuMs: number }> = [];
for (let run = 0; run < RUNS; run++) {
  reference.push((await time(20, 2)).ms);
  big.push(await time(200, 1));
}
const f = (ms: number) => `${ms.toFixed(0)} ms`;
const line = (xs: number[]) => {
  const s = spread(xs);
  return `min ${f(s.min)} / median ${f(s.median)} / max ${f(s.max)}`;
};
const b = spread(big.map((r) => r.ms));
console.log(`load average ${load} (1 min) at the start`);
console.log(`first chart of the process (200 units, loads ECharts, resvg and the fonts): ${f(first.ms)} (CPU ${f(first.cpuMs)})`);
console.log(`20 units at scale 2 (reference): ${line(reference)}`);
console.log(`200 units at scale 1:            ${line(big.map((r) => r.ms))}  (CPU ${line(big.map((r) => r.cpuMs))})`);
console.log(
  b.median < 300 && first.ms < 1000
    ? "goals met: a 200-unit chart in under 300 ms (median), the first chart in under 1 s"
    : "goal missed: a 200-unit chart in under 300 ms (median), the first chart in under 1 s",
);
