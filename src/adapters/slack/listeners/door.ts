// Every request passes here first, once Bolt has it: Slack must have its ack within 3 seconds whatever we do, so a
// retry (X-Slack-Retry-Num) or a replay of the same event_id / trigger_id, and a request over the inbound limits,
// are acked and dropped. Both checks are the conversation loop's own (the dedupe store's write batch, the inbound
// gate), applied here to modals and the Home tab as much as to the DM; a modal submitted over the limits closes
// (people do not submit forms ten times in a few seconds). The one "slow down" of a window goes to the person's DM.
import type { AnyMiddlewareArgs, App as BoltApp } from "@slack/bolt";
import type { Conversation } from "../../../engine/conversation/loop";
import { dmOf, type SlackPeople } from "../people";

/** The id that names one delivery of a request: event_id for events, trigger_id for commands and interactions. */
export function requestKey(body: Record<string, unknown>): string | null {
  if (typeof body.event_id === "string") return `e:${body.event_id}`;
  if (typeof body.trigger_id === "string") return `t:${body.trigger_id}`;
  return null;
}

/** The person and the channel of any payload Bolt hands us: commands, interactions, events. */
function whoSent(body: Record<string, unknown>): { user: string; channel: string | null } | null {
  const nested = (value: unknown) => (value && typeof value === "object" ? (value as Record<string, unknown>) : null);
  const event = nested(body.event);
  const user = body.user_id ?? nested(body.user)?.id ?? event?.user;
  if (typeof user !== "string") return null;
  const channel = body.channel_id ?? nested(body.channel)?.id ?? event?.channel;
  return { user, channel: typeof channel === "string" ? channel : null };
}

export function registerDoor(bolt: BoltApp, chat: Conversation, people: SlackPeople): void {
  const ack = async (args: AnyMiddlewareArgs) => {
    const acknowledge = (args as unknown as { ack?: () => Promise<void> }).ack;
    if (acknowledge) await acknowledge();
  };
  bolt.use(async (args) => {
    const body = args.body as unknown as Record<string, unknown>;
    const key = requestKey(body);
    // a retry or replay: answer as if handled, do nothing
    if (key && !(await chat.firstTime(key))) return ack(args);
    const who = whoSent(body);
    // a DM (D…) or no channel at all (the Home tab, a modal) is the person's own; channels are shared
    const where = who ? people.chatOf(who.user, who.channel ?? undefined) : null;
    if (who && where && !chat.admit({ userId: who.user, ...where, languageHint: people.languageHint(who.user) }, dmOf(who.user))) return ack(args);
    await args.next();
  });
}
