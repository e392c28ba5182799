// The ChartRenderer port, drawn with ECharts: horizontal stacked bars for units (their long names read on the
// left), with whole-number axes and Vietnamese number formatting; the height grows with the number of bars.
// ECharts and resvg are loaded on the first chart, or by warm(), which the bot runs in the background once it has
// started, so the first person who asks for a chart does not wait for the libraries.
import type { BarChartSpec, Chart, ChartRenderer } from "../core/ports";

const WIDTH = 900;
const CHROME = 150;
/** Up to this many bars a chart is drawn roomy: numbers on the bars, patterns, rows tall enough for phones. */
const ROOMY = 30;

export function createChartRenderer(): ChartRenderer {
  const numbers = new Intl.NumberFormat("vi-VN");

  async function bar(spec: BarChartSpec): Promise<Chart> {
    const { renderChart } = await import("./render");
    // a long list of units (a province's 200) is drawn dense: thin rows, no numbers on the bars (the text summary
    // carries them), no patterns, so it stays quick to draw and small to send
    const roomy = spec.categories.length <= ROOMY;
    const row = roomy ? 28 : 9;
    const height = spec.horizontal ? Math.max(320, CHROME + spec.categories.length * row) : 480;
    const categoryAxis = {
      type: "category" as const,
      data: spec.categories,
      inverse: spec.horizontal,
      axisLabel: { width: 260, overflow: "truncate" as const, fontSize: roomy ? 12 : 8 },
    };
    const valueAxis = { type: "value" as const, minInterval: 1, axisLabel: { formatter: (v: number) => numbers.format(v) } };
    return renderChart(
      {
        title: { text: spec.title, subtext: spec.subtitle, left: "center", textStyle: { fontSize: 16 } },
        legend: { bottom: 0 },
        grid: { left: 12, right: 36, top: spec.subtitle ? 64 : 48, bottom: 40, containLabel: true },
        xAxis: spec.horizontal ? valueAxis : categoryAxis,
        yAxis: spec.horizontal ? categoryAxis : valueAxis,
        series: spec.series.map((s) => ({
          name: s.name,
          type: "bar" as const,
          ...(spec.stacked ? { stack: "all" } : {}),
          data: s.values,
          // numbers on the bars, but not the zeros, which would only clutter the axis
          label: { show: roomy, formatter: (p: { value: unknown }) => (Number(p.value) === 0 ? "" : numbers.format(Number(p.value))) },
        })),
      },
      { width: WIDTH, height },
      { patterns: roomy },
    );
  }

  return {
    bar,
    async warm() {
      // a small chart with Vietnamese text, drawn and rasterised: loads ECharts, resvg and the fonts, and lets the
      // JIT compile the drawing code, so the first chart someone asks for costs what every later one does
      const chart = await bar({
        title: "Khởi động",
        categories: ["Phòng Tổ chức", "Văn phòng Sở"],
        series: [{ name: "Đã đăng ký", values: [1, 2] }],
        stacked: true,
        horizontal: true,
      });
      await chart.png(1);
    },
  };
}
