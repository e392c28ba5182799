// The inbound limits on Telegram, in two middlewares around sequentialize. The first runs before any queue: an
// update over the limits is dropped there for the price of two Map lookups, with no I/O (and is not remembered
// as handled). The one update of a window that must carry the "slow down" notice goes on through the chat's
// sequence, so the notice comes after the answers to what that chat sent before, and the second middleware,
// inside the sequence, sends it instead of handling the update.
import type { Context, MiddlewareFn } from "grammy";
import type { InboundGate } from "../pace/inbound-gate";

export function inboundLimits(gate: InboundGate, notify: (ctx: Context) => Promise<void>) {
  const noticeDue = new WeakSet<Context>();
  const admit: MiddlewareFn<Context> = (ctx, next) => {
    const { from, chat } = ctx;
    if (!from || !chat) return next();
    const admission = gate.admit({ sender: String(from.id), chat: String(chat.id), group: chat.type !== "private" });
    if (admission === "drop") return Promise.resolve();
    if (admission === "drop-and-notify") noticeDue.add(ctx);
    return next();
  };
  const notice: MiddlewareFn<Context> = (ctx, next) => (noticeDue.has(ctx) ? notify(ctx) : next());
  return { admit, notice };
}
