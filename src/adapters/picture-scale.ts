// The scale a chart is rasterised at for a screen that shows it at its own size (Slack, which shows the file and
// opens it full size; the terminal chat, which saves it for a desktop viewer). Telegram's photos have their own
// rule (telegram/pictures.ts). Zalo fetches a chart as a photo from a one-time link (zalo/files.ts), at this scale.
import type { Picture } from "../kernel/reply";

/** Up to this many pixels on its longer side, a chart is drawn twice as dense, for sharp high-density screens. */
const SHARP_UP_TO = 1000;

/**
 * 2 for a chart of a few units (sharp on high-density screens), 1 for the tall charts of a province's units,
 * whose thin rows are read zoomed in anyway: twice their size would be four times the pixels to draw and send.
 */
export function screenScale(picture: Pick<Picture, "width" | "height">): number {
  return Math.max(picture.width, picture.height) <= SHARP_UP_TO ? 2 : 1;
}
