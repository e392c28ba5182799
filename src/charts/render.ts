// Charts rendered on the server without a browser: Apache ECharts draws SVG (server-side rendering), resvg turns
// it into PNG with the bundled DejaVu Sans, so Vietnamese diacritics look the same on every machine whatever fonts
// it has. The SVG is kept too: tests read the text in it before it is rasterised.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import * as echarts from "echarts";
import { stripControls } from "../kernel/text";

const require = createRequire(import.meta.url);
const FONT_DIR = join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
export const CHART_FONT = "DejaVu Sans";
const FONT_FILES = [join(FONT_DIR, "DejaVuSans.ttf"), join(FONT_DIR, "DejaVuSans-Bold.ttf")];

/**
 * Okabe–Ito colours (safe for the common colour-blindnesses), ordered so neighbouring series also differ in
 * lightness; with the decal patterns below, the series stay apart in grayscale too.
 */
export const PALETTE = ["#0072B2", "#E69F00", "#999999", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442"] as const;

export interface RenderedChart {
  svg: string;
  png: Uint8Array;
  width: number;
  height: number;
}

/** Renders an ECharts option at a size; `scale` sharpens the PNG for phone screens; `patterns` adds the decals. */
export function renderChart(
  option: echarts.EChartsOption,
  size: { width: number; height: number },
  { scale = 2, patterns = true }: { scale?: number; patterns?: boolean } = {},
): RenderedChart {
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
    const png = new Resvg(svg, {
      fitTo: { mode: "width", value: size.width * scale },
      font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: CHART_FONT },
    })
      .render()
      .asPng();
    return { svg, png: new Uint8Array(png), width: size.width * scale, height: size.height * scale };
  } finally {
    chart.dispose();
  }
}
