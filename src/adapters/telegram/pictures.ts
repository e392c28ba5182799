// How a chart goes to Telegram: as a photo drawn at the size Telegram keeps (it shrinks a photo to 1,280 pixels on
// its longer side, so drawing more is wasted work and bandwidth), or, when even at its own size it is taller than
// that (a province's hundreds of units, whose names would shrink below reading), as a PNG document, which Telegram
// keeps as drawn and its viewer zooms into. A document is also the way for a chart beyond sendPhoto's limits.
import type { Picture } from "../../kernel/reply";
import { TELEGRAM_LIMITS } from "./limits";

export interface TelegramPicturePlan {
  as: "photo" | "document";
  scale: number;
}

export function planTelegramPicture(picture: Pick<Picture, "width" | "height">): TelegramPicturePlan {
  const { longSide, sidesSum, ratio } = TELEGRAM_LIMITS.photo;
  const long = Math.max(picture.width, picture.height);
  const short = Math.min(picture.width, picture.height);
  const fits = long <= longSide && picture.width + picture.height <= sidesSum && long / short <= ratio;
  // at most twice its size: beyond that the shapes gain nothing and the file only grows
  return fits ? { as: "photo", scale: Math.min(2, longSide / long) } : { as: "document", scale: 1 };
}
