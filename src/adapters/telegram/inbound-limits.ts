// The first middleware of the bot: the inbound limits, before sequentialize's per-chat queue and before the dedupe
// record, so an update over the limits costs two Map lookups and no I/O (and is not remembered as handled).
import type { Context, MiddlewareFn } from "grammy";
import type { InboundGate } from "../pace/inbound-gate";

/** Passes updates within the limits on; drops the others, calling `notify` for the first drop of a window. */
export function inboundLimits(gate: InboundGate, notify: (ctx: Context) => void): MiddlewareFn<Context> {
  return (ctx, next) => {
    const { from, chat } = ctx;
    if (!from || !chat) return next();
    const admission = gate.admit({ sender: String(from.id), chat: String(chat.id), group: chat.type !== "private" });
    if (admission === "accept") return next();
    if (admission === "drop-and-notify") notify(ctx);
    return Promise.resolve();
  };
}
