// The inbound limits on Slack, as a Bolt middleware after the dedupe: Slack must have its ack within 3 seconds
// whatever we do, so a request over the limits is acked and then dropped (a modal submitted over the limits
// closes; people do not submit forms ten times in a few seconds). Events are acked by Bolt itself.
import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import type { InboundGate } from "../pace/inbound-gate";

interface Who {
  user: string;
  channel: string | null;
}

/** The person and the channel of any payload Bolt hands us: commands, interactions, events. */
function whoSent(body: Record<string, unknown>): Who | null {
  const nested = (value: unknown) => (value && typeof value === "object" ? (value as Record<string, unknown>) : null);
  const event = nested(body.event);
  const user = body.user_id ?? nested(body.user)?.id ?? event?.user;
  if (typeof user !== "string") return null;
  const channel = body.channel_id ?? nested(body.channel)?.id ?? event?.channel;
  return { user, channel: typeof channel === "string" ? channel : null };
}

/** Passes requests within the limits on; acks and drops the rest, calling `notify` for the first drop of a window. */
export function inboundLimits(gate: InboundGate, notify: (who: Who) => void): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const who = whoSent(args.body as unknown as Record<string, unknown>);
    if (!who) return args.next();
    // a DM (D…) or no channel at all (the Home tab, a modal) is the person's own; channels are shared
    const group = who.channel !== null && !who.channel.startsWith("D");
    const admission = gate.admit({ sender: who.user, chat: group ? (who.channel as string) : who.user, group });
    if (admission === "accept") return args.next();
    const ack = (args as unknown as { ack?: () => Promise<void> }).ack;
    if (ack) await ack();
    if (admission === "drop-and-notify") notify(who);
  };
}
