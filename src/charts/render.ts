// Charts rendered on the server without a browser: Apache ECharts draws SVG (server-side rendering), resvg turns
// it into PNG with DejaVu Sans, so Vietnamese diacritics look the same on every machine whatever fonts it has.
// The SVG is kept too: tests read the text in it before it is rasterised, and each adapter rasterises it at its
// own platform's scale, or not at all (Zalo shows no pictures).
//
// resvg-js's native build takes font files, not buffers, and reads a file again for every glyph it lays out
// (thousands of times for a chart of 200 units), so the fonts it is given first are DejaVu cut down to the letters
// charts print (assets/fonts, made by scripts/subset-fonts.mjs: 50 KB instead of 750 KB); the full fonts follow, for
// any letter outside the cut. ECharts is loaded from its one-file CommonJS build, which Node reads in a quarter of
// the time of its ES modules' hundreds of files.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type * as Resvg from "@resvg/resvg-js";
import type * as Echarts from "echarts";
import type { Chart } from "../core/ports";
import { stripControls } from "../kernel/text";
import { fromRoot } from "../paths";

const require = createRequire(import.meta.url);
const echarts = require("echarts") as typeof Echarts;
const { renderAsync } = require("@resvg/resvg-js") as typeof Resvg;
const FONT_DIR = join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
export const CHART_FONT = "DejaVu Sans";
const FONT_FILES = [
  fromRoot("assets", "fonts", "DejaVuSans-charts.ttf"),
  fromRoot("assets", "fonts", "DejaVuSans-Bold-charts.ttf"),
  join(FONT_DIR, "DejaVuSans.ttf"),
  join(FONT_DIR, "DejaVuSans-Bold.ttf"),
];

/**
 * Okabe–Ito colours (safe for the common colour-blindnesses), ordered so neighbouring series also differ in
 * lightness; with the decal patterns below, the series stay apart in grayscale too.
 */
export const PALETTE = ["#0072B2", "#E69F00", "#999999", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442"] as const;

/** Rasterises an SVG at `scale` times its size, on libuv's thread pool, so the bot keeps answering meanwhile. */
export async function rasterise(svg: string, width: number, scale: number): Promise<Uint8Array> {
  const image = await renderAsync(svg, {
    fitTo: { mode: "width", value: Math.round(width * scale) },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: CHART_FONT },
  });
  return new Uint8Array(image.asPng());
}

/** Renders an ECharts option at a size, with the decal patterns or not; the PNG is drawn when an adapter asks. */
export function renderChart(option: Echarts.EChartsOption, size: { width: number; height: number }, { patterns = true } = {}): Chart {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption({
      animation: false,
      backgroundColor: "#ffffff",
      color: [...PALETTE],
      textStyle: { fontFamily: CHART_FONT, color: "#222222" },
      // patterns on bars, so grayscale print and colour-blind readers can tell series apart
      aria: { enabled: true, decal: { show: patterns } },
      ...option,
    });
    // text is cleaned where it enters, but names stored by an older version may hold a control character, which
    // XML forbids and resvg refuses: one such unit name would break every chart that lists it
    const svg = stripControls(chart.renderToSVGString());
    return { svg, width: size.width, height: size.height, png: (scale: number) => rasterise(svg, size.width, scale) };
  } finally {
    chart.dispose();
  }
}
