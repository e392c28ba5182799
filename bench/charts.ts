// npm run bench:charts: time to render a 200-unit pledge-progress chart (ECharts SVG → resvg PNG), three runs after
// a warm-up, printed as min / median / max, beside the same chart with 20 units as the reference.
import { createChartRenderer } from "../src/charts";
import type { BarChartSpec } from "../src/core/ports";

const renderer = createChartRenderer();

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

async function time(units: number): Promise<number> {
  const start = performance.now();
  const { png } = await renderer.bar(spec(units));
  if (png.byteLength < 1000) throw new Error("empty chart");
  return performance.now() - start;
}

const stats = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return { min: sorted[0] as number, median: sorted[1] as number, max: sorted[2] as number };
};

const cold = await time(20); // loads ECharts, resvg and the font once, as the first chart after start does
const reference: number[] = [];
const big: number[] = [];
for (let run = 0; run < 3; run++) {
  reference.push(await time(20));
  big.push(await time(200));
}
const r = stats(reference);
const b = stats(big);
const f = (ms: number) => `${ms.toFixed(0)} ms`;
console.log(`first chart after start (loads the libraries): ${f(cold)}`);
console.log(`20 units  (reference): min ${f(r.min)} / median ${f(r.median)} / max ${f(r.max)}`);
console.log(
  `200 units:             min ${f(b.min)} / median ${f(b.median)} / max ${f(b.max)}  (median ×${(b.median / r.median).toFixed(1)} the reference)`,
);
console.log(b.median < 300 ? "goal met: a 200-unit chart renders in under 300 ms" : "goal missed: a 200-unit chart takes 300 ms or more");
